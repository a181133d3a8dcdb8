/**
 * A glossary (termbase) entry: a Traditional Chinese term with its English and Simplified
 * renderings, or, when forbidden, with renderings that must not be used. Entries are global
 * (projectId null) or belong to one project.
 */
import { WorkbenchError } from '../errors.ts';
import type { VocabularyEntry } from '../simplified/vocabulary.ts';

/** What a person edits, and what files carry. */
export interface GlossaryTerm {
  zhHant: string;
  en: string;
  zhHans: string;
  notes: string;
  partOfSpeech: string;
  /** The English and Simplified terms must not be used for this source term. */
  forbidden: boolean;
}

export interface GlossaryEntry extends GlossaryTerm {
  id: number;
  projectId: number | null;
  createdAt: string;
  updatedAt: string;
}

export const MAX_TERM_CHARS = 200;
export const MAX_NOTES_CHARS = 2000;
// A tab or line break in a term would split it across file columns, and no paragraph could match it.
const LINE_OR_TAB = /[\t\n\r\u2028\u2029]/u;

function checkTerm(label: string, raw: string, required: boolean): string {
  const term = raw.normalize('NFC').trim().replace(/ {2,}/gu, ' ');
  if (term === '') {
    if (required) throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} term is empty`);
    return term;
  }
  if (!term.isWellFormed()) throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} term "${term}" is not valid Unicode text`);
  if (LINE_OR_TAB.test(term)) throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} term "${term}" contains a tab or a line break`);
  if (term.length > MAX_TERM_CHARS) throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} term is longer than ${MAX_TERM_CHARS} characters`);
  return term;
}

/** Checks an entry and returns it as it is stored and matched: NFC, without edge spaces. */
export function checkGlossaryTerm(input: GlossaryTerm): GlossaryTerm {
  const zhHant = checkTerm('Traditional Chinese', input.zhHant, true);
  const en = checkTerm('English', input.en, false);
  const zhHans = checkTerm('Simplified Chinese', input.zhHans, false);
  if (en === '' && zhHans === '') {
    throw new WorkbenchError('INVALID_PAYLOAD', `"${zhHant}" needs an English or a Simplified Chinese term`);
  }
  const notes = input.notes.normalize('NFC').trim();
  if (notes.length > MAX_NOTES_CHARS) throw new WorkbenchError('INVALID_PAYLOAD', `The notes of "${zhHant}" are longer than ${MAX_NOTES_CHARS} characters`);
  const partOfSpeech = checkTerm('part of speech', input.partOfSpeech, false);
  return { zhHant, en, zhHans, notes, partOfSpeech, forbidden: input.forbidden };
}

/**
 * The entries that apply in a project: its own and the global ones, the project's first, so that
 * where both define a term the project's rendering is the one proposed.
 */
export function applicableEntries<T extends GlossaryTerm & { projectId: number | null }>(entries: readonly T[], projectId: number): T[] {
  const own = entries.filter((e) => e.projectId === projectId);
  return [...own, ...entries.filter((e) => e.projectId === null)];
}

/**
 * The Simplified renderings a glossary imposes on drafting, in the vocabulary layer's shape:
 * one per Traditional term, the first applicable entry winning (the project's before the global
 * one, see applicableEntries). Forbidden entries impose nothing.
 */
export function glossaryVocabulary(entries: readonly GlossaryTerm[]): VocabularyEntry[] {
  const byTerm = new Map<string, VocabularyEntry>();
  for (const entry of entries) {
    if (entry.forbidden || entry.zhHans === '' || byTerm.has(entry.zhHant)) continue;
    byTerm.set(entry.zhHant, { traditional: entry.zhHant, simplified: entry.zhHans });
  }
  return [...byTerm.values()];
}
