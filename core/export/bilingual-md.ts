/** The bilingual table in Markdown (GitHub tables) for plain-text workflows. */
import { bilingualTable, statusesOf, type BilingualOptions, type BilingualRow, type BilingualTable } from './bilingual-table.ts';
import { escapeMarkdown } from './escape.ts';
import { COLUMN_LABEL, LANGUAGE_SHORT, STATUS_LABEL, type ColumnKey } from './labels.ts';
import type { ExportDocument, ExportFile } from './model.ts';

export const MARKDOWN_MIME = 'text/markdown; charset=utf-8';

/** A table cell holds one line: text is escaped (pipes included) and its line breaks become <br>. */
function cellText(text: string, strong: boolean): string {
  if (text === '') return '';
  const escaped = escapeMarkdown(text).replace(/\r?\n/gu, '<br>');
  return strong ? `**${escaped}**` : escaped;
}

function cellOf(table: BilingualTable, row: BilingualRow, key: ColumnKey): string {
  const p = row.paragraph;
  const strong = row.headingLevel !== null;
  if (key === 'number') return String(row.number);
  if (key === 'source') return cellText(p.source, strong);
  if (key === 'comment') return cellText(p.comment, false);
  if (key === 'status') {
    const both = table.targets.length > 1;
    return statusesOf(row, table.targets)
      .map(({ lang, status }) => `${both ? `${LANGUAGE_SHORT[lang]} ` : ''}${STATUS_LABEL[status]}`)
      .join('<br>');
  }
  return cellText(p.targets[key].text, strong);
}

export function bilingualMarkdown(doc: ExportDocument, options: BilingualOptions): Omit<ExportFile, 'fileName'> {
  const table = bilingualTable(doc, options);
  const { intro } = table;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `# ${escapeMarkdown(intro.title)}`,
    '',
    `**${escapeMarkdown(intro.languages)}**  `,
    `${escapeMarkdown(intro.exported)}  `,
    ...intro.progress.map((text) => `${escapeMarkdown(text)}  `),
    '',
    line(table.columns.map((key) => escapeMarkdown(COLUMN_LABEL[key]))),
    line(table.columns.map((key) => (key === 'number' ? '--:' : '---'))),
    ...table.rows.map((row) => line(table.columns.map((key) => cellOf(table, row, key)))),
  ];
  return { mimeType: MARKDOWN_MIME, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), summary: table.summary };
}
