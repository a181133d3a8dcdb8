import { useCallback, useMemo, useState } from 'react';
import type { VocabularyEntryT } from '../../../core/api/contract.ts';
import { useVocabulary, type Refresh, type VocabularyInput } from '../hooks/useVocabulary.ts';
import { useT } from '../i18n/index.ts';
import { VocabularyForm } from './VocabularyForm.tsx';

interface Props {
  /** The open document's project; null when none is open. */
  projectId: number | null;
  /** Drafts may have changed: the open document is read again. */
  onChanged: () => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A person's own entries first, newest on top, then the starter list in its reviewed order. */
function ordered(entries: readonly VocabularyEntryT[]): VocabularyEntryT[] {
  const own = entries.filter((e) => e.origin === 'user').sort((a, b) => b.id - a.id);
  return [...own, ...entries.filter((e) => e.origin === 'starter')];
}

function matches(entry: VocabularyEntryT, needle: string): boolean {
  return needle === '' || [entry.traditional, entry.simplified, entry.note].some((text) => text.toLowerCase().includes(needle));
}

interface EntryProps {
  entry: VocabularyEntryT;
  /** A global entry the project has its own entry for, which applies instead. */
  overridden: boolean;
  onToggle: (enabled: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

function VocabularyEntry({ entry, overridden, onToggle, onEdit, onDelete }: EntryProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={entry.enabled ? 'vocab-entry' : 'vocab-entry off'} data-testid="vocab-entry">
      <div className="vocab-head">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          checked={entry.enabled}
          aria-label={t('vocabUse', { phrase: `${entry.traditional} → ${entry.simplified}` })}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span className="vocab-pair">
          <span lang="zh-Hant">{entry.traditional}</span>
          <span className="arrow" aria-hidden="true"> → </span>
          <span lang="zh-Hans">{entry.simplified}</span>
        </span>
        {!confirming && (
          <span className="vocab-actions">
            <button type="button" onClick={onEdit}>
              {t('vocabEdit')}
            </button>
            <button type="button" onClick={() => setConfirming(true)}>
              {t('vocabDelete')}
            </button>
          </span>
        )}
      </div>
      {confirming && (
        <div className="vocab-confirm" role="group">
          <span>{t('vocabDeleteConfirm', { phrase: entry.traditional })}</span>
          <button type="button" className="danger" autoFocus onClick={onDelete}>
            {t('vocabDeleteYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('vocabCancel')}
          </button>
        </div>
      )}
      <div className="vocab-meta">
        <span className="badge">{t(entry.projectId === null ? 'vocabBadgeGlobal' : 'vocabBadgeProject')}</span>
        <span className="badge">{t(entry.origin === 'starter' ? 'vocabBadgeStarter' : 'vocabBadgeUser')}</span>
        {overridden && <span className="vocab-overridden">{t('vocabOverridden')}</span>}
        {entry.note && <span className="vocab-note">{entry.note}</span>}
      </div>
    </li>
  );
}

/**
 * The vocabulary layer: phrase pairs replaced before OpenCC converts the rest. Every change
 * redrafts the automatic cells it affects and flags the cells a person wrote.
 */
export function VocabularyPanel({ projectId, onChanged }: Props) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const changed = useCallback(
    (refresh: Refresh) => {
      setReport(t('vocabRefreshed', refresh));
      onChanged();
    },
    [onChanged, t],
  );
  const { entries, loadError, save, setEnabled, remove } = useVocabulary(projectId, changed);

  const list = useMemo(() => ordered(entries ?? []), [entries]);
  const needle = filter.trim().toLowerCase();
  const shown = list.filter((entry) => matches(entry, needle));
  const ownPhrases = useMemo(() => new Set(list.filter((e) => e.projectId !== null).map((e) => e.traditional)), [list]);

  const attempt = (work: () => Promise<void>) => {
    setError(null);
    work().catch((failure: unknown) => setError(message(failure)));
  };
  const saveAndClose = async (input: VocabularyInput) => {
    await save(input);
    setAdding(false);
    setEditingId(null);
  };

  if (loadError) return <p className="vocab-error" role="alert">{loadError}</p>;
  if (!entries) return <p className="hint">{t('loading')}</p>;
  return (
    <section className="vocabulary" aria-label={t('vocabTitle')}>
      <p className="hint">{t('vocabIntro')}</p>
      <div className="vocab-tools">
        <input type="search" value={filter} placeholder={t('vocabFilter')} aria-label={t('vocabFilter')} onChange={(e) => setFilter(e.target.value)} />
        <span className="vocab-count">{t('vocabCount', { shown: shown.length, total: list.length })}</span>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            + {t('vocabAdd')}
          </button>
        )}
      </div>
      {adding && <VocabularyForm projectId={projectId} onSave={saveAndClose} onCancel={() => setAdding(false)} />}
      <p className="vocab-report" role="status">
        {report}
      </p>
      {error && (
        <p className="vocab-error" role="alert">
          {error}
        </p>
      )}
      {shown.length === 0 && <p className="hint">{t('vocabNone')}</p>}
      <ul className="vocab-list">
        {shown.map((entry) =>
          entry.id === editingId ? (
            <li key={entry.id} className="vocab-entry">
              <VocabularyForm entry={entry} projectId={projectId} onSave={saveAndClose} onCancel={() => setEditingId(null)} />
            </li>
          ) : (
            <VocabularyEntry
              key={entry.id}
              entry={entry}
              overridden={entry.projectId === null && ownPhrases.has(entry.traditional)}
              onToggle={(enabled) => attempt(() => setEnabled(entry.id, enabled))}
              onEdit={() => setEditingId(entry.id)}
              onDelete={() => attempt(() => remove(entry.id))}
            />
          ),
        )}
      </ul>
    </section>
  );
}
