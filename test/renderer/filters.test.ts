import { describe, expect, it } from 'vitest';
import type { CellStatusT, ParagraphT } from '../../core/api/contract.ts';
import { applyFilter, NO_FILTER } from '../../renderer/src/filters.ts';

function paragraph(id: number, en: CellStatusT): ParagraphT {
  const cell = (status: CellStatusT) => ({ text: 'text', status, updatedAt: '2026-03-02T09:00:00.000Z', staleReason: null, canUndoReconvert: false });
  return { id, position: id - 1, source: '來源', kind: 'body', included: true, comment: null, targets: { en: cell(en), 'zh-Hans': cell('auto') } };
}

describe('the review filter', () => {
  const paragraphs = [paragraph(1, 'translated'), paragraph(2, 'draft'), paragraph(3, 'reviewed'), paragraph(4, 'draft'), paragraph(5, 'empty')];
  const toReview = { ...NO_FILTER, status: 'toReview' as const };
  const ids = (rows: ParagraphT[]) => rows.map((p) => p.id);

  it('lists translated cells only, outside review mode', () => {
    expect(ids(applyFilter(paragraphs, toReview))).toEqual([1]);
  });

  it('adds the cells edited since translation but not reviewed, and the row being edited, in review mode', () => {
    const changed = new Set([2, 3]);
    const review = { changed: (id: number) => changed.has(id), keep: null };
    expect(ids(applyFilter(paragraphs, toReview, review))).toEqual([1, 2]);
    expect(ids(applyFilter(paragraphs, toReview, { ...review, keep: 5 }))).toEqual([1, 2, 5]);
  });
});
