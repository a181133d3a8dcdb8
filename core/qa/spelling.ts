/**
 * English spelling: the words of an English cell that the dictionary does not know, each with
 * the dictionary's suggestions. The dictionary comes in as a Speller (service/spelling.ts loads
 * Hunspell's files with nspell), so this module stays pure.
 *
 * Not checked: anything with a digit (HK$1, 5G), URLs and e-mail addresses, acronyms (HKSAR,
 * NGOs), mixed-case names (LegCo, iPhone), single letters, and words in other scripts. Accepted:
 * the words of the glossary's English terms and of the project's own dictionary, in any case.
 */
import type { GlossaryTerm } from '../glossary/entry.ts';
import type { QaMessage } from './messages.ts';
import { issue, type QaCell, type QaEdit, type QaIssue, type QaRange } from './types.ts';

export interface Speller {
  correct(word: string): boolean;
  /** Likely intended words, best first. */
  suggest(word: string): string[];
}

/**
 * The English spellings a project can be checked against. British is the default (migration 009):
 * Hong Kong government and news English writes colour, programme and organisation.
 */
export const SPELLING_VARIANTS = ['en-GB', 'en-US'] as const;
export type SpellingVariant = (typeof SPELLING_VARIANTS)[number];

export interface SpellingOptions {
  speller: Speller;
  /** The project's own dictionary ("Add to dictionary"). */
  personal: readonly string[];
}

/** Suggestions shown per word: the first few are the useful ones. */
const MAX_SUGGESTIONS = 5;
/** The longest word "Add to dictionary" takes. */
export const MAX_WORD_CHARS = 100;

// Letters and digits, with apostrophes inside (don't, Government's); hyphens and dots split words.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const NOT_WORDS = /\b(?:[a-z][a-z+.-]*:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’]+$/u;
const ACRONYM = /^\p{Lu}+(?:['’]?s)?$/u;
const MIXED_CASE = /\p{Ll}.*\p{Lu}/u;
const POSSESSIVE = /['’]s$/iu;

/** Hunspell's dictionaries write the apostrophe straight. */
const straight = (word: string) => word.replace(/’/gu, "'");

/** The words of a text, lower-cased and without a possessive ending: how accepted words are compared. */
function wordKeys(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => straight(m[0].replace(POSSESSIVE, '')).toLowerCase());
}

/** Whether a text is one word as the check splits text (what "Add to dictionary" may add). */
export function isOneWord(text: string): boolean {
  const words = [...text.matchAll(TOKEN)];
  return words.length === 1 && words[0]![0] === text;
}

function isCheckable(word: string): boolean {
  return [...word].length > 1 && LATIN_WORD.test(word) && !ACRONYM.test(word) && !MIXED_CASE.test(word);
}

/** The stretches of a text that are not prose: URLs and e-mail addresses. */
function skippedRanges(text: string): QaRange[] {
  return [...text.matchAll(NOT_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The glossary's English terms and the personal dictionary, as word keys. */
function acceptedWords(glossary: readonly GlossaryTerm[], personal: readonly string[]): Set<string> {
  return new Set([...glossary.map((entry) => entry.en), ...personal].flatMap(wordKeys));
}

export function checkSpelling(cell: QaCell, options: SpellingOptions, glossary: readonly GlossaryTerm[] = []): QaIssue[] {
  if (cell.lang !== 'en') return [];
  const accepted = acceptedWords(glossary, options.personal);
  const skipped = skippedRanges(cell.target);
  const unknown = new Map<string, QaRange[]>();
  for (const match of cell.target.matchAll(TOKEN)) {
    const range = { start: match.index, end: match.index + match[0].length };
    const word = match[0];
    if (skipped.some((s) => range.start < s.end && range.end > s.start) || !isCheckable(word)) continue;
    if (accepted.has(wordKeys(word)[0]!)) continue;
    if (unknown.has(word)) unknown.get(word)!.push(range);
    else if (!options.speller.correct(straight(word))) unknown.set(word, [range]);
  }
  return [...unknown.entries()].map(([word, ranges]) => {
    const suggestions = options.speller.suggest(straight(word)).slice(0, MAX_SUGGESTIONS);
    const message: QaMessage = suggestions[0] === undefined ? { code: 'misspelling', params: { word } } : { code: 'misspellingSuggestion', params: { word, suggestion: suggestions[0] } };
    return { ...issue('spelling', 'warning', cell.lang, word, message, { ranges }), suggestions };
  });
}

/** The edits that put a suggestion in place of every occurrence of the misspelt word. */
export function suggestionEdits(finding: Pick<QaIssue, 'ranges'>, suggestion: string): QaEdit[] {
  return finding.ranges.map(({ start, end }) => ({ start, end, text: suggestion }));
}
