import { memo, useRef } from 'react';
import type { ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';
import { ParagraphActions, type ParagraphEditor } from './ParagraphActions.tsx';
import { SourceEdit } from './SourceEdit.tsx';
import { SourceText } from './SourceText.tsx';
import { TargetCell } from './TargetCell.tsx';

export const TARGET_LANGS: readonly TargetLangT[] = ['en', 'zh-Hans'];

export interface RowHandlers {
  onFocus: (paragraphId: number, lang: TargetLangT) => void;
  onEdit: (paragraphId: number, lang: TargetLangT, text: string, save: boolean) => void;
  onConfirm: (paragraphId: number, lang: TargetLangT, reviewed?: boolean) => void;
  paragraphEditor: ParagraphEditor;
}

interface Props extends RowHandlers {
  paragraph: ParagraphT;
  active: boolean;
  rowIndex: number;
}

export const ParagraphRow = memo(function ParagraphRow({ paragraph, active, rowIndex, paragraphEditor, ...handlers }: Props) {
  const t = useT();
  const source = useRef<HTMLDivElement>(null);
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={active}
      className={`row kind-${paragraph.kind}${paragraph.included ? '' : ' excluded'}${active ? ' active' : ''}`}
      data-paragraph={paragraph.id}
      data-testid="paragraph"
    >
      <div role="rowheader" className="number">
        {paragraph.position + 1}
        <ParagraphActions paragraph={paragraph} source={source} active={active} editor={paragraphEditor} />
      </div>
      <div role="gridcell" className="source-column">
        <div ref={source} className="cell source" lang="zh-Hant" data-testid="source" data-source-paragraph={paragraph.id}>
          <SourceText paragraphId={paragraph.id} source={paragraph.source} />
        </div>
        {!paragraph.included && (
          <span className="excluded-badge" title={t('excludedTitle')} data-testid="excluded-badge">
            {t('excluded')}
          </span>
        )}
        <SourceEdit paragraphId={paragraph.id} position={paragraph.position} source={paragraph.source} />
      </div>
      {TARGET_LANGS.map((lang) => (
        <div role="gridcell" key={lang}>
          <TargetCell paragraphId={paragraph.id} position={paragraph.position} lang={lang} cell={paragraph.targets[lang]} source={paragraph.source} active={active} {...handlers} />
        </div>
      ))}
    </div>
  );
});
