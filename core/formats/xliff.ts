/**
 * XLIFF, the interchange format of CAT tools: 2.0, and 1.2 for older tools. One file
 * holds one target language, so a document with two targets exports two files.
 * Statuses map onto each version's states both ways (xliff-state.ts), so our own
 * files round-trip exactly; foreign files map as closely as their states allow.
 */
import type { CellStatusT, ParagraphKindT } from '../api/contract.ts';

export type XliffVersion = '1.2' | '2.0';

export interface XliffUnit {
  id: string;
  /** The unit's human-readable name (2.0 name, 1.2 resname), if any. */
  name: string | null;
  /** The paragraph kind, for units we wrote; null for a body paragraph or a foreign unit. */
  kind: ParagraphKindT | null;
  translate: boolean;
  source: string;
  /** null when the unit has no target element. */
  target: string | null;
  status: CellStatusT;
  notes: string[];
}

export interface XliffFile {
  version: XliffVersion;
  srcLang: string;
  trgLang: string | null;
  /** The <file> element's id (2.0) or original (1.2): our files say which document they hold. */
  fileId: string;
  original: string;
  units: XliffUnit[];
}

export const XLIFF_NS: Record<XliffVersion, string> = {
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
};

export const XLIFF_MIME = 'application/xliff+xml';

/** Unit ids are the paragraph's database id, so units match paragraphs whatever their order. */
export function unitId(paragraphId: number): string {
  return `p${paragraphId}`;
}

export function paragraphIdOf(unitIdText: string): number | null {
  const match = /^p([1-9][0-9]{0,15})$/u.exec(unitIdText);
  return match ? Number(match[1]) : null;
}
