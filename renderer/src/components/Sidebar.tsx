import type { ChangeEvent } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  documents: DocumentSummaryT[];
  activeId: number | null;
  onOpen: (id: number) => void;
  onImport: (file: File) => void;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

export function Sidebar({ documents, activeId, onOpen, onImport }: Props) {
  const t = useT();
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onImport(file);
    event.target.value = '';
  };
  return (
    <nav className="sidebar" aria-label={t('documents')}>
      <h1 className="brand">{t('appName')}</h1>
      <label className="button import">
        {t('importText')}
        <input type="file" accept=".txt,text/plain" onChange={pick} data-testid="import-file" />
      </label>
      <ul className="documents">
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className={doc.id === activeId ? 'document active' : 'document'}
              aria-current={doc.id === activeId ? 'page' : undefined}
              onClick={() => onOpen(doc.id)}
            >
              <span className="title" lang="zh-Hant">{doc.title}</span>
              <progress max={doc.paragraphCount * 2} value={doc.confirmed.en + doc.confirmed['zh-Hans']} />
              <span className="meta">
                {doc.paragraphCount} {t('paragraphsShort')} · EN {percent(doc.confirmed.en, doc.paragraphCount)}% · 简 {percent(doc.confirmed['zh-Hans'], doc.paragraphCount)}%
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
