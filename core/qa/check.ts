/**
 * Running the checks: on one cell as the translator types, and over a document for the report.
 * Each check is its own module; this lists them in the order their issues are shown.
 */
import type { CellStatusT, TargetLangT } from '../api/contract.ts';
import type { CompiledGlossary } from '../glossary/recognize.ts';
import { checkBrackets } from './brackets.ts';
import { checkConsistency, type QaRow } from './consistency.ts';
import { checkEmpty, checkSameAsSource, checkUnreviewedAuto } from './empty.ts';
import { checkForbiddenTerms, checkGlossaryTerms } from './glossary.ts';
import { checkLengthRatio, DEFAULT_LENGTH_BANDS, type LengthBands } from './length.ts';
import { checkNumbers } from './numbers.ts';
import { checkAsciiPunctuation, checkEndPunctuation, checkFullWidthInEnglish } from './punctuation.ts';
import { checkTraditionalLeft } from './script.ts';
import { checkSpelling, type SpellingOptions } from './spelling.ts';
import { checkDoubleSpaces, checkEdgeSpaces } from './whitespace.ts';
import type { QaCell, QaIssue, Severity } from './types.ts';

export interface QaOptions {
  glossary?: CompiledGlossary;
  lengthBands?: LengthBands;
  /** Checking before export: a Simplified machine draft nobody reviewed is flagged. */
  exporting?: boolean;
  /** English spelling is checked only when a dictionary is given. */
  spelling?: SpellingOptions;
}

type CellCheck = (cell: QaCell, options: QaOptions) => QaIssue[];

const CELL_CHECKS: readonly CellCheck[] = [
  checkSameAsSource,
  (cell, options) => (options.exporting ? checkUnreviewedAuto(cell) : []),
  checkNumbers,
  checkTraditionalLeft,
  (cell, options) => (options.glossary ? checkForbiddenTerms(cell, options.glossary) : []),
  (cell, options) => (options.glossary ? checkGlossaryTerms(cell, options.glossary) : []),
  checkAsciiPunctuation,
  checkFullWidthInEnglish,
  checkBrackets,
  checkEndPunctuation,
  checkDoubleSpaces,
  checkEdgeSpaces,
  (cell, options) => (options.spelling ? checkSpelling(cell, options.spelling, options.glossary?.entries) : []),
  (cell, options) => checkLengthRatio(cell, options.lengthBands ?? DEFAULT_LENGTH_BANDS),
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function bySeverity(a: QaIssue, b: QaIssue): number {
  return RANK[a.severity] - RANK[b.severity];
}

/** Every issue of one cell on its own; an empty cell has only the one. */
export function checkCellText(cell: QaCell, options: QaOptions = {}): QaIssue[] {
  const empty = checkEmpty(cell);
  if (empty.length > 0) return empty;
  return CELL_CHECKS.flatMap((check) => check(cell, options)).sort(bySeverity);
}

/** A paragraph with both of its target cells. */
export interface QaParagraph {
  paragraphId: number;
  position: number;
  source: string;
  targets: Record<TargetLangT, { text: string; status: CellStatusT }>;
}

export interface QaCellIssues {
  paragraphId: number;
  position: number;
  lang: TargetLangT;
  issues: QaIssue[];
}

const LANGS: readonly TargetLangT[] = ['en', 'zh-Hans'];

/** Which cells to report: one paragraph, one language, or (empty) all of them. */
export interface QaScope {
  paragraphId?: number;
  lang?: TargetLangT;
}

/**
 * The issues of a document's cells, with the consistency checks across the document:
 * `paragraphs` is the whole document even when `scope` asks for one cell.
 */
export function checkParagraphs(paragraphs: readonly QaParagraph[], options: QaOptions = {}, scope: QaScope = {}): QaCellIssues[] {
  const result: QaCellIssues[] = [];
  for (const lang of LANGS.filter((l) => scope.lang === undefined || l === scope.lang)) {
    const rows: QaRow[] = paragraphs.map((p) => ({ paragraphId: p.paragraphId, position: p.position, source: p.source, target: p.targets[lang].text }));
    const consistency = checkConsistency(rows, lang);
    for (const p of paragraphs) {
      if (scope.paragraphId !== undefined && p.paragraphId !== scope.paragraphId) continue;
      const cell: QaCell = { source: p.source, target: p.targets[lang].text, lang, status: p.targets[lang].status };
      const issues = [...checkCellText(cell, options), ...(consistency.get(p.paragraphId) ?? [])].sort(bySeverity);
      result.push({ paragraphId: p.paragraphId, position: p.position, lang, issues });
    }
  }
  return result.sort((a, b) => a.position - b.position || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
}
