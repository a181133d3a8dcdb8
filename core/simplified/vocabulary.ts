/**
 * The vocabulary layer: Traditional phrases with the Simplified wording a mainland reader
 * expects (的士 → 出租车), applied before OpenCC, which only changes the script.
 */
import { WorkbenchError } from '../errors.ts';
import { PhraseTrie } from './phrase-trie.ts';

export interface VocabularyEntry {
  /** The stored entry, so the UI can say which entry replaced a phrase; absent for a file's list. */
  id?: number;
  traditional: string;
  simplified: string;
}

/** An entry as stored: global (projectId null) or for one project, and switchable off. */
export interface ScopedVocabularyEntry extends VocabularyEntry {
  projectId: number | null;
  enabled: boolean;
}

export type Vocabulary = PhraseTrie<VocabularyEntry>;

/** Long enough for any term or name; a longer "phrase" is a pasted sentence by mistake. */
export const MAX_PHRASE_CHARS = 100;
// Tabs and line breaks would split a phrase across TSV columns or paragraphs, where it can never match.
const FORBIDDEN = /[\t\n\r\u2028\u2029]/u;

function checkPhrase(label: string, raw: string): string {
  const phrase = raw.normalize('NFC').trim();
  if (phrase === '') throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} phrase is empty`);
  if (!phrase.isWellFormed()) throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} phrase "${phrase}" is not valid Unicode text`);
  if (FORBIDDEN.test(phrase)) {
    throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} phrase "${phrase}" contains a tab or a line break`);
  }
  if (phrase.length > MAX_PHRASE_CHARS) {
    throw new WorkbenchError('INVALID_PAYLOAD', `The ${label} phrase is longer than ${MAX_PHRASE_CHARS} characters`);
  }
  return phrase;
}

/**
 * Checks a pair and returns it in the form it is matched in: NFC like the paragraphs
 * (core/text.ts), without edge spaces a paste brings along.
 */
export function checkVocabularyPair(traditional: string, simplified: string): { traditional: string; simplified: string } {
  return { traditional: checkPhrase('Traditional', traditional), simplified: checkPhrase('Simplified', simplified) };
}

/**
 * The entries that apply in a project: its own entry for a phrase overrides the global one,
 * even when switched off, so a project can turn a global term off for itself alone.
 */
export function effectiveEntries(entries: readonly ScopedVocabularyEntry[], projectId: number): VocabularyEntry[] {
  const byPhrase = new Map<string, ScopedVocabularyEntry>();
  for (const entry of entries) {
    if (entry.projectId === projectId || (entry.projectId === null && !byPhrase.has(entry.traditional))) {
      byPhrase.set(entry.traditional, entry);
    }
  }
  return [...byPhrase.values()].filter((entry) => entry.enabled);
}

/** Builds the lookup table; for a phrase listed twice the later entry wins. */
export function compileVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const trie = new PhraseTrie<VocabularyEntry>();
  for (const entry of entries) trie.add(entry.traditional, entry);
  return trie;
}
