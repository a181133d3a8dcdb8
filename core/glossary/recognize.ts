/**
 * Finding glossary terms in a source text: longest match first, left to right, on folded text,
 * so 特區政府 wins over 特區 and a term written in Hong Kong, Taiwan or mainland characters
 * (衞生/衛生/卫生) matches the same entry. An entry is found by its Traditional term and by its
 * Simplified one, which catches a source that uses the mainland wording.
 */
import { PhraseTrie } from '../simplified/phrase-trie.ts';
import type { GlossaryTerm } from './entry.ts';
import { foldAligned } from './fold.ts';

export interface GlossaryHit<T extends GlossaryTerm = GlossaryTerm> {
  /** UTF-16 offsets in the source, end exclusive. */
  start: number;
  end: number;
  /** Every entry for the matched term, in the order given to compileGlossary (project's first). */
  entries: T[];
}

export interface CompiledGlossary<T extends GlossaryTerm = GlossaryTerm> {
  trie: PhraseTrie<T[]>;
  entries: readonly T[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char) && !/\p{Script=Han}/u.test(char);

export function compileGlossary<T extends GlossaryTerm>(entries: readonly T[]): CompiledGlossary<T> {
  const byKey = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set([foldAligned(entry.zhHant), entry.zhHans === '' ? '' : foldAligned(entry.zhHans)])) {
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byKey.set(key, list);
    }
  }
  const trie = new PhraseTrie<T[]>();
  for (const [key, list] of byKey) trie.add(key, list);
  return { trie, entries };
}

/**
 * A Latin-script term (AI, 5G) matches only as a whole word: AI is not in HKGAI. Han terms
 * need no boundary, since Chinese is written without spaces.
 */
function atWordBoundary(text: string, start: number, end: number): boolean {
  const cuts = (inside: string | undefined, outside: string | undefined) => isWordChar(inside) && isWordChar(outside);
  return !cuts(text[start], text[start - 1]) && !cuts(text[end - 1], text[end]);
}

export function findGlossaryTerms<T extends GlossaryTerm>(glossary: CompiledGlossary<T>, source: string): GlossaryHit<T>[] {
  if (glossary.trie.size === 0) return [];
  const folded = foldAligned(source);
  const hits: GlossaryHit<T>[] = [];
  let from = 0;
  for (let match = glossary.trie.nextMatch(folded, from); match; match = glossary.trie.nextMatch(folded, from)) {
    if (atWordBoundary(source, match.start, match.end)) {
      hits.push({ start: match.start, end: match.end, entries: match.value });
      from = match.end;
    } else {
      from = match.start + 1;
    }
  }
  return hits;
}
