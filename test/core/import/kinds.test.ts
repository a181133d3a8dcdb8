import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../core/import/kinds.ts';
import { countKinds, parseSource } from '../../../core/import/index.ts';
import { SEED_PATH, sharedAvailable } from '../../support/shared-data.ts';

const kindsOf = (lines: string[]) => classify(lines.map((text) => ({ text })));
const BODY = '運輸署今日宣佈,由下月一日起,部分巴士路線的車費將上調百分之三,而港鐵票價則維持不變。';

describe('paragraph kinds (written examples)', () => {
  it('recognises page furniture by what it is for', () => {
    const lines = [
      '主頁 > 新聞 > 港聞',
      '分享至:',
      '字号:大 中 小',
      '2024/11/02 08:30 來源:某某日報',
      BODY,
      '責任編輯:陳大文',
      '版權所有 © 某某日報',
    ];
    expect(kindsOf(lines)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'boilerplate', 'boilerplate']);
  });

  it('takes a short line without closing punctuation between body paragraphs for a heading', () => {
    expect(kindsOf(['巴士加價', BODY, '市民反應', BODY, '署方回應:', BODY])).toEqual(['heading', 'body', 'heading', 'body', 'body', 'body']);
  });

  it('does not take a run of short lines (a list) or a bracketed note for headings', () => {
    expect(kindsOf([BODY, '蘋果', '香蕉', '橙', BODY])).toEqual(['body', 'body', 'body', 'body', 'body']);
    expect(kindsOf([BODY, '(本文只代表作者意見)', BODY])).toEqual(['body', 'body', 'body']);
  });

  it('recognises photo lines as captions', () => {
    expect(kindsOf([BODY, '圖為新款巴士。', BODY, '記者李明攝', BODY, '資料圖片', BODY])).toEqual(['body', 'caption', 'body', 'caption', 'body', 'caption', 'body']);
  });

  it('marks a trailing run of short link-like lines as boilerplate, but not a short closing line', () => {
    expect(kindsOf([BODY, BODY, '相關新聞', '港鐵新線明年通車', '的士業界要求加價', '小巴服務檢討?'])).toEqual([
      'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate',
    ]);
    expect(kindsOf([BODY, BODY, '陳大文'])).toEqual(['body', 'body', 'body']);
  });

  it('follows the kind the markup states', () => {
    expect(classify([{ text: '正文。', hint: 'heading' }, { text: BODY }, { text: '圖片說明', hint: 'caption' }])).toEqual(['heading', 'body', 'caption']);
  });
});

describe.skipIf(!sharedAvailable(SEED_PATH))('paragraph kinds on the seed article', () => {
  const seed = readFileSync(SEED_PATH);
  const lines = seed.toString('utf8').split('\n').map((line) => line.replace(/^[\s\u00a0]+|\s+$/gu, '')).filter(Boolean);

  it('finds the widgets, dateline, editor line and related-videos list as boilerplate', async () => {
    const { paragraphs } = await parseSource(seed, { fileName: 'hk-ai-article.zh-Hant.txt' });
    const kindOf = (start: string) => paragraphs.find((p) => p.source.startsWith(start))!.kind;
    expect(kindOf('首頁 ->')).toBe('boilerplate');
    expect(kindOf('分享到')).toBe('boilerplate');
    expect(kindOf('【字號')).toBe('boilerplate');
    expect(kindOf('2025-03-18 11:02')).toBe('boilerplate');
    expect(kindOf('【編輯')).toBe('boilerplate');
    // Everything from the editor line on (視頻, 更 多 and the related videos) is boilerplate.
    const editor = paragraphs.findIndex((p) => p.source.startsWith('【編輯'));
    expect(paragraphs.slice(editor).every((p) => p.kind === 'boilerplate')).toBe(true);
    expect(paragraphs.length - editor).toBe(lines.length - lines.findIndex((l) => l.startsWith('【編輯')));
  });

  it('finds the title and the three section titles as headings, and the photo credit as a caption', async () => {
    const { paragraphs, title } = await parseSource(seed, { fileName: 'hk-ai-article.zh-Hant.txt' });
    expect(paragraphs.filter((p) => p.kind === 'heading').map((p) => p.source)).toEqual([
      '【來論】屠海鳴:香港如何在人工智能領域“大展拳腳”',
      '認清優勢和短板,把握創新方向',
      '聚焦重點,做好“人工智能+”',
      '優勢互補,與內地協同發展',
    ]);
    expect(title).toBe('【來論】屠海鳴:香港如何在人工智能領域“大展拳腳”');
    expect(paragraphs.filter((p) => p.kind === 'caption').map((p) => p.source)).toEqual(['香港中通社圖片']);
  });

  it('makes every article paragraph one whole body paragraph', async () => {
    const { paragraphs } = await parseSource(seed, { fileName: 'hk-ai-article.zh-Hant.txt' });
    const body = paragraphs.filter((p) => p.kind === 'body').map((p) => p.source);
    // Each indented line of the seed is an article paragraph, imported whole.
    const indented = seed.toString('utf8').split('\n').filter((line) => line.startsWith('\u00a0'));
    expect(indented.length).toBeGreaterThan(20);
    for (const line of indented) expect(body).toContain(line.replace(/^[\s\u00a0]+|\s+$/gu, ''));
    // So is every other line that ends a sentence, and the author's bracketed notes.
    for (const line of lines.filter((l) => /。$/u.test(l))) expect(body).toContain(line);
    expect(body.filter((p) => p.startsWith('(本文')).length).toBe(2);
    // Nothing else is boilerplate: only the four page widgets above the article and the tail.
    const editor = paragraphs.findIndex((p) => p.source.startsWith('【編輯'));
    expect(countKinds(paragraphs)).toMatchObject({ heading: 4, caption: 1, boilerplate: 4 + paragraphs.length - editor });
  });
});
