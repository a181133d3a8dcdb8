import { describe, expect, it } from 'vitest';
import { bilingualDocx, PROPERTY } from '../../../core/export/bilingual-docx.ts';
import { bilingualHtml } from '../../../core/export/bilingual-html.ts';
import { bilingualMarkdown } from '../../../core/export/bilingual-md.ts';
import { bilingualTable, DEFAULT_BILINGUAL_OPTIONS, type BilingualOptions } from '../../../core/export/bilingual-table.ts';
import { DEFAULT_FONTS } from '../../../core/export/docx-text.ts';
import { COLUMN_LABEL } from '../../../core/export/labels.ts';
import { docxPart, rowCells, runStyleProperties, runText, tableRows } from './docx-parts.ts';
import { trickyDocument } from './fixtures.ts';

const all: BilingualOptions = { ...DEFAULT_BILINGUAL_OPTIONS, status: true, comments: true, boilerplate: true };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the bilingual table', () => {
  it('has # | source | English | Simplified by default, and leaves boilerplate out', () => {
    const table = bilingualTable(trickyDocument(), DEFAULT_BILINGUAL_OPTIONS);
    expect(table.columns).toEqual(['number', 'source', 'en', 'zh-Hans']);
    expect(table.rows.map((r) => r.paragraph.id)).toEqual([101, 102, 103, 104, 105, 106]);
    expect(table.summary).toMatchObject({ written: 6, skipped: 1 });
    expect(table.rows[0]).toMatchObject({ number: 2, headingLevel: 1 });
  });

  it('takes any subset of target columns, status and comments, and can leave headings out', () => {
    const table = bilingualTable(trickyDocument(), { ...all, targets: ['zh-Hans'], headings: false });
    expect(table.columns).toEqual(['number', 'source', 'zh-Hans', 'status', 'comment']);
    expect(table.rows.map((r) => r.paragraph.id)).toEqual([100, 102, 103, 104, 105, 106]);
    expect(() => bilingualTable(trickyDocument(), { ...all, targets: [] })).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD' }));
  });

  it('states the languages, the date and the progress of each target at the top', () => {
    const { intro } = bilingualTable(trickyDocument(), DEFAULT_BILINGUAL_OPTIONS);
    expect(intro.languages).toBe('Traditional Chinese (zh-Hant) → English, Simplified Chinese (zh-Hans)');
    expect(intro.exported).toContain('2026-05-04');
    // 6 translatable paragraphs (the boilerplate one is not); en: 3 confirmed, zh-Hans: 2.
    expect(intro.progress).toEqual([
      'English: 3 of 6 paragraphs confirmed (50%)',
      'Simplified Chinese (zh-Hans): 2 of 6 paragraphs confirmed (33%)',
    ]);
  });
});

