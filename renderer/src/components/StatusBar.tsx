import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { SaveState } from '../save-queue.ts';

interface Props {
  document: DocumentSummaryT | null;
  saveState: SaveState;
  onRetry: () => void;
}

const SAVE_LABEL = { saved: 'All changes saved', saving: 'Saving…', error: 'Not saved' } as const;

export function StatusBar({ document, saveState, onRetry }: Props) {
  return (
    <footer className="status-bar">
      {document && (
        <span>
          English {document.confirmed.en}/{document.paragraphCount} confirmed · 简体中文 {document.confirmed['zh-Hans']}/
          {document.paragraphCount} confirmed
        </span>
      )}
      <span className={`save-state ${saveState.kind}`} role="status" data-testid="save-state">
        {SAVE_LABEL[saveState.kind]}
        {saveState.kind === 'error' && (
          <>
            : {saveState.message}{' '}
            <button type="button" onClick={onRetry}>Retry</button>
          </>
        )}
      </span>
    </footer>
  );
}
