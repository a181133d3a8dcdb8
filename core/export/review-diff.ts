/**
 * Compares a reviewed bilingual DOCX with the document as it is now: one entry per
 * target cell whose text the reviewer changed. The file is refused (DAMAGED_REVIEW_FILE)
 * when a row lost its paragraph id, names a paragraph of another document, or has a
 * source text that is no longer the paragraph's: applying it could write a translation
 * into the wrong paragraph.
 */
import type { CellStatusT, TargetLangT } from '../api/contract.ts';
import { WorkbenchError } from '../errors.ts';
import { PROPERTY, ROW_BOOKMARK_PREFIX } from './bilingual-docx.ts';
import { asWordText } from './docx-text.ts';
import { COLUMN_LABEL, type ColumnKey } from './labels.ts';
import { TARGET_LANGS, type ExportDocument, type ExportParagraph } from './model.ts';
import type { ReviewCell, ReviewFile } from './review-docx.ts';

export interface CellChange {
  paragraphId: number;
  /** The row number shown in the # column. */
  number: number;
  lang: TargetLangT;
  before: string;
  beforeStatus: CellStatusT;
  after: string;
  /** The cell was edited in the workbench after the file was exported: applying would overwrite that edit. */
  changedSinceExport: boolean;
}

export interface ReviewDiff {
  documentId: number;
  exportedAt: string | null;
  /** Target columns found in the file. */
  columns: TargetLangT[];
  rows: number;
  unchanged: number;
  changes: CellChange[];
}

interface ReviewTable {
  columns: Map<ColumnKey, number>;
  rows: ReviewCell[][];
}

const damaged = (message: string) => new WorkbenchError('DAMAGED_REVIEW_FILE', message);
const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

function findTable(file: ReviewFile): ReviewTable {
  const labels = Object.entries(COLUMN_LABEL) as [ColumnKey, string][];
  for (const [header, ...rows] of file.tables) {
    const columns = new Map<ColumnKey, number>();
    header?.forEach((cell, index) => {
      const key = labels.find(([, label]) => label === cell.text.trim())?.[0];
      if (key !== undefined && !columns.has(key)) columns.set(key, index);
    });
    if (columns.has('number') && columns.has('source')) return { columns, rows };
  }
  throw damaged(
    `This file has no Bilingual Workbench review table: no table starts with the header row ${COLUMN_LABEL.number} | ${COLUMN_LABEL.source}. ` +
      'Export a bilingual DOCX, edit only its target columns, and import that file.',
  );
}

/** The paragraph id a row's bookmark names; rows a reviewer left entirely blank have none and are skipped. */
function rowParagraphId(row: ReviewCell[], index: number): number | null {
  const ids = new Set(
    row.flatMap((cell) => cell.bookmarks).filter((name) => name.startsWith(ROW_BOOKMARK_PREFIX)).map((name) => Number(name.slice(ROW_BOOKMARK_PREFIX.length))),
  );
  if (ids.size === 1) return [...ids][0]!;
  if (ids.size > 1) throw damaged(`Row ${index + 1} of the table holds the IDs of several paragraphs: rows were merged. Use the file as exported.`);
  if (row.every((cell) => cell.text.trim() === '')) return null;
  throw damaged(
    `Row ${index + 1} of the table (# ${quote(row[0]?.text ?? '')}) has lost its paragraph ID: the # cell was deleted or retyped, or the row was added. ` +
      'Keep the # column as exported.',
  );
}

/** Where the file says it comes from: its document property, or the paragraph of its first row. */
export function reviewOrigin(file: ReviewFile): { documentId: number | null; firstParagraphId: number | null } {
  const property = Number(file.properties[PROPERTY.documentId]);
  const { rows } = findTable(file);
  const first = rows.map((row, i) => rowParagraphId(row, i)).find((id) => id !== null) ?? null;
  return { documentId: Number.isSafeInteger(property) && property > 0 ? property : null, firstParagraphId: first };
}

export function diffReview(file: ReviewFile, doc: ExportDocument): ReviewDiff {
  const { columns, rows } = findTable(file);
  const property = file.properties[PROPERTY.documentId];
  if (property !== undefined && property !== String(doc.id)) {
    throw damaged(`This review file was exported from document ${property}, not from document ${doc.id} (“${doc.title}”)`);
  }
  const paragraphs = new Map<number, ExportParagraph>(doc.paragraphs.map((p) => [p.id, p]));
  const targets = TARGET_LANGS.filter((lang) => columns.has(lang));
  const exportedAt = file.properties[PROPERTY.exportedAt] ?? null;
  const seen = new Map<number, number>();
  const changes: CellChange[] = [];
  let unchanged = 0;
  rows.forEach((row, index) => {
    const id = rowParagraphId(row, index);
    if (id === null) return;
    const paragraph = paragraphs.get(id);
    if (!paragraph) throw damaged(`Row ${index + 1} of the table names paragraph ${id}, which is not in document ${doc.id} (“${doc.title}”)`);
    const earlier = seen.get(id);
    if (earlier !== undefined) throw damaged(`Rows ${earlier + 1} and ${index + 1} of the table both name paragraph ${id}: a row was copied`);
    seen.set(id, index);
    const source = row[columns.get('source')!]?.text ?? '';
    // A DOCX cannot hold control characters or a CR: what it could not keep is not a change.
    if (source !== asWordText(paragraph.source)) {
      throw damaged(
        `The source text in row ${index + 1} (# ${paragraph.position + 1}) was changed: it reads ${quote(source)} but the paragraph is ${quote(paragraph.source)}. ` +
          'Source text must stay as exported.',
      );
    }
    for (const lang of targets) {
      const after = row[columns.get(lang)!]?.text ?? '';
      const cell = paragraph.targets[lang];
      if (after === asWordText(cell.text)) {
        unchanged += 1;
        continue;
      }
      changes.push({
        paragraphId: id,
        number: paragraph.position + 1,
        lang,
        before: cell.text,
        beforeStatus: cell.status,
        after,
        changedSinceExport: exportedAt !== null && cell.updatedAt > exportedAt,
      });
    }
  });
  return { documentId: doc.id, exportedAt, columns: targets, rows: seen.size, unchanged, changes };
}
