/**
 * Files that come back after an export: a reviewed bilingual DOCX or an XLIFF file. Both
 * are first read without writing anything, shown as a list of changed cells, then applied.
 */
import type { CellStatusT, MethodResult, ParagraphT, ReviewDiffT, TargetLangT } from '../../core/api/contract.ts';
import { api } from './api.ts';

export type ReturnedFile =
  | { kind: 'docx'; contentBase64: string; diff: ReviewDiffT }
  | { kind: 'xliff'; contentBase64: string; dryRun: MethodResult<'importXliff'> };

export interface ChangeRow {
  key: string;
  paragraphId: number;
  lang: TargetLangT;
  /** The paragraph number the translator sees in the grid. */
  number: number;
  source: string;
  before: { text: string; status: CellStatusT };
  /** The status after applying; null where the translator chooses it (a reviewed DOCX). */
  after: { text: string; status: CellStatusT | null };
  /** The cell was edited in the workbench after the file was exported. */
  changedSinceExport: boolean;
}

/** Which reader a picked file goes to, by its extension; null for anything else. */
export function kindOfFile(name: string): ReturnedFile['kind'] | null {
  if (/\.docx$/iu.test(name)) return 'docx';
  if (/\.(xlf|xliff)$/iu.test(name)) return 'xliff';
  return null;
}

/** Reads the file against the database, changing nothing. The file names its document. */
export async function previewReturnedFile(kind: ReturnedFile['kind'], contentBase64: string): Promise<ReturnedFile> {
  return kind === 'docx'
    ? { kind, contentBase64, diff: await api.previewReviewImport({ contentBase64 }) }
    : { kind, contentBase64, dryRun: await api.importXliff({ contentBase64, dryRun: true }) };
}

export function documentIdOf(file: ReturnedFile): number {
  return file.kind === 'docx' ? file.diff.documentId : file.dryRun.documentId;
}

const keyOf = (paragraphId: number, lang: TargetLangT) => `${paragraphId}:${lang}`;

export function changeRows(file: ReturnedFile, paragraphs: readonly ParagraphT[]): ChangeRow[] {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const source = (paragraphId: number) => byId.get(paragraphId)?.source ?? '';
  if (file.kind === 'docx') {
    return file.diff.changes.map((change) => ({
      key: keyOf(change.paragraphId, change.lang),
      paragraphId: change.paragraphId,
      lang: change.lang,
      number: change.number,
      source: source(change.paragraphId),
      before: { text: change.before, status: change.beforeStatus },
      after: { text: change.after, status: null },
      changedSinceExport: change.changedSinceExport,
    }));
  }
  const { lang } = file.dryRun;
  return file.dryRun.changes.map((change) => ({
    key: keyOf(change.paragraphId, lang),
    paragraphId: change.paragraphId,
    lang,
    number: (byId.get(change.paragraphId)?.position ?? -1) + 1,
    source: source(change.paragraphId),
    before: change.before,
    after: change.after,
    changedSinceExport: false,
  }));
}

/**
 * Writes the changes; returns how many cells were updated. A DOCX applies the rows the
 * translator accepted with the chosen status; an XLIFF file applies as a whole.
 */
export async function applyReturnedFile(file: ReturnedFile, accepted: readonly ChangeRow[], status: 'draft' | 'reviewed'): Promise<number> {
  const { contentBase64 } = file;
  const documentId = documentIdOf(file);
  if (file.kind === 'docx') {
    const accept = accepted.map(({ paragraphId, lang }) => ({ paragraphId, lang }));
    return (await api.applyReviewImport({ contentBase64, documentId, accept, status })).applied.length;
  }
  return (await api.importXliff({ contentBase64, documentId, dryRun: false })).changes.length;
}
