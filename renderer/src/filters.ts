import type { ParagraphKindT, ParagraphT, TargetLangT } from '../../core/api/contract.ts';

export type StatusFilter = 'all' | 'unconfirmed' | 'confirmed';
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

export function applyFilter(paragraphs: readonly ParagraphT[], filter: Filter): ParagraphT[] {
  const needle = filter.text.trim().toLowerCase();
  return paragraphs.filter((p) => {
    if (filter.kind !== 'any' && p.kind !== filter.kind) return false;
    if (filter.status !== 'all' && isConfirmed(p, filter.lang) !== (filter.status === 'confirmed')) return false;
    if (needle === '') return true;
    return [p.source, p.targets.en.text, p.targets['zh-Hans'].text].some((text) => text.toLowerCase().includes(needle));
  });
}
