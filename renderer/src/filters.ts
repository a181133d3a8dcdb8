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

function matchesStatus(paragraph: ParagraphT, filter: Filter): boolean {
  const { status } = paragraph.targets[filter.lang];
  switch (filter.status) {
    case 'all':
      return true;
    case 'unconfirmed':
      return !isConfirmed(paragraph, filter.lang);
    case 'confirmed':
      return isConfirmed(paragraph, filter.lang);
    case 'toReview':
      return status === 'translated';
    case 'reviewed':
      return status === 'reviewed';
  }
}

export function applyFilter(paragraphs: readonly ParagraphT[], filter: Filter): ParagraphT[] {
  const needle = filter.text.trim().toLowerCase();
  return paragraphs.filter((p) => {
    if (filter.kind !== 'any' && p.kind !== filter.kind) return false;
    if (!matchesStatus(p, filter)) return false;
    if (needle === '') return true;
    return [p.source, p.targets.en.text, p.targets['zh-Hans'].text].some((text) => text.toLowerCase().includes(needle));
  });
}
