/**
 * The QA report of a document, as CSV (for a spreadsheet or a script) and as one self-contained
 * HTML page (no script, no external resource; every piece of document text escaped).
 */
import type { TargetLangT } from '../api/contract.ts';
import { escapeXml } from '../export/escape.ts';
import { writeDelimited } from '../glossary/delimited.ts';
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

const LANGUAGE: Record<TargetLangT, string> = { en: 'English', 'zh-Hans': 'Simplified Chinese' };
const NAMES: Record<Severity, [one: string, many: string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

export function countBySeverity(findings: readonly Pick<ReportFinding, 'severity' | 'ignored'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.ignored) counts[f.severity] += 1;
  return counts;
}

export function qaReportCsv(report: QaReport): string {
  const rows = report.findings.map((f) => [
    String(f.position + 1),
    LANGUAGE[f.lang],
    f.severity,
    f.check,
    f.message,
    f.source,
    f.target,
    f.ignored?.reason ?? '',
  ]);
  return `\ufeff${writeDelimited([['Paragraph', 'Language', 'Severity', 'Check', 'Message', 'Source', 'Target', 'Ignored because'], ...rows], ',')}`;
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

function row(f: ReportFinding): string {
  const note = f.ignored ? `<br><em>Ignored: ${escapeXml(f.ignored.reason)}</em>` : '';
  return `<tr class="${f.severity}${f.ignored ? ' ignored' : ''}"><td>${f.position + 1}</td><td>${LANGUAGE[f.lang]}</td>` +
    `<td class="sev">${f.severity}</td><td>${escapeXml(f.check)}</td><td>${escapeXml(f.message)}${note}</td>` +
    `<td class="text" lang="zh-Hant">${highlight(f.source, f.sourceRanges)}</td><td class="text" lang="${f.lang}">${highlight(f.target, f.ranges)}</td></tr>`;
}

export function qaReportHtml(report: QaReport): string {
  const counts = countBySeverity(report.findings);
  const ignored = report.findings.filter((f) => f.ignored).length;
  const summary = (Object.keys(NAMES) as Severity[]).map((s) => `${counts[s]} ${NAMES[s][counts[s] === 1 ? 0 : 1]}`).join(', ') + (ignored > 0 ? `; ${ignored} ignored` : '');
  const title = `QA report: ${escapeXml(report.title)}`;
  return `<!DOCTYPE html>
<html lang="en">
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
<thead><tr><th>#</th><th>Language</th><th>Severity</th><th>Check</th><th>Issue</th><th>Source</th><th>Translation</th></tr></thead>
<tbody>
${report.findings.map(row).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
