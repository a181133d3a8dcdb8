/**
 * What a reviewer changed in a cell, for the review import. Unlike the TM diff
 * (core/tm/diff.ts), nothing is folded: a reviewer's 裡 → 裏 or ， → , is a change to show.
 * English is compared word by word and Chinese character by character, which is how
 * each is read and edited.
 */

export interface DiffPart {
  /** equal: in both; delete: only before; insert: only after. */
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One Han character, a run of other letters and digits, a run of spaces, or any other single character. */
const TOKEN = /\p{Script=Han}|[^\s\p{Script=Han}\p{P}\p{S}]+|\s+|[\s\S]/gu;

/** Beyond this many token pairs the cell is shown as one replacement: the table grows with the product. */
const MAX_CELLS = 1_000_000;

function push(parts: DiffPart[], op: DiffPart['op'], tokens: readonly string[]): void {
  const text = tokens.join('');
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/** The longest common subsequence of two token lists, walked from the front. */
function middle(a: readonly string[], b: readonly string[], parts: DiffPart[]): void {
  if (a.length * b.length > MAX_CELLS) {
    push(parts, 'delete', a);
    push(parts, 'insert', b);
    return;
  }
  const width = b.length + 1;
  // lcs[i * width + j]: the common length of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'equal', [a[i]!]);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      push(parts, 'delete', [a[i]!]);
      i++;
    } else {
      push(parts, 'insert', [b[j]!]);
      j++;
    }
  }
  push(parts, 'delete', a.slice(i));
  push(parts, 'insert', b.slice(j));
}

/**
 * Turns a short equal stretch between two changes into part of the change, so a rewritten
 * sentence reads as one replacement instead of a scatter of single shared characters
 * (the "semantic cleanup" of diff-match-patch, simplified). Each side keeps its order.
 */
function cleanup(parts: readonly DiffPart[]): DiffPart[] {
  // The longer side of the run of changes that ends (or starts) at `from`.
  const changedLength = (from: number, step: 1 | -1) => {
    const length = { delete: 0, insert: 0 };
    for (let i = from; parts[i] && parts[i]!.op !== 'equal'; i += step) length[parts[i]!.op as 'delete' | 'insert'] += parts[i]!.text.length;
    return Math.max(length.delete, length.insert);
  };
  const spread = parts.flatMap((part, i): DiffPart[] => {
    const inner = part.op === 'equal' && i > 0 && i < parts.length - 1;
    if (!inner || part.text.length > Math.min(changedLength(i - 1, -1), changedLength(i + 1, 1))) return [part];
    return [
      { op: 'delete', text: part.text },
      { op: 'insert', text: part.text },
    ];
  });
  // Each run of changes becomes one deletion then one insertion.
  const merged: DiffPart[] = [];
  let run: DiffPart[] = [];
  const flush = () => {
    for (const op of ['delete', 'insert'] as const) push(merged, op, run.filter((p) => p.op === op).map((p) => p.text));
    run = [];
  };
  for (const part of spread) {
    if (part.op === 'equal') {
      flush();
      push(merged, 'equal', [part.text]);
    } else run.push(part);
  }
  flush();
  return merged;
}

export function diffText(before: string, after: string): DiffPart[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const parts: DiffPart[] = [];
  push(parts, 'equal', a.slice(0, prefix));
  middle(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix), parts);
  push(parts, 'equal', a.slice(a.length - suffix));
  return cleanup(parts);
}
