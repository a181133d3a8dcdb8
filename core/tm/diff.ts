/**
 * A character-level diff between a stored TM source and the current source, for the
 * suggestions panel. Characters compare equal when they fold to the same code point
 * (裡 and 裏, ， and ,), so a variant-only difference does not light up.
 */
import { codePoints, foldCodePoint, fromCodePoints } from './normalize.ts';

export interface DiffPart {
  /** equal: in both; delete: only in the stored source; insert: only in the current source. */
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** Beyond this many edits the diff is shown as one replacement: Myers' trace grows with D². */
const MAX_EDITS = 2000;

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/** Myers' O(ND) greedy diff, keeping each round's frontier to walk the path back. */
function middle(a: number[], b: number[], fa: number[], fb: number[]): DiffPart[] | null {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  let v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    trace.push(v);
    v = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && fa[x] === fb[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset);
    }
  }
  return null;
}

/** Walks the rounds back from the end (Coglan's formulation); equal stretches take the current text. */
function backtrack(a: number[], b: number[], trace: Int32Array[], offset: number): DiffPart[] {
  const reversed: DiffPart[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    const run = Math.min(x - prevX, y - prevY);
    if (run > 0) reversed.push({ op: 'equal', text: fromCodePoints(b.slice(y - run, y)) });
    x -= Math.max(run, 0);
    y -= Math.max(run, 0);
    if (d === 0) break;
    if (x === prevX) reversed.push({ op: 'insert', text: fromCodePoints(b.slice(prevY, y)) });
    else reversed.push({ op: 'delete', text: fromCodePoints(a.slice(prevX, x)) });
    x = prevX;
    y = prevY;
  }
  return reversed.reverse();
}

export function diffChars(stored: string, current: string): DiffPart[] {
  const a = codePoints(stored);
  const b = codePoints(current);
  const fa = a.map(foldCodePoint);
  const fb = b.map(foldCodePoint);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && fa[prefix] === fb[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && fa[a.length - 1 - suffix] === fb[b.length - 1 - suffix]) suffix++;
  const parts: DiffPart[] = [];
  // Equal stretches show the current text: that is what the translator is looking at.
  push(parts, 'equal', fromCodePoints(b.slice(0, prefix)));
  const [ma, mb] = [a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)];
  const inner = middle(ma, mb, fa.slice(prefix, a.length - suffix), fb.slice(prefix, b.length - suffix)) ?? [
    { op: 'delete', text: fromCodePoints(ma) },
    { op: 'insert', text: fromCodePoints(mb) },
  ];
  for (const part of inner) push(parts, part.op, part.text);
  push(parts, 'equal', fromCodePoints(b.slice(b.length - suffix)));
  return parts;
}
