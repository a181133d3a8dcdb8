import { describe, expect, it } from 'vitest';
import { diffText, type DiffPart } from '../../renderer/src/text-diff.ts';

/** Each side read back from the parts: what the review table shows in its two columns. */
function sides(parts: readonly DiffPart[]) {
  return {
    before: parts.filter((p) => p.op !== 'insert').map((p) => p.text).join(''),
    after: parts.filter((p) => p.op !== 'delete').map((p) => p.text).join(''),
  };
}

describe('the review diff of a cell', () => {
  it('compares English word by word', () => {
    expect(diffText('A robot dance video went viral online.', 'A robot dance video went viral on the internet.')).toEqual([
      { op: 'equal', text: 'A robot dance video went viral ' },
      { op: 'delete', text: 'online' },
      { op: 'insert', text: 'on the internet' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('compares Chinese character by character, without folding variants or punctuation width', () => {
    expect(diffText('香港在人工智能方面有一定優勢,', '香港在人工智能方面有一定優勢，')).toEqual([
      { op: 'equal', text: '香港在人工智能方面有一定優勢' },
      { op: 'delete', text: ',' },
      { op: 'insert', text: '，' },
    ]);
    expect(diffText('這裡', '這裏')).toEqual([
      { op: 'equal', text: '這' },
      { op: 'delete', text: '裡' },
      { op: 'insert', text: '裏' },
    ]);
  });

  it('shows a rewrite as one replacement, not a scatter of shared characters', () => {
    const parts = diffText('那么,香港如何在人工智能领域“大展拳脚”呢?笔者认为', '审校者改过的第九段');
    expect(parts).toEqual([
      { op: 'delete', text: '那么,香港如何在人工智能领域“大展拳脚”呢?笔者认为' },
      { op: 'insert', text: '审校者改过的第九段' },
    ]);
  });

  it('keeps both texts whole on every kind of edit', () => {
    const cases = [
      ['', 'New text.'],
      ['Old text.', ''],
      ['same', 'same'],
      ['The SAR Government proposes developing AI.', 'The SAR Government made AI a key industry.'],
      ['𠀋字 and 𠀋', '字 and 𠀋𠀋'],
      ['a  b\nc', 'a b\n\nc'],
    ];
    for (const [before, after] of cases) expect(sides(diffText(before!, after!))).toEqual({ before, after });
  });

  it('gives up on the detail of a huge cell and shows it replaced whole', () => {
    const before = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 1500 }, (_, i) => `x${i}`).join(' ');
    const parts = diffText(before, after);
    expect(parts.map((p) => p.op)).toEqual(['delete', 'insert']);
    expect(sides(parts)).toEqual({ before, after });
  });
});
