import { memo } from 'react';
import type { ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import { TargetCell } from './TargetCell.tsx';

export const TARGET_LANGS: readonly TargetLangT[] = ['en', 'zh-Hans'];

export interface RowHandlers {
  onFocus: (paragraphId: number, lang: TargetLangT) => void;
  onEdit: (paragraphId: number, lang: TargetLangT, text: string, save: boolean) => void;
  onConfirm: (paragraphId: number, lang: TargetLangT) => void;
}

interface Props extends RowHandlers {
  paragraph: ParagraphT;
  active: boolean;
  rowIndex: number;
}

export const ParagraphRow = memo(function ParagraphRow({ paragraph, active, rowIndex, ...handlers }: Props) {
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={active}
      className={`row kind-${paragraph.kind}${active ? ' active' : ''}`}
      data-paragraph={paragraph.id}
      data-testid="paragraph"
    >
      <div role="rowheader" className="number">{paragraph.position + 1}</div>
      <div role="gridcell" className="cell source" lang="zh-Hant" data-testid="source">
        {paragraph.source}
      </div>
      {TARGET_LANGS.map((lang) => (
        <div role="gridcell" key={lang}>
          <TargetCell paragraphId={paragraph.id} position={paragraph.position} lang={lang} cell={paragraph.targets[lang]} {...handlers} />
        </div>
      ))}
    </div>
  );
});
