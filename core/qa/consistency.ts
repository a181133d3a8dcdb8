/**
 * Consistency across a document: one source translated in different ways, and different
 * sources given one translation. Sources are compared by the TM's match key (script, width and
 * spacing folded); translations with their spacing collapsed.
 */
import type { TargetLangT } from '../api/contract.ts';
import { matchKey } from '../tm/normalize.ts';
import { issue, type QaIssue } from './types.ts';

export interface QaRow {
  paragraphId: number;
  /** 0-based; shown 1-based. */
  position: number;
  source: string;
  target: string;
}

const targetKey = (text: string) => text.trim().replace(/\s+/gu, ' ');
/** Ignore keys can be long: the other translations are recorded up to this many characters. */
const MAX_KEY = 500;

interface Keyed {
  row: QaRow;
  source: string;
  target: string;
}

function groupBy(rows: readonly Keyed[], key: (row: Keyed) => string): Map<string, Keyed[]> {
  const groups = new Map<string, Keyed[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

const paragraphs = (rows: readonly Keyed[]) => rows.map((r) => r.row.position + 1).join(', ');
const distinct = (values: readonly string[]) => [...new Set(values)].sort();

/** The consistency issues of each paragraph with a non-empty translation, by paragraph id. */
export function checkConsistency(rows: readonly QaRow[], lang: TargetLangT): Map<number, QaIssue[]> {
  const keyed = rows
    .filter((r) => r.target.trim() !== '' && r.source.trim() !== '')
    .map((row) => ({ row, source: matchKey(row.source), target: targetKey(row.target) }));
  const result = new Map<number, QaIssue[]>();
  const add = (row: QaRow, found: QaIssue) => result.set(row.paragraphId, [...(result.get(row.paragraphId) ?? []), found]);

  for (const group of groupBy(keyed, (k) => k.source).values()) {
    for (const item of group) {
      const others = group.filter((k) => k.target !== item.target);
      if (others.length === 0) continue;
      const translations = distinct(others.map((k) => k.target));
      add(item.row, issue('inconsistent-translation', 'warning', lang, translations.join('\n').slice(0, MAX_KEY),
        { code: 'inconsistentTranslation', params: { paragraphs: paragraphs(others), translation: translations[0]! } }));
    }
  }
  for (const group of groupBy(keyed, (k) => k.target).values()) {
    for (const item of group) {
      const others = group.filter((k) => k.source !== item.source);
      if (others.length === 0) continue;
      add(item.row, issue('shared-translation', 'info', lang, distinct(others.map((k) => k.source)).join('\n').slice(0, MAX_KEY),
        { code: 'sharedTranslation', params: { paragraphs: paragraphs(others) } }));
    }
  }
  return result;
}
