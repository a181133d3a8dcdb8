/**
 * Terminology checks: a glossary term found in the source whose rendering is missing from the
 * translation, and a forbidden rendering used in it. English terms match as words, ignoring
 * case, a leading article and a plural or possessive ending (the SAR Government ~ SAR
 * Government's); Simplified terms match on folded text, as the source terms do.
 */
import type { TargetLangT } from '../api/contract.ts';
import type { GlossaryTerm } from '../glossary/entry.ts';
import { foldAligned } from '../glossary/fold.ts';
import { findGlossaryTerms, type CompiledGlossary } from '../glossary/recognize.ts';
import type { QaMessage } from './messages.ts';
import { issue, type QaCell, type QaIssue, type QaRange } from './types.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const WORD_EDGE = /[\p{L}\p{N}]/u;
const patterns = new Map<string, RegExp>();

function englishPattern(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const core = term.replace(/^(?:the|a|an)\s+/iu, '');
    const body = escapeRegExp(core).replace(/\s+/gu, '\\s+');
    const before = WORD_EDGE.test(core[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
    const after = WORD_EDGE.test(core.at(-1) ?? '') ? "(?:e?s|['’]s)?(?![\\p{L}\\p{N}])" : '';
    pattern = new RegExp(before + body + after, 'giu');
    patterns.set(term, pattern);
  }
  return pattern;
}

/** Where a target term occurs in a translation. */
export function findTargetTerm(target: string, term: string, lang: TargetLangT): QaRange[] {
  if (term === '') return [];
  if (lang === 'en') return [...target.matchAll(englishPattern(term))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const haystack = foldAligned(target);
  const needle = foldAligned(term);
  const ranges: QaRange[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push({ start: at, end: at + needle.length });
  }
  return ranges;
}

const targetOf = (entry: GlossaryTerm, lang: TargetLangT) => (lang === 'en' ? entry.en : entry.zhHans);

export function checkGlossaryTerms(cell: QaCell, glossary: CompiledGlossary): QaIssue[] {
  if (cell.target.trim() === '') return [];
  const missing = new Map<string, { term: string; expected: string[]; ranges: QaRange[] }>();
  for (const hit of findGlossaryTerms(glossary, cell.source)) {
    const expected = [...new Set(hit.entries.filter((e) => !e.forbidden).map((e) => targetOf(e, cell.lang)).filter((t) => t !== ''))];
    if (expected.length === 0 || expected.some((t) => findTargetTerm(cell.target, t, cell.lang).length > 0)) continue;
    const term = cell.source.slice(hit.start, hit.end);
    const key = `${foldAligned(term)}>${expected.join('|')}`;
    const entry = missing.get(key) ?? { term, expected, ranges: [] };
    entry.ranges.push({ start: hit.start, end: hit.end });
    missing.set(key, entry);
  }
  return [...missing.entries()].map(([key, { term, expected, ranges }]) =>
    issue('glossary-missing', 'warning', cell.lang, key, { code: 'glossaryMissing', params: { term, expected: expected.join(' / ') } }, { sourceRanges: ranges }),
  );
}

export function checkForbiddenTerms(cell: QaCell, glossary: CompiledGlossary): QaIssue[] {
  const issues: QaIssue[] = [];
  const seen = new Set<string>();
  for (const entry of glossary.entries) {
    const term = targetOf(entry, cell.lang);
    if (!entry.forbidden || term === '' || seen.has(term)) continue;
    seen.add(term);
    const ranges = findTargetTerm(cell.target, term, cell.lang);
    if (ranges.length === 0) continue;
    const message: QaMessage =
      entry.notes === '' ? { code: 'forbiddenTerm', params: { term, source: entry.zhHant } } : { code: 'forbiddenTermNote', params: { term, source: entry.zhHant, notes: entry.notes } };
    issues.push(issue('forbidden-term', 'error', cell.lang, term, message, { ranges }));
  }
  return issues;
}
