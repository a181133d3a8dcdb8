import type { GridCellT, TargetLangT } from '../../../core/api/contract.ts';
import { useSimplifiedActions } from '../hooks/useSimplifiedActions.ts';
import { useT, type MessageKey } from '../i18n/index.ts';

const REASON: Record<NonNullable<GridCellT['staleReason']>, MessageKey> = {
  source: 'staleSource',
  variant: 'staleVariant',
  vocabulary: 'staleVocabulary',
};

interface Props {
  paragraphId: number;
  lang: TargetLangT;
  cell: GridCellT;
}

/**
 * Under a cell a person wrote whose basis changed: why, and what to do about it. Only a
 * Simplified cell can be reconverted (there is no machine draft of the English). After a
 * reconvert the previous text can be put back while the cell still holds the new draft.
 */
export function StaleNotice({ paragraphId, lang, cell }: Props) {
  const t = useT();
  const actions = useSimplifiedActions();
  if (cell.staleReason) {
    return (
      <div className="stale-notice" data-testid={`stale-${lang}`}>
        <span className="stale-reason">
          <span aria-hidden="true">⚠ </span>
          {t(REASON[cell.staleReason])}
        </span>
        <span className="stale-actions">
          {lang === 'zh-Hans' && (
            <button type="button" title={t('staleReconvertTitle')} onClick={() => actions.reconvert(paragraphId)}>
              {t('staleReconvert')}
            </button>
          )}
          <button type="button" title={t('staleKeepMineTitle')} onClick={() => actions.keepMine(paragraphId, lang)}>
            {t('staleKeepMine')}
          </button>
        </span>
      </div>
    );
  }
  // Typing into the reconverted draft makes it a draft (and the backend refuses the undo).
  if (lang === 'zh-Hans' && cell.canUndoReconvert && cell.status === 'auto') {
    return (
      <div className="stale-notice reconverted" data-testid="reconverted">
        <span className="stale-reason">{t('reconvertDone')}</span>
        <span className="stale-actions">
          <button type="button" onClick={() => actions.undoReconvert(paragraphId)}>
            {t('reconvertUndo')}
          </button>
        </span>
      </div>
    );
  }
  return null;
}
