/**
 * English spelling for the QA checks: Hunspell's dictionaries read with nspell (Chromium's own
 * spellchecker is off: it would download its dictionaries). Each project chooses British (en_GB
 * from the dictionary-en-gb package, the default) or American (en_US from dictionary-en). A
 * dictionary is loaded once per process and variant, on the first English word checked under it
 * (0.1–0.3 s and 15–20 MB each: `npm run bench -- --only spelling`), and its suggestions, the
 * slow part, are remembered per word. Each project keeps its own list of accepted words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { WorkbenchError } from '../core/errors.ts';
import { isOneWord, MAX_WORD_CHARS, SPELLING_VARIANTS, type Speller, type SpellingOptions, type SpellingVariant } from '../core/qa/spelling.ts';
import type { SpellingWord } from '../db/spelling.ts';
import type { Store } from '../db/store.ts';
import { installedPackageDir } from './package-dir.ts';

/** The package holding each variant's dictionary; the packaging test checks the app ships them. */
export const DICTIONARY_PACKAGES: Readonly<Record<SpellingVariant, string>> = { 'en-GB': 'dictionary-en-gb', 'en-US': 'dictionary-en' };
/** Suggestions remembered; past this the memory starts again (a translator's misspellings repeat). */
const MAX_REMEMBERED = 5000;

/** Hunspell's affix rules and word list of a variant, found up the folder tree from `from`. */
export function englishDictionaryFiles(variant: SpellingVariant, from?: string) {
  const packageDir = installedPackageDir(DICTIONARY_PACKAGES[variant], 'index.dic', `The ${variant} English dictionary`, from);
  return { aff: join(packageDir, 'index.aff'), dic: join(packageDir, 'index.dic') };
}

/** Reads and parses a dictionary: the slow step, done once per variant by englishSpeller. */
export function loadEnglishSpeller(variant: SpellingVariant): Speller {
  const files = englishDictionaryFiles(variant);
  const speller = nspell(readFileSync(files.aff), readFileSync(files.dic));
  const remembered = new Map<string, string[]>();
  return {
    correct: (word) => speller.correct(word),
    suggest(word) {
      let suggestions = remembered.get(word);
      if (!suggestions) {
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        suggestions = speller.suggest(word);
        remembered.set(word, suggestions);
      }
      return suggestions;
    },
  };
}

/** A speller that loads its dictionary when it is first asked about a word, so a variant nobody uses is never read. */
function lazySpeller(variant: SpellingVariant): Speller {
  let loaded: Speller | null = null;
  return {
    correct: (word) => (loaded ??= loadEnglishSpeller(variant)).correct(word),
    suggest: (word) => (loaded ??= loadEnglishSpeller(variant)).suggest(word),
  };
}

const spellers = new Map(SPELLING_VARIANTS.map((variant) => [variant, lazySpeller(variant)]));

/** The process's speller of a variant. */
export const englishSpeller = (variant: SpellingVariant): Speller => spellers.get(variant)!;

/** What the spelling check needs for a project: the dictionary and the project's own words. */
export function spellingFor(store: Store, projectId: number): SpellingOptions {
  return { speller: englishSpeller(getSpellingVariant(store, projectId)), personal: store.spelling.list(projectId).map((w) => w.word) };
}

const missingProject = (projectId: number) => new WorkbenchError('NOT_FOUND', `Project ${projectId} does not exist`);

function requireProject(store: Store, projectId: number): void {
  if (!store.spelling.projectExists(projectId)) throw missingProject(projectId);
}

/** The English spelling the project's cells are checked against. */
export function getSpellingVariant(store: Store, projectId: number): SpellingVariant {
  const variant = store.spelling.variant(projectId);
  if (variant === undefined) throw missingProject(projectId);
  return variant;
}

/** The contract has checked the variant; the dictionary itself is read at the next check. */
export function setSpellingVariant(store: Store, projectId: number, variant: SpellingVariant): SpellingVariant {
  if (!store.spelling.setVariant(projectId, variant)) throw missingProject(projectId);
  return variant;
}

/** One word, as the check splits text: no spaces, hyphens or other punctuation but an inner apostrophe. */
function checkedWord(word: string): string {
  const trimmed = word.trim();
  if (trimmed === '') throw new WorkbenchError('INVALID_PAYLOAD', 'There is no word to add to the dictionary');
  if (trimmed.length > MAX_WORD_CHARS) throw new WorkbenchError('INVALID_PAYLOAD', `A dictionary word has at most ${MAX_WORD_CHARS} characters`);
  if (!isOneWord(trimmed)) {
    throw new WorkbenchError('INVALID_PAYLOAD', `“${trimmed}” is not one word: the dictionary takes single words, without spaces, hyphens or punctuation`);
  }
  return trimmed;
}

export function listSpellingWords(store: Store, projectId: number): SpellingWord[] {
  requireProject(store, projectId);
  return store.spelling.list(projectId);
}

/** Adds a word to the project's dictionary; false when it was there already (in any case). */
export function addSpellingWord(store: Store, projectId: number, word: string, now: string): boolean {
  const checked = checkedWord(word);
  requireProject(store, projectId);
  return store.spelling.add(projectId, checked, now);
}

/** False when the project's dictionary did not have the word. */
export function removeSpellingWord(store: Store, projectId: number, word: string): boolean {
  requireProject(store, projectId);
  return store.spelling.delete(projectId, word.trim());
}
