/**
 * The bilingual table as one self-contained, printable HTML file: inline CSS, no script,
 * no remote font, a CSP that forbids loading anything, every text escaped, `lang` on every cell.
 */
import { bilingualTable, statusesOf, type BilingualOptions, type BilingualRow, type BilingualTable } from './bilingual-table.ts';
import { escapeXml } from './escape.ts';
import { COLUMN_LABEL, LANGUAGE_SHORT, STATUS_COLOUR, STATUS_LABEL, TARGET_TAG, type ColumnKey } from './labels.ts';
import { isLeftOut, isUntranslated, type ExportDocument, type ExportFile } from './model.ts';

export const HTML_MIME = 'text/html; charset=utf-8';

const STYLE = `
  @page { size: A4 landscape; margin: 12mm; }
  body { font: 10.5pt/1.5 Arial, "Helvetica Neue", sans-serif; color: #111827; margin: 24px; }
  :lang(zh-Hant) { font-family: "Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", sans-serif; }
  :lang(zh-Hans) { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
  :lang(en) { font-family: Arial, "Helvetica Neue", sans-serif; }
  h1 { font-size: 18pt; margin: 0 0 6px; }
  header p { margin: 2px 0; font-size: 9pt; }
  header .muted { color: #6b7280; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 12px; }
  th, td { border: 1px solid #c9ced6; padding: 4px 6px; vertical-align: top; text-align: left;
    white-space: pre-wrap; overflow-wrap: anywhere; }
  thead th { background: #dce6f2; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  col.number { width: 3.2em; } col.status { width: 9em; } col.comment { width: 16em; }
  td.number { color: #6b7280; font-size: 8pt; }
  td.source { background: #f3f4f6; }
  td.untranslated { background: #fff7e6; }
  tr.heading td { background: #eef2f7; }
  tr.heading td:not(.number):not(.status) { font-weight: bold; }
  tr.heading.h1 td:not(.number):not(.status) { font-size: 12.5pt; }
  tr.left-out td { color: #6b7280; font-style: italic; }
  td.status span { display: block; font-size: 8pt; }
  td.caption { font-style: italic; color: #4b5563; }
  @media print { body { margin: 0; } }
`;

/** Each column's content language; comments are free text in either language, so theirs is unknown (""). */
function cellLang(key: ColumnKey, sourceLang: string): string {
  if (key === 'source') return sourceLang;
  if (key === 'en' || key === 'zh-Hans') return TARGET_TAG[key];
  return key === 'comment' ? '' : 'en';
}

function cellHtml(table: BilingualTable, row: BilingualRow, key: ColumnKey, sourceLang: string): string {
  const p = row.paragraph;
  const classes: string[] = [key];
  let content: string;
  if (key === 'number') content = String(row.number);
  else if (key === 'source') content = escapeXml(p.source);
  else if (key === 'comment') content = escapeXml(p.comment);
  else if (key === 'status') {
    const both = table.targets.length > 1;
    content = statusesOf(row, table.targets)
      .map(({ lang, status }) => `<span style="color:#${STATUS_COLOUR[status]}">${both ? `${escapeXml(LANGUAGE_SHORT[lang])} ` : ''}${STATUS_LABEL[status]}</span>`)
      .join('');
  } else {
    content = escapeXml(p.targets[key].text);
    if (isUntranslated(p.targets[key])) classes.push('untranslated');
  }
  if (p.kind === 'caption' && key !== 'number' && key !== 'status') classes.push('caption');
  return `<td class="${classes.join(' ')}" lang="${cellLang(key, sourceLang)}">${content}</td>`;
}

function rowHtml(table: BilingualTable, row: BilingualRow, sourceLang: string): string {
  const classes: string[] = [row.paragraph.kind];
  if (row.headingLevel !== null) classes.push(`h${row.headingLevel}`);
  if (isLeftOut(row.paragraph)) classes.push('left-out');
  const cells = table.columns.map((key) => cellHtml(table, row, key, sourceLang)).join('');
  return `<tr id="p${row.paragraph.id}" data-paragraph-id="${row.paragraph.id}" class="${classes.join(' ')}">${cells}</tr>`;
}

export function bilingualHtml(doc: ExportDocument, options: BilingualOptions): Omit<ExportFile, 'fileName'> {
  const table = bilingualTable(doc, options);
  const { intro } = table;
  const header = table.columns
    .map((key) => `<th scope="col" lang="${key === 'comment' ? 'en' : cellLang(key, doc.sourceLang)}">${escapeXml(COLUMN_LABEL[key])}</th>`)
    .join('');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Bilingual Workbench">
<title lang="${doc.sourceLang}">${escapeXml(intro.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1 lang="${doc.sourceLang}">${escapeXml(intro.title)}</h1>
<p><strong>${escapeXml(intro.languages)}</strong></p>
<p class="muted">${escapeXml(intro.exported)}</p>
${intro.progress.map((line) => `<p>${escapeXml(line)}</p>`).join('\n')}
</header>
<table>
<colgroup>${table.columns.map((key) => `<col class="${key}">`).join('')}</colgroup>
<thead><tr>${header}</tr></thead>
<tbody>
${table.rows.map((row) => rowHtml(table, row, doc.sourceLang)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
  return { mimeType: HTML_MIME, bytes: new TextEncoder().encode(html), summary: table.summary };
}
