import { memo } from 'react';
import type { ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import { TargetCell } from './TargetCell.tsx';

export const TARGET_LANGS: readonly TargetLangT[] = ['en', 'zh-Hans'];

interface Props {
  paragraph: ParagraphT;
  active: boolean;
  inserted: Partial<Record<TargetLangT, { text: string; serial: number }>>;
  onActivate: (paragraphId: number) => void;
  onEdit: (paragraphId: number, lang: TargetLangT, text: string) => void;
  onConfirm: (paragraphId: number, lang: TargetLangT) => void;
}

export const ParagraphRow = memo(function ParagraphRow({ paragraph, active, inserted, onActivate, onEdit, onConfirm }: Props) {
  return (
    <div
      role="row"
      className={`row kind-${paragraph.kind}${active ? ' active' : ''}`}
      data-paragraph={paragraph.id}
      data-testid="paragraph"
    >
      <div role="rowheader" className="number">{paragraph.position + 1}</div>
      <div role="cell" className="cell source" lang="zh-Hant" data-testid="source">
        {paragraph.source}
      </div>
      {TARGET_LANGS.map((lang) => (
        <div role="cell" key={lang}>
          <TargetCell
            paragraphId={paragraph.id}
            lang={lang}
            cell={paragraph.targets[lang]}
            inserted={inserted[lang] ?? null}
            onFocus={() => onActivate(paragraph.id)}
            onEdit={(text) => onEdit(paragraph.id, lang, text)}
            onConfirm={() => onConfirm(paragraph.id, lang)}
          />
        </div>
      ))}
    </div>
  );
});
