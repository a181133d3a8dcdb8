/**
 * What every export reads: one document with its paragraphs and both target cells,
 * as a plain value. Built by the service from the database; the writers never see SQL.
 */
import type { CellStatusT, ParagraphKindT, TargetLangT } from '../api/contract.ts';

export const TARGET_LANGS: readonly TargetLangT[] = ['en', 'zh-Hans'];

export interface ExportCell {
  text: string;
  status: CellStatusT;
  updatedAt: string;
}

export interface ExportParagraph {
  /** The database id: stable across edits, so a returned file can be matched row by row. */
  id: number;
  position: number;
  kind: ParagraphKindT;
  source: string;
  /** Kept in the document but left out of translation (boilerplate, unless included again). */
  excluded: boolean;
  /** The translator's comment on the paragraph, '' when there is none. */
  comment: string;
  targets: Record<TargetLangT, ExportCell>;
}

export interface ExportDocument {
  id: number;
  title: string;
  /** BCP 47 tag of the source text. */
  sourceLang: string;
  createdAt: string;
  /** When the export was made (ISO 8601), printed at the top and kept in the file. */
  exportedAt: string;
  paragraphs: ExportParagraph[];
}

/** Which paragraph kinds go into an export. Excluded paragraphs count as boilerplate. */
export interface Selection {
  headings: boolean;
  boilerplate: boolean;
}

export const DEFAULT_SELECTION: Selection = { headings: true, boilerplate: false };

/** Left out of translation (boilerplate by default, or excluded by hand): exported only when asked. */
export function isLeftOut(paragraph: ExportParagraph): boolean {
  return paragraph.excluded;
}

export function selectParagraphs(paragraphs: readonly ExportParagraph[], selection: Selection): ExportParagraph[] {
  return paragraphs.filter((p) => {
    if (isLeftOut(p)) return selection.boilerplate;
    if (p.kind === 'heading') return selection.headings;
    return true;
  });
}

export function isConfirmed(status: CellStatusT): boolean {
  return status === 'translated' || status === 'reviewed';
}

export function isUntranslated(cell: ExportCell): boolean {
  return cell.text.trim() === '';
}

/**
 * Headings get a level from their place: a heading before any body text is the
 * article's title (level 1); the section titles after it are level 2.
 */
export function headingLevels(paragraphs: readonly ExportParagraph[]): Map<number, 1 | 2> {
  const levels = new Map<number, 1 | 2>();
  let bodySeen = false;
  for (const p of paragraphs) {
    if (p.kind === 'heading') levels.set(p.id, bodySeen ? 2 : 1);
    else if (p.kind === 'body') bodySeen = true;
  }
  return levels;
}

/** The result of every export, for the summary the user sees. */
export interface ExportSummary {
  /** Paragraphs (rows, units) written. */
  written: number;
  /** Paragraphs not written because headings or boilerplate were left out. */
  skipped: number;
  /** How untranslated paragraphs were handled; null where the format keeps them as empty cells. */
  untranslated: 'omit' | 'source' | null;
  /** Untranslated paragraphs left out. */
  omitted: number;
  /** Untranslated paragraphs written as their source text. */
  filledWithSource: number;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  summary: ExportSummary;
}
