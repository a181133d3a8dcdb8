import { useEffect, useState } from 'react';
import type { RevisionT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/index.ts';
import { STATUS_LABEL } from './TargetCell.tsx';

interface Props {
  cell: { paragraphId: number; lang: TargetLangT } | null;
  /** Changes whenever the cell is saved, so the list follows the edits. */
  version: string;
  onRestore: (revisionId: number) => void;
}

/** The active cell's editing sessions, newest first, each restorable. */
export function HistoryPanel({ cell, version, onRestore }: Props) {
  const t = useT();
  const [revisions, setRevisions] = useState<RevisionT[]>([]);
  useEffect(() => {
    if (!cell) return;
    let current = true;
    void api.listRevisions(cell).then((list) => current && setRevisions(list));
    return () => {
      current = false;
    };
  }, [cell, version]);
  if (!cell) return <p className="hint">{t('historyHint')}</p>;
  if (revisions.length === 0) return <p className="hint">{t('historyNone')}</p>;
  return (
    <ol className="revisions">
      {revisions.map((revision, index) => (
        <li key={revision.id} className="revision" data-testid="revision">
          <div className="match-head">
            <time dateTime={revision.updatedAt}>{revision.updatedAt.replace('T', ' ').slice(0, 16)}</time>
            <span>{t(STATUS_LABEL[revision.status])}</span>
          </div>
          <p lang={revision.lang} className="revision-text">{revision.text || '—'}</p>
          {index > 0 && (
            <button type="button" onClick={() => onRestore(revision.id)}>
              {t('historyRestore')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
