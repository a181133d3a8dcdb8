import { useState } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  doc: DocumentSummaryT;
  active: boolean;
  onOpen: (id: number) => void;
  onRename: (id: number, title: string) => void;
  onDelete: (id: number) => void;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** One document in the sidebar: open it, rename it in place, or move it to the trash after a confirmation. */
export function DocumentItem({ doc, active, onOpen, onRename, onDelete }: Props) {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [title, setTitle] = useState(doc.title);

  if (mode === 'rename') {
    return (
      <form
        className="document-edit"
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim() !== '') onRename(doc.id, title.trim());
          setMode('view');
        }}
      >
        <input value={title} onChange={(e) => setTitle(e.target.value)} aria-label={t('rename')} autoFocus lang="zh-Hant" />
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={() => setMode('view')}>
          {t('cancel')}
        </button>
      </form>
    );
  }
  return (
    <div className="document-item">
      <button
        type="button"
        className={active ? 'document active' : 'document'}
        aria-current={active ? 'page' : undefined}
        onClick={() => onOpen(doc.id)}
      >
        <span className="title" lang="zh-Hant">{doc.title}</span>
        <progress max={doc.paragraphCount * 2} value={doc.confirmed.en + doc.confirmed['zh-Hans']} />
        <span className="meta">
          {doc.paragraphCount} {t('paragraphsShort')} · EN {percent(doc.confirmed.en, doc.paragraphCount)}% · 简{' '}
          {percent(doc.confirmed['zh-Hans'], doc.paragraphCount)}%
        </span>
      </button>
      {mode === 'delete' ? (
        <div className="document-confirm" role="alert">
          {t('deleteConfirm')}{' '}
          <button type="button" onClick={() => onDelete(doc.id)}>
            {t('yes')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('no')}
          </button>
        </div>
      ) : (
        <div className="document-actions">
          <button type="button" onClick={() => setMode('rename')} title={t('rename')} aria-label={`${t('rename')} ${doc.title}`}>
            ✎
          </button>
          <button type="button" onClick={() => setMode('delete')} title={t('delete')} aria-label={`${t('delete')} ${doc.title}`}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
