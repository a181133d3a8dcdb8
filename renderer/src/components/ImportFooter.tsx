import { useT } from '../i18n/index.ts';
import type { ImportPreviewState } from '../hooks/useImportPreview.ts';
import { JobProgress } from './JobProgress.tsx';

interface Props {
  state: ImportPreviewState;
  onClose: () => void;
  onImport: () => void;
}

/** Cancel and Import, and the import's progress; Import waits for a preview of exactly what will be imported. */
export function ImportFooter({ state, onClose, onImport }: Props) {
  const t = useT();
  return (
    <>
      {state.cancelled && <p role="status">{t('jobCancelled')}</p>}
      <JobProgress job={state.job} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={state.importing}>
          {t('importCancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={onImport}
          disabled={!state.preview || state.busy || state.importing}
          data-testid="import-confirm"
        >
          {state.importing ? t('importing') : t('importButton')}
        </button>
      </div>
    </>
  );
}
