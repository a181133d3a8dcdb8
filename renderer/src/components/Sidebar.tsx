import type { ChangeEvent } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';

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
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onImport(file);
    event.target.value = '';
  };
  return (
    <nav className="sidebar" aria-label="Documents">
      <h1 className="brand">Bilingual Workbench</h1>
      <label className="button import">
        Import text…
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
              <span className="meta">
                {doc.paragraphCount} ¶ · EN {percent(doc.confirmed.en, doc.paragraphCount)}% · 简 {percent(doc.confirmed['zh-Hans'], doc.paragraphCount)}%
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
