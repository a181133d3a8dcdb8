import type { HistoryActionT } from '../../../core/api/history-schemas.ts';
import type { HistoryReport } from '../hooks/useDocumentHistory.ts';
import { useT, type MessageKey, type Translate } from '../i18n/index.ts';

const ACTION_LABEL: Record<HistoryActionT, MessageKey> = {
  edit: 'docHistoryActionEdit',
  confirm: 'docHistoryActionConfirm',
  review: 'docHistoryActionReview',
  restore: 'docHistoryActionRestore',
};

/** "Undid edit in ¶12 English", in the interface language of the moment. */
function describe({ direction, outcome }: HistoryReport, t: Translate): string {
  if (outcome.result === 'nothing') return t(direction === 'undo' ? 'docHistoryNothingToUndo' : 'docHistoryNothingToRedo');
  const { position, lang, action } = outcome.step;
  const values = { what: t(ACTION_LABEL[action]), n: position + 1, column: t(lang === 'en' ? 'columnEnglish' : 'columnSimplified') };
  if (outcome.result === 'stale') return t('docHistoryStale', values);
  return t(direction === 'undo' ? 'docHistoryUndid' : 'docHistoryRedid', values);
}

interface Props {
  onUndo: () => void;
  onRedo: () => void;
  /** The keys bound to undo and redo, shown in the buttons' tooltips. */
  undoKeys: string;
  redoKeys: string;
  report: HistoryReport | null;
}

/** Undo and redo of the document's cell changes, and what the last one did. */
export function HistoryControls({ onUndo, onRedo, undoKeys, redoKeys, report }: Props) {
  const t = useT();
  return (
    <span className="doc-history" role="group" aria-label={t('docHistory')}>
      <button type="button" onClick={onUndo} title={t('docHistoryUndoTitle', { keys: undoKeys })} data-testid="undo-edit">
        ↶ {t('docHistoryUndo')}
      </button>
      <button type="button" onClick={onRedo} title={t('docHistoryRedoTitle', { keys: redoKeys })} data-testid="redo-edit">
        ↷ {t('docHistoryRedo')}
      </button>
      <span className="doc-history-report" role="status" data-testid="history-report">
        {report && describe(report, t)}
      </span>
    </span>
  );
}
