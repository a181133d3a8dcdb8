interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  /** Where the matched phrase ends in the text (exclusive, UTF-16 code units). */
  end: number;
  value: V;
}

export interface LocatedMatch<V> extends PhraseMatch<V> {
  start: number;
}

/**
 * A phrase table searched by longest match. It is keyed by UTF-16 code unit rather than
 * code point: a well-formed phrase can only match at a character boundary, and charCodeAt
 * keeps the scan over a whole document cheap next to the OpenCC conversion it precedes.
 */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  // Code units that begin some phrase: most positions of a text are skipped on one array read.
  private readonly firstUnits = new Uint8Array(0x10000);
  private phrases = 0;

  get size(): number {
    return this.phrases;
  }

  /** Adds a phrase; adding the same phrase again replaces its value. */
  add(phrase: string, value: V): void {
    this.firstUnits[phrase.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < phrase.length; i += 1) {
      const code = phrase.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) this.phrases += 1;
    node.value = value;
  }

  /** The longest phrase that starts at `start` in the text, if any. */
  longestMatch(text: string, start: number): PhraseMatch<V> | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let found: PhraseMatch<V> | undefined;
    for (let i = start; i < text.length; i += 1) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) found = { end: i + 1, value: node.value };
    }
    return found;
  }

  /** The leftmost match at or after `from`, the longest one at its position. */
  nextMatch(text: string, from: number): LocatedMatch<V> | undefined {
    for (let i = from; i < text.length; i += 1) {
      if (this.firstUnits[text.charCodeAt(i)] === 0) continue;
      const match = this.longestMatch(text, i);
      if (match) return { start: i, end: match.end, value: match.value };
    }
    return undefined;
  }
}
