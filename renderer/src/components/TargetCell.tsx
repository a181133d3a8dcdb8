import { useRef } from 'react';
import type { CellT, GridCellT, TargetLangT } from '../../../core/api/contract.ts';
import { useT, type MessageKey } from '../i18n/index.ts';
import { QaMarker } from './QaMarker.tsx';
import { ReviewButton, ReviewDiff } from './ReviewDiff.tsx';
import { SimplifiedDraft } from './SimplifiedDraft.tsx';
import { StaleNotice } from './StaleNotice.tsx';
import { TraditionalLeft } from './TraditionalLeft.tsx';

export const STATUS_LABEL: Record<CellT['status'], MessageKey> = {
  empty: 'statusEmpty',
  auto: 'statusAuto',
  draft: 'statusDraft',
  translated: 'statusTranslated',
  reviewed: 'statusReviewed',
};
const STATUS_ICON: Record<CellT['status'], string> = { empty: '○', auto: '⚙', draft: '✎', translated: '✓', reviewed: '✔✔' };

interface Props {
  paragraphId: number;
  position: number;
  lang: TargetLangT;
  cell: GridCellT;
  /** The paragraph's source, from which the Simplified draft is made. */
  source: string;
  /** In the active row the Simplified cell shows its draft highlights and the live check. */
  active: boolean;
  onFocus: (paragraphId: number, lang: TargetLangT) => void;
  onEdit: (paragraphId: number, lang: TargetLangT, text: string, save: boolean) => void;
  onConfirm: (paragraphId: number, lang: TargetLangT, reviewed?: boolean) => void;
}

/**
 * One editable target cell. While an input method is composing (compositionstart to
 * compositionend) the text is shown but not saved, so a half-typed syllable never is.
 */
export function TargetCell({ paragraphId, position, lang, cell, source, active, onFocus, onEdit, onConfirm }: Props) {
  const t = useT();
  const composing = useRef(false);
  const label = lang === 'en' ? t('columnEnglish') : t('columnSimplified');
  const simplifiedAids = lang === 'zh-Hans' && active;
  return (
    <div className={`cell target status-${cell.status}`}>
      <textarea
        lang={lang}
        value={cell.text}
        aria-label={`${label}, ${position + 1}`}
        data-testid={`target-${lang}`}
        // Chromium's spellchecker is off in the app (it downloads dictionaries); the QA tab checks English spelling.
        spellCheck={false}
        onChange={(event) => onEdit(paragraphId, lang, event.target.value, !composing.current)}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(event) => {
          composing.current = false;
          onEdit(paragraphId, lang, event.currentTarget.value, true);
        }}
        onFocus={() => onFocus(paragraphId, lang)}
      />
      <ReviewDiff paragraphId={paragraphId} lang={lang} text={cell.text} />
      {simplifiedAids && <TraditionalLeft text={cell.text} />}
      <StaleNotice paragraphId={paragraphId} lang={lang} cell={cell} />
      <div className="cell-footer">
        <span className="status" data-testid={`status-${lang}`}>
          <span aria-hidden="true">{STATUS_ICON[cell.status]} </span>
          {t(STATUS_LABEL[cell.status])}
        </span>
        <QaMarker paragraphId={paragraphId} lang={lang} />
        <button
          type="button"
          className="confirm"
          onClick={() => onConfirm(paragraphId, lang)}
          title={t('confirmTitle')}
          disabled={cell.text.trim() === ''}
        >
          ✓ {t('confirm')}
        </button>
        <ReviewButton status={cell.status} disabled={cell.text.trim() === ''} onReview={() => onConfirm(paragraphId, lang, true)} />
      </div>
      {simplifiedAids && <SimplifiedDraft paragraphId={paragraphId} source={source} text={cell.text} />}
    </div>
  );
}
