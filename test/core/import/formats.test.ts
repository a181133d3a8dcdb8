import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../core/import/index.ts';
import { reportDocx, utf8 } from './fixtures.ts';

const parse = (text: string, fileName: string) => parseSource(utf8(text), { fileName });
const summary = (paragraphs: { source: string; kind: string }[]) => paragraphs.map((p) => `${p.kind}: ${p.source}`);

describe('plain text', () => {
  it('makes one paragraph per line, dropping no-break-space indentation and trailing spaces only', async () => {
    const parsed = await parse('\u00a0\u00a0\u00a0 運輸署今日宣佈,車費上調。  \n\n\u3000\u3000市民表示:"希望改善服務",並無異議。\t\n', 'news.txt');
    expect(parsed.format).toBe('text');
    expect(parsed.paragraphs.map((p) => p.source)).toEqual(['運輸署今日宣佈,車費上調。', '市民表示:"希望改善服務",並無異議。']);
  });

  it('gives each paragraph its sentence boundaries', async () => {
    const parsed = await parse('第一句。第二句!\n', 'two.txt');
    expect(parsed.paragraphs[0]!.sentences).toEqual([
      [0, 4],
      [4, 8],
    ]);
  });

  it('offers the first heading as the title, else the file name', async () => {
    expect((await parse('巴士車費上調\n運輸署今日宣佈,由下月一日起,部分巴士路線的車費將上調。\n', 'a.txt')).title).toBe('巴士車費上調');
    expect((await parse('運輸署今日宣佈車費上調。\n', 'folder/車費新聞.txt')).title).toBe('車費新聞');
  });
});

describe('Markdown', () => {
  it('reads headings, soft-wrapped paragraphs, lists, quotes and table cells; keeps inline markup', async () => {
    const markdown = [
      '# 巴士車費調整',
      '',
      '運輸署今日宣佈,',
      '**由下月一日起**部分路線加價。',
      'The fare rises',
      'by 3%.',
      '',
      '## 市民反應',
      '',
      '- 希望改善班次。',
      '- 希望增加座位。',
      '',
      '> 署方會繼續檢討。',
      '',
      '| 路線 | 票價 |',
      '| --- | --- |',
      '| 1A | $5.6 |',
      '',
      '```',
      'const fare = 5.6;',
      '```',
    ].join('\n');
    const parsed = await parse(markdown, 'fares.md');
    expect(parsed.format).toBe('markdown');
    expect(summary(parsed.paragraphs)).toEqual([
      'heading: 巴士車費調整',
      'body: 運輸署今日宣佈,**由下月一日起**部分路線加價。The fare rises by 3%.',
      'heading: 市民反應',
      'body: 希望改善班次。',
      'body: 希望增加座位。',
      'body: 署方會繼續檢討。',
      'body: 路線',
      'body: 票價',
      'body: 1A',
      'body: $5.6',
      'boilerplate: const fare = 5.6;',
    ]);
  });

  it('reads setext headings', async () => {
    const parsed = await parse('巴士新聞\n====\n\n正文內容在這裏。\n', 'setext.markdown');
    expect(summary(parsed.paragraphs)).toEqual(['heading: 巴士新聞', 'body: 正文內容在這裏。']);
  });
});

