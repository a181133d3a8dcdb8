import { useState } from 'react';
import type { VocabularyEntryT } from '../../../core/api/contract.ts';
import type { VocabularyInput } from '../hooks/useVocabulary.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  /** The entry being edited; absent when adding. */
  entry?: VocabularyEntryT;
  /** The open document's project; null when no document is open (global entries only). */
  projectId: number | null;
  onSave: (input: VocabularyInput) => Promise<void>;
  onCancel: () => void;
}

/** Adds or edits one phrase pair. An entry keeps its scope; a new one is global or the project's own. */
export function VocabularyForm({ entry, projectId, onSave, onCancel }: Props) {
  const t = useT();
  const [traditional, setTraditional] = useState(entry?.traditional ?? '');
  const [simplified, setSimplified] = useState(entry?.simplified ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [scope, setScope] = useState<number | null>(entry?.projectId ?? null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ready = !saving && traditional.trim() !== '' && simplified.trim() !== '';

  const submit = async () => {
    if (!ready) return;
    setSaving(true);
    setError(null);
    try {
      await onSave({ id: entry?.id, projectId: scope, traditional, simplified, note });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };

  return (
    <div
      className="vocab-form"
      data-testid="vocab-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
        const inField = event.target instanceof HTMLInputElement;
        if (event.key === 'Enter' && inField && !event.nativeEvent.isComposing) void submit();
      }}
    >
      <label>
        {t('vocabTraditional')}
        <input lang="zh-Hant" value={traditional} autoFocus onChange={(e) => setTraditional(e.target.value)} />
      </label>
      <label>
        {t('vocabSimplified')}
        <input lang="zh-Hans" value={simplified} onChange={(e) => setSimplified(e.target.value)} />
      </label>
      <label>
        {t('vocabNote')}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {!entry && (
        <label>
          {t('vocabScope')}
          <select value={scope ?? ''} onChange={(e) => setScope(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{t('vocabScopeGlobal')}</option>
            {projectId !== null && <option value={projectId}>{t('vocabScopeProject')}</option>}
          </select>
        </label>
      )}
      {error && (
        <p className="vocab-error" role="alert">
          {error}
        </p>
      )}
      <div className="vocab-form-buttons">
        <button type="button" className="primary" disabled={!ready} onClick={() => void submit()}>
          {t('vocabSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('vocabCancel')}
        </button>
      </div>
    </div>
  );
}
