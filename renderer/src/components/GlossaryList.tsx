import { useState } from 'react';
import type { GlossaryEntryT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  entries: readonly GlossaryEntryT[];
  onEdit: (entry: GlossaryEntryT) => void;
  onDelete: (entry: GlossaryEntryT) => void;
}

const matches = (entry: GlossaryEntryT, needle: string) =>
  needle === '' || [entry.zhHant, entry.en, entry.zhHans, entry.notes].some((text) => text.toLowerCase().includes(needle));

function GlossaryRow({ entry, onEdit, onDelete }: { entry: GlossaryEntryT; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={entry.forbidden ? 'glossary-entry forbidden' : 'glossary-entry'} data-testid="glossary-entry">
      <div className="glossary-terms">
        <span lang="zh-Hant">{entry.zhHant}</span>
        {entry.forbidden && <span className="badge">{t('glossaryForbidden')}</span>}
        <span className="glossary-targets">{t('glossaryTargets', { en: entry.en || '—', zhHans: entry.zhHans || '—' })}</span>
        {entry.notes && <span className="glossary-notes">{entry.notes}</span>}
      </div>
      {confirming ? (
        <div className="qa-actions">
          <span>{t('glossaryDeleteConfirm', { term: entry.zhHant })}</span>
          <button type="button" className="danger" autoFocus onClick={onDelete}>
            {t('glossaryDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('qaCancel')}
          </button>
        </div>
      ) : (
        <div className="qa-actions glossary-row-actions">
          <button type="button" onClick={onEdit}>
            {t('glossaryEdit')}
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            {t('glossaryDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Every term that applies to the open project (its own and the global ones), filterable. */
export function GlossaryList({ entries, onEdit, onDelete }: Props) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = entries.filter((entry) => matches(entry, needle));
  return (
    <div className="glossary-manager">
      <input type="search" value={filter} aria-label={t('glossaryFilter')} placeholder={t('glossaryFilter')} onChange={(event) => setFilter(event.target.value)} />
      <span className="hint">{t('glossaryCount', { shown: shown.length, total: entries.length })}</span>
      <ul className="glossary-list">
        {shown.map((entry) => (
          <GlossaryRow key={entry.id} entry={entry} onEdit={() => onEdit(entry)} onDelete={() => onDelete(entry)} />
        ))}
      </ul>
    </div>
  );
}
