import { useRef } from 'react';
import type { CellT, TargetLangT } from '../../../core/api/contract.ts';
import { useT, type MessageKey } from '../i18n/index.ts';

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
  cell: CellT;
  onFocus: (paragraphId: number, lang: TargetLangT) => void;
  onEdit: (paragraphId: number, lang: TargetLangT, text: string, save: boolean) => void;
  onConfirm: (paragraphId: number, lang: TargetLangT) => void;
}

/**
 * One editable target cell. While an input method is composing (compositionstart to
 * compositionend) the text is shown but not saved, so a half-typed syllable never is.
 */
export function TargetCell({ paragraphId, position, lang, cell, onFocus, onEdit, onConfirm }: Props) {
  const t = useT();
  const composing = useRef(false);
  const label = lang === 'en' ? t('columnEnglish') : t('columnSimplified');
  return (
    <div className={`cell target status-${cell.status}`}>
      <textarea
        lang={lang}
        value={cell.text}
        aria-label={`${label}, ${position + 1}`}
        data-testid={`target-${lang}`}
        spellCheck={lang === 'en'}
        onChange={(event) => onEdit(paragraphId, lang, event.target.value, !composing.current)}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(event) => {
          composing.current = false;
          onEdit(paragraphId, lang, event.currentTarget.value, true);
        }}
        onFocus={() => onFocus(paragraphId, lang)}
      />
      <div className="cell-footer">
        <span className="status" data-testid={`status-${lang}`}>
          <span aria-hidden="true">{STATUS_ICON[cell.status]} </span>
          {t(STATUS_LABEL[cell.status])}
        </span>
        <button
          type="button"
          className="confirm"
          onClick={() => onConfirm(paragraphId, lang)}
          title={t('confirmTitle')}
          disabled={cell.text.trim() === ''}
        >
          ✓ {t('confirm')}
        </button>
      </div>
    </div>
  );
}
