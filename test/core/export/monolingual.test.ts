import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../core/export/export.ts';
import { buildEdition, editionMarkdown, editionText } from '../../../core/export/monolingual.ts';
import { docxPart, runStyleProperties } from './docx-parts.ts';
import { trickyDocument } from './fixtures.ts';

const base = { headings: true, boilerplate: false };

describe('monolingual editions', () => {
  it('leave untranslated paragraphs out, and count them', () => {
    const edition = buildEdition(trickyDocument(), { ...base, lang: 'zh-Hans', untranslated: 'omit' });
    expect(edition.paragraphs.map((p) => p.text)).toEqual([
      '香港如何在人工智能领域「大展拳脚」',
      '<script>alert("x")</script> & 𠀋字',
      '控制字元\u0001在此',
      '香港中通社图片',
      '1. 其一,共享算力中心。',
    ]);
    expect(edition.summary).toEqual({ written: 5, skipped: 1, untranslated: 'omit', omitted: 1, filledWithSource: 0 });
  });

  it('or fill them with the source text, and say how many', () => {
    const edition = buildEdition(trickyDocument(), { ...base, lang: 'en', untranslated: 'source' });
    expect(edition.paragraphs.at(-1)).toEqual({ kind: 'body', headingLevel: null, text: '1. 其一,共享算力中心。', isSource: true });
    expect(edition.summary).toMatchObject({ written: 6, omitted: 0, filledWithSource: 1, untranslated: 'source' });
  });

  it('keep headings as headings and captions as captions in Markdown, escaping the text', () => {
    const md = editionMarkdown(buildEdition(trickyDocument(), { ...base, lang: 'en', untranslated: 'source' }));
    expect(md.split('\n\n')).toEqual([
      '# How Hong Kong can \\*shine\\* in AI',
      '\\<b\\>not bold\\</b\\> \\& \\<i\\>',
      '  Line one  \nline two\twith a tab  ',
      'Control \u0001 char \\| pipe',
      '*Photo: China News Service, Hong Kong*',
      '1\\. 其一,共享算力中心。\n',
    ]);
  });

  it('write plain text as paragraphs separated by a blank line', () => {
    const text = editionText(buildEdition(trickyDocument(), { ...base, lang: 'zh-Hans', untranslated: 'omit' }));
    expect(text).toBe('香港如何在人工智能领域「大展拳脚」\n\n<script>alert("x")</script> & 𠀋字\n\n控制字元\u0001在此\n\n香港中通社图片\n\n1. 其一,共享算力中心。\n');
  });

  it('write DOCX with Word’s heading and caption styles and the Simplified font on Simplified text', async () => {
    const file = await exportDocument(trickyDocument(), { format: 'docx', lang: 'zh-Hans' });
    expect(file.fileName).toBe('測試 _文件_ & _引號_.zh-Hans.docx');
    const xml = docxPart(file.bytes);
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/gsu) ?? [];
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphs[3]).toContain('<w:pStyle w:val="Caption"/>');
    expect(runStyleProperties(file.bytes, paragraphs[1]!)).toContain('w:eastAsia="Microsoft YaHei"');
  });

  it('need a target language', async () => {
    await expect(exportDocument(trickyDocument(), { format: 'txt' })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});
