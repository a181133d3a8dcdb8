/**
 * The shape of a QA finding. Every check is a pure function from a cell (and what it needs
 * to know: the glossary, the rest of the document) to a list of issues; the service stores
 * which issues a person has ignored, keyed by (paragraph, language, check, key).
 */
import type { CellStatusT, TargetLangT } from '../api/contract.ts';
import { qaText, type QaMessage, type QaMessageId } from './messages.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Stable ids: stored with ignored warnings and used by the UI and the reports. Never renamed. */
export const QA_CHECK_IDS = [
  'empty',
  'same-as-source',
  'unreviewed-auto',
  'numbers',
  'ascii-punctuation',
  'full-width-in-english',
  'unbalanced',
  'end-punctuation',
  'traditional-left',
  'double-space',
  'edge-space',
  'inconsistent-translation',
  'shared-translation',
  'glossary-missing',
  'forbidden-term',
  'length-ratio',
  'spelling',
] as const;
export type QaCheckId = (typeof QA_CHECK_IDS)[number];

/** A stretch of text, in UTF-16 offsets (String.slice), end exclusive. */
export interface QaRange {
  start: number;
  end: number;
}

/** Replace target.slice(start, end) with text. */
export interface QaEdit extends QaRange {
  text: string;
}

export interface QaIssue {
  check: QaCheckId;
  severity: Severity;
  lang: TargetLangT;
  /**
   * What the issue is about within its cell (the number, the term, the character and its
   * neighbours), so that an ignored warning stays ignored after unrelated edits and comes
   * back when the cell has a different problem of the same kind.
   */
  key: string;
  /** What the finding says, as a message id and its parameters (core/qa/messages.ts), shown in any interface language. */
  code: QaMessageId;
  params: Record<string, string>;
  /** The same in English, for the CLI, logs and scripts. */
  message: string;
  /** Where in the target, to highlight. */
  ranges: QaRange[];
  /** Where in the source, to highlight. */
  sourceRanges: QaRange[];
  /** The one-click fix: edits to the target, in order, not overlapping (see applyFix). */
  fix: QaEdit[] | null;
  /** Alternatives for the text in `ranges`, best first, one click each (spelling). */
  suggestions?: string[];
}

/** One target cell as the checks see it. */
export interface QaCell {
  source: string;
  target: string;
  lang: TargetLangT;
  status: CellStatusT;
}

/** Builds an issue with its English text and the optional parts defaulted. */
export function issue(
  check: QaCheckId,
  severity: Severity,
  lang: TargetLangT,
  key: string,
  { code, params }: QaMessage,
  extra: Partial<Pick<QaIssue, 'ranges' | 'sourceRanges' | 'fix'>> = {},
): QaIssue {
  const message = qaText({ code, params }, 'en');
  return { check, severity, lang, key, code, params, message, ranges: extra.ranges ?? [], sourceRanges: extra.sourceRanges ?? [], fix: extra.fix ?? null };
}

/** The target with a fix applied; edits are applied from the end so earlier offsets stay valid. */
export function applyFix(target: string, edits: readonly QaEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), target);
}

export const HAN = /\p{Script=Han}/u;