describe('HTML', () => {
  const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>巴士新聞 - 新聞網</title>
<style>p { color: red }</style><script>alert('head')</script></head>
<body>
<header><nav><a href="/">首頁</a> <a href="/news">新聞</a></nav></header>
<article>
  <header><h1>巴士車費
  調整</h1></header>
  <p>運輸署今日宣佈,由下月一日起,
  部分巴士路線的車費將上調&nbsp;3%。<br>署方表示已考慮乘客負擔。</p>
  <figure><img src="bus.jpg" onerror="alert(1)"><figcaption>圖:新款巴士</figcaption></figure>
  <ul><li>希望改善班次。</li><li>希望增加座位。</li></ul>
  <table><tr><th>路線</th><td>1A</td></tr></table>
  <form><input name="q"><button>搜尋</button></form>
  <p hidden>隱藏文字</p>
</article>
<aside>熱門新聞</aside>
<footer>版權所有</footer>
</body></html>`;

  it('keeps block structure and drops scripts, styles, navigation, forms and hidden text', async () => {
    const parsed = await parse(page, 'bus.html');
    expect(parsed.format).toBe('html');
    expect(summary(parsed.paragraphs)).toEqual([
      'heading: 巴士車費調整',
      'body: 運輸署今日宣佈,由下月一日起,部分巴士路線的車費將上調\u00a03%。',
      'body: 署方表示已考慮乘客負擔。',
      'caption: 圖:新款巴士',
      'body: 希望改善班次。',
      'body: 希望增加座位。',
      'body: 路線',
      'body: 1A',
    ]);
    expect(parsed.title).toBe('巴士車費調整');
  });

  it('imports script and event-handler markup as nothing but its text', async () => {
    const hostile = '<p>安全文字<img src=x onerror="alert(1)"><script>alert(2)</script></p><p onclick="alert(3)">第二段&lt;script&gt;</p>';
    const parsed = await parse(hostile, 'hostile.html');
    expect(parsed.paragraphs.map((p) => p.source)).toEqual(['安全文字', '第二段<script>']);
    expect(JSON.stringify(parsed)).not.toMatch(/alert|onerror|onclick/);
  });

  it('imports what it can from malformed HTML', async () => {
    const broken = '<div><p>第一段沒有結束<p>第二段<b>粗體沒有結束<li>項目</div></span><p>最後一段 & 符號 <unknown>標籤</unknown';
    const parsed = await parse(broken, 'broken.htm');
    expect(parsed.paragraphs.map((p) => p.source)).toEqual(['第一段沒有結束', '第二段粗體沒有結束', '項目', '最後一段 & 符號 標籤']);
  });

  it('recognises an HTML fragment without a telling file name, and keeps a .txt file as text', async () => {
    const fragment = '<p>第一段。</p>\n<p>第二段。</p>';
    expect((await parse(fragment, 'clipboard')).paragraphs.map((p) => p.source)).toEqual(['第一段。', '第二段。']);
    expect((await parse(fragment, 'notes.txt')).paragraphs.map((p) => p.source)).toEqual(['<p>第一段。</p>', '<p>第二段。</p>']);
    expect((await parseSource(utf8(fragment), { fileName: 'notes.txt', format: 'html' })).format).toBe('html');
  });

  it('marks a trailing list of links as boilerplate', async () => {
    const html = `<p>正文第一段,內容很長。</p><p>正文第二段。</p>
      <ul><li><a href="/1">相關新聞一</a></li><li><a href="/2">相關新聞二</a></li><li><a href="/3">相關新聞三</a></li></ul>`;
    const parsed = await parse(html, 'links.html');
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(['body', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
  });
});

describe('DOCX', () => {
  it('reads the title, headings, body, table cells, caption and list items in document order', async () => {
    const parsed = await parseSource(await reportDocx(), { fileName: 'report.docx' });
    expect(parsed).toMatchObject({ format: 'docx', encoding: null, title: '運輸署年度報告' });
    expect(summary(parsed.paragraphs)).toEqual([
      'heading: 運輸署年度報告',
      'heading: 票價調整',
      'body: 由下月一日起,部分巴士路線的車費將上調。',
      'body: 路線',
      'body: 新票價',
      'body: 1A',
      'body: $5.6',
      'caption: 圖:新款巴士',
      'body: 乘客可使用八達通付款。',
      'body: 署方會繼續檢討票價。',
    ]);
  });

  it('recognises a DOCX by its content even under another name', async () => {
    expect((await parseSource(await reportDocx(), { fileName: 'report.txt' })).format).toBe('docx');
  });
});
