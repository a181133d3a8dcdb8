/**
 * The QA report of a document, as CSV (for a spreadsheet or a script) and as one self-contained
 * HTML page (no script, no external resource; every piece of document text escaped), in any
 * interface language; the check ids stay as they are, for scripts.
 */
import { escapeXml } from '../export/escape.ts';
import { writeDelimited } from '../glossary/delimited.ts';
import { fillPlaceholders } from '../placeholders.ts';
import { qaText, type QaLanguage } from './messages.ts';
import { REPORT_LABELS, type ReportLabel } from './report-labels.ts';
import type { QaIssue, QaRange, Severity } from './types.ts';

export interface ReportFinding extends QaIssue {
  paragraphId: number;
  position: number;
  source: string;
  target: string;
  /** Set when a person chose to ignore the issue, with their reason. */
  ignored: { reason: string; createdAt: string } | null;
}

export interface QaReport {
  title: string;
  generatedAt: string;
  findings: ReportFinding[];
}

type Label = (label: ReportLabel, values?: Record<string, string | number>) => string;

const labels = (language: QaLanguage): Label => (label, values) => fillPlaceholders(REPORT_LABELS[language][label], values);

export function countBySeverity(findings: readonly Pick<ReportFinding, 'severity' | 'ignored'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.ignored) counts[f.severity] += 1;
  return counts;
}

export function qaReportCsv(report: QaReport, language: QaLanguage = 'en'): string {
  const label = labels(language);
  const head = (['paragraph', 'language', 'severity', 'check', 'message', 'source', 'target', 'ignoredBecause'] as const).map((l) => label(l));
  const rows = report.findings.map((f) => [
    String(f.position + 1),
    label(f.lang),
    label(f.severity),
    f.check,
    qaText(f, language),
    f.source,
    f.target,
    f.ignored?.reason ?? '',
  ]);
  return `\ufeff${writeDelimited([head, ...rows], ',')}`;
}

/** The text escaped, with the ranges wrapped in <mark>. */
export function highlight(text: string, ranges: readonly QaRange[]): string {
  let html = '';
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, at);
    if (range.end <= start) {
      // An insertion point (a missing end mark) or a range already covered.
      continue;
    }
    html += `${escapeXml(text.slice(at, start))}<mark>${escapeXml(text.slice(start, range.end))}</mark>`;
    at = range.end;
  }
  return html + escapeXml(text.slice(at));
}

const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}
mark{background:#ffe08a}
.error td.sev{color:#b00020;font-weight:600}.warning td.sev{color:#9a6700}.info td.sev{color:#555}
.ignored{opacity:.6}
td.text{white-space:pre-wrap;max-width:30rem}
`;

function row(f: ReportFinding, label: Label, language: QaLanguage): string {
  const note = f.ignored ? `<br><em>${escapeXml(label('ignored', { reason: f.ignored.reason }))}</em>` : '';
  return `<tr class="${f.severity}${f.ignored ? ' ignored' : ''}"><td>${f.position + 1}</td><td>${label(f.lang)}</td>` +
    `<td class="sev">${label(f.severity)}</td><td>${escapeXml(f.check)}</td><td>${escapeXml(qaText(f, language))}${note}</td>` +
    `<td class="text" lang="zh-Hant">${highlight(f.source, f.sourceRanges)}</td><td class="text" lang="${f.lang}">${highlight(f.target, f.ranges)}</td></tr>`;
}

export function qaReportHtml(report: QaReport, language: QaLanguage = 'en'): string {
  const label = labels(language);
  const ignored = report.findings.filter((f) => f.ignored).length;
  const summary = label('summary', countBySeverity(report.findings)) + (ignored > 0 ? label('summaryIgnored', { ignored }) : '');
  const title = escapeXml(label('title', { title: report.title }));
  const head = (['paragraph', 'language', 'severity', 'check', 'issue', 'source', 'translation'] as const).map((l) => `<th>${label(l)}</th>`).join('');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p>${escapeXml(report.generatedAt)} · ${summary}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${report.findings.map((f) => row(f, label, language)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
