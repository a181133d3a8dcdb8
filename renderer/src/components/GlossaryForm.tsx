import { useState } from 'react';
import type { TermDraft } from '../hooks/useTerminology.ts';
import { useT, type MessageKey } from '../i18n/index.ts';

interface Props {
  initial: TermDraft;
  /** The open document's project, which a term can be limited to; null when none is open. */
  projectId: number | null;
  onSave: (term: TermDraft) => Promise<void>;
  onCancel: () => void;
}

const TEXT_FIELDS: readonly { name: 'zhHant' | 'en' | 'zhHans' | 'partOfSpeech' | 'notes'; label: MessageKey; lang?: string }[] = [
  { name: 'zhHant', label: 'glossaryZhHant', lang: 'zh-Hant' },
  { name: 'en', label: 'glossaryEn', lang: 'en' },
  { name: 'zhHans', label: 'glossaryZhHans', lang: 'zh-Hans' },
  { name: 'partOfSpeech', label: 'glossaryPos' },
  { name: 'notes', label: 'glossaryNotes' },
];

/** Adds a term (prefilled by quick add) or edits one. */
export function GlossaryForm({ initial, projectId, onSave, onCancel }: Props) {
  const t = useT();
  const [term, setTerm] = useState(initial);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<TermDraft>) => setTerm((current) => ({ ...current, ...change }));
  return (
    <form
      className="glossary-form"
      data-testid="glossary-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void onSave(term).finally(() => setSaving(false));
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2>{t(term.id === undefined ? 'glossaryAddTerm' : 'glossaryEditTerm')}</h2>
      {TEXT_FIELDS.map(({ name, label, lang }, index) => (
        <label key={name}>
          {t(label)}
          <input
            lang={lang}
            value={term[name]}
            required={name === 'zhHant'}
            maxLength={name === 'notes' ? 2000 : 200}
            autoFocus={index === (initial.zhHant === '' ? 0 : 1)}
            onChange={(event) => set({ [name]: event.target.value })}
          />
        </label>
      ))}
      <label className="check">
        <input type="checkbox" checked={term.forbidden} onChange={(event) => set({ forbidden: event.target.checked })} />
        {t('glossaryForbiddenLabel')}
      </label>
      {projectId !== null && (
        <label className="check">
          <input type="checkbox" checked={term.projectOnly} onChange={(event) => set({ projectOnly: event.target.checked })} />
          {t('glossaryScopeProject')}
        </label>
      )}
      <div className="qa-actions">
        <button type="submit" className="primary" disabled={saving || term.zhHant.trim() === ''}>
          {t('glossarySave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('qaCancel')}
        </button>
      </div>
    </form>
  );
}
