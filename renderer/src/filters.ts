import type { ParagraphKindT, ParagraphT, TargetLangT } from '../../core/api/contract.ts';

/** toReview: translated but not yet reviewed, the reviewer's work list. */
export type StatusFilter = 'all' | 'unconfirmed' | 'confirmed' | 'toReview' | 'reviewed';
export interface Filter {
  status: StatusFilter;
  kind: ParagraphKindT | 'any';
  text: string;
  /** The column whose status the status filter looks at. */
  lang: TargetLangT;
}

export const NO_FILTER: Filter = { status: 'all', kind: 'any', text: '', lang: 'en' };

export function isConfirmed(paragraph: ParagraphT, lang: TargetLangT): boolean {
  const { status } = paragraph.targets[lang];
  return status === 'translated' || status === 'reviewed';
}

/** What reviewer mode adds to filtering (renderer/src/hooks/useReviewMode.ts). */
export interface ReviewFilter {
  /** Cells edited since their translation: still to review until marked reviewed. */
  changed: (paragraphId: number, lang: TargetLangT) => boolean;
  /** The row being reviewed, kept while an edit turns its cell into a draft. */
  keep: number | null;
}

function matchesStatus(paragraph: ParagraphT, filter: Filter, review: ReviewFilter | null): boolean {
  const { status } = paragraph.targets[filter.lang];
  switch (filter.status) {
    case 'all':
      return true;
    case 'unconfirmed':
      return !isConfirmed(paragraph, filter.lang);
    case 'confirmed':
      return isConfirmed(paragraph, filter.lang);
    case 'toReview':
      return status === 'translated' || (status !== 'reviewed' && review !== null && review.changed(paragraph.id, filter.lang));
    case 'reviewed':
      return status === 'reviewed';
  }
}

export function applyFilter(paragraphs: readonly ParagraphT[], filter: Filter, review: ReviewFilter | null = null): ParagraphT[] {
  const needle = filter.text.trim().toLowerCase();
  return paragraphs.filter((p) => {
    if (p.id === review?.keep) return true;
    if (filter.kind !== 'any' && p.kind !== filter.kind) return false;
    if (!matchesStatus(p, filter, review)) return false;
    if (needle === '') return true;
    return [p.source, p.targets.en.text, p.targets['zh-Hans'].text].some((text) => text.toLowerCase().includes(needle));
  });
}
