import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../core/glossary/delimited.ts';
import { highlight, qaReportCsv, qaReportHtml, type QaReport, type ReportFinding } from '../../../core/qa/report.ts';
import { issue } from '../../../core/qa/types.ts';

const finding = (overrides: Partial<ReportFinding> = {}): ReportFinding => ({
  ...issue('numbers', 'error', 'en', '1000000000', { code: 'numberMissing', params: { number: '10億', value: '1 billion' } }, { sourceRanges: [{ start: 2, end: 5 }] }),
  paragraphId: 11,
  position: 2,
  source: '預留10億港元<script>alert(1)</script>',
  target: 'sets aside HK$100 million, "quoted"',
  ignored: null,
  ...overrides,
});

const report: QaReport = {
  title: 'Budget <draft>',
  generatedAt: 'generated for the test',
  findings: [
    finding(),
    finding({ ...issue('edge-space', 'warning', 'zh-Hans', 'trailing', { code: 'trailingSpace', params: {} }), target: '预留 ', ignored: { reason: 'layout', createdAt: 'then' } }),
  ],
};

describe('QA report', () => {
  it('writes CSV with a row per issue, quoted where needed, that reads back', () => {
    const csv = qaReportCsv(report);
    expect(csv.startsWith('\ufeffParagraph,Language,Severity,Check,Message,Source,Target,Ignored because\r\n')).toBe(true);
    const rows = parseDelimited(csv.slice(1), ',').map((r) => r.fields);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['3', 'English', 'error', 'numbers', 'The number 10億 (1 billion) is not in the translation', report.findings[0]!.source, report.findings[0]!.target, '']);
    expect(rows[2]![7]).toBe('layout');
  });

  it('writes one self-contained HTML page with every piece of text escaped and the issue highlighted', () => {
    const html = qaReportHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('QA report: Budget &lt;draft&gt;');
    expect(html).toContain('預留<mark>10億</mark>港元');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(?:src|href)=/u);
    expect(html).toContain('Errors: 1, warnings: 0, notes: 0; ignored: 1');
    expect(html).toContain('Ignored: layout');
  });

  it('writes the report in Traditional or Simplified Chinese, check ids and document text unchanged', () => {
    const rows = parseDelimited(qaReportCsv(report, 'zh-Hant').slice(1), ',').map((r) => r.fields);
    expect(rows[0]).toEqual(['段落', '語言', '嚴重程度', '檢查', '訊息', '原文', '譯文', '忽略原因']);
    expect(rows[1]).toEqual(['3', '英文', '錯誤', 'numbers', '譯文中沒有數字 10億（1 billion）', report.findings[0]!.source, report.findings[0]!.target, '']);
    expect(rows[2]!.slice(1, 5)).toEqual(['簡體中文', '警告', 'edge-space', '譯文結尾有空格']);

    const html = qaReportHtml(report, 'zh-Hans');
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('质量检查报告：Budget &lt;draft&gt;');
    expect(html).toContain('<th>严重程度</th>');
    expect(html).toContain('译文中没有数字 10億（1 billion）');
    expect(html).toContain('错误：1，警告：0，提示：0；已忽略：1');
    expect(html).toContain('已忽略：layout');
    expect(html).not.toMatch(/not in the translation|Severity/u);
  });

  it('highlights ranges in order and skips an empty one', () => {
    expect(highlight('a<b>c', [{ start: 4, end: 5 }, { start: 1, end: 2 }, { start: 3, end: 3 }])).toBe('a<mark>&lt;</mark>b&gt;<mark>c</mark>');
  });
});