describe('the bilingual DOCX', () => {
  it('repeats the header row, keeps rows whole and bookmarks every row with its paragraph id', async () => {
    const { bytes, summary } = await bilingualDocx(trickyDocument(), all);
    const rows = tableRows(docxPart(bytes));
    expect(rows).toHaveLength(summary.written + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rowCells(rows[0]!).map(runText)).toEqual(['#', '原文 (zh-Hant)', 'English', '简体中文', 'Status', 'Comment']);
    for (const [index, row] of rows.slice(1).entries()) {
      expect(row).toContain('<w:cantSplit/>');
      expect(row).toContain(`w:name="wb_p${trickyDocument().paragraphs[index]!.id}"`);
    }
  });

  it('sets a Traditional font on the source, a Simplified one on 简体中文 and a Latin one on English (w:eastAsia)', async () => {
    const { bytes } = await bilingualDocx(trickyDocument(), DEFAULT_BILINGUAL_OPTIONS);
    const row = tableRows(docxPart(bytes)).find((r) => r.includes('wb_p102'))!;
    const [, source, en, zh] = rowCells(row);
    const fonts = (cell: string) => runStyleProperties(bytes, cell);
    expect(fonts(source!)).toContain(`w:eastAsia="${DEFAULT_FONTS.traditional}"`);
    expect(fonts(zh!)).toContain(`w:eastAsia="${DEFAULT_FONTS.simplified}"`);
    expect(fonts(en!)).toContain(`w:ascii="${DEFAULT_FONTS.latin}"`);
    expect(fonts(source!)).toMatch(/<w:lang [^>]*w:eastAsia="zh-HK"/u);
    expect(fonts(zh!)).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/u);
    expect(runText(source!)).toBe('<script>alert("x")</script> & 𠀋字');
  });

  it('styles heading rows as headings and writes line breaks and tabs as Word does', async () => {
    const { bytes } = await bilingualDocx(trickyDocument(), DEFAULT_BILINGUAL_OPTIONS);
    const rows = tableRows(docxPart(bytes));
    const heading = rows.find((r) => r.includes('wb_p101'))!;
    expect(heading).toContain('<w:pStyle w:val="Heading1"/>');
    const broken = rows.find((r) => r.includes('wb_p103'))!;
    expect(broken).toMatch(/第一行<\/w:t><\/w:r><w:r>.*<w:br\/><w:t xml:space="preserve">第二行<\/w:t><w:tab\/>/su);
  });

  it('puts the title, the languages, the progress and the document id in the file', async () => {
    const { bytes } = await bilingualDocx(trickyDocument(), DEFAULT_BILINGUAL_OPTIONS);
    const body = docxPart(bytes);
    const intro = runText(body.slice(0, body.indexOf('<w:tbl>')));
    expect(intro).toContain('測試 <文件> & "引號"');
    expect(intro).toContain('English: 3 of 6 paragraphs confirmed (50%)');
    const custom = docxPart(bytes, 'docProps/custom.xml');
    expect(custom).toContain(`name="${PROPERTY.documentId}"`);
    expect(custom).toContain('<vt:lpwstr>7</vt:lpwstr>');
  });
});

describe('the bilingual HTML', () => {
  it('is one self-contained file: no script, no remote resource, a CSP that forbids loading anything', () => {
    const html = decode(bilingualHtml(trickyDocument(), all).bytes);
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:/iu);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes every text, so source text is never markup', () => {
    const html = decode(bilingualHtml(trickyDocument(), all).bytes);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 𠀋字');
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(html).toContain('Check the &lt;tag&gt; &amp; the &quot;quotes&quot;');
    expect(html).toContain('<title lang="zh-Hant">測試 &lt;文件&gt; &amp; &quot;引號&quot;</title>');
  });

  it('marks the language of every cell', () => {
    const html = decode(bilingualHtml(trickyDocument(), all).bytes);
    const cells = html.match(/<t[dh][ >][^>]*>/gu) ?? [];
    expect(cells).toHaveLength(6 * (trickyDocument().paragraphs.length + 1));
    for (const cell of cells) expect(cell).toMatch(/ lang="[^"]*"/u);
    const row = /<tr id="p102"[^]*?<\/tr>/u.exec(html)![0];
    expect(row.match(/lang="([^"]*)"/gu)).toEqual(['lang="en"', 'lang="zh-Hant"', 'lang="en"', 'lang="zh-Hans"', 'lang="en"', 'lang=""']);
  });
});

describe('the bilingual Markdown', () => {
  it('is the same table, with pipes and markup escaped so every row keeps its columns', () => {
    const md = decode(bilingualMarkdown(trickyDocument(), all).bytes);
    const rows = md.split('\n').filter((line) => line.startsWith('| '));
    expect(rows[0]).toBe(`| \\# | ${COLUMN_LABEL.source} | English | 简体中文 | Status | Comment |`);
    const unescapedPipes = (line: string) => line.replace(/\\\|/gu, '').split('|').length - 1;
    for (const row of rows) expect(unescapedPipes(row)).toBe(7);
    expect(md).toContain('首頁 -\\> 評論 \\| 來論');
    expect(md).toContain('\\<b\\>not bold\\</b\\> \\& \\<i\\>');
    expect(md).toContain('  Line one<br>line two\twith a tab  ');
  });
});
