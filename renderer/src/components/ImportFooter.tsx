import { useT } from '../i18n/index.ts';
import type { ImportPreviewState } from '../hooks/useImportPreview.ts';

interface Props {
  state: ImportPreviewState;
  onClose: () => void;
  onImport: () => void;
}

/** Cancel and Import; Import waits for a preview of exactly what will be imported. */
export function ImportFooter({ state, onClose, onImport }: Props) {
  const t = useT();
  return (
    <div className="dialog-buttons">
      <button type="button" onClick={onClose}>
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
  );
}
