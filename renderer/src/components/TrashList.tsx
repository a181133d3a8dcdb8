import { useT } from '../i18n/index.ts';

interface Props {
  trash: readonly { id: number; title: string; deletedAt: string }[];
  onRestore: (id: number) => void;
}

/** Deleted documents, restorable for 30 days. */
export function TrashList({ trash, onRestore }: Props) {
  const t = useT();
  if (trash.length === 0) return null;
  return (
    <details className="trash">
      <summary>{t('trash', { n: trash.length })}</summary>
      <p className="hint">{t('trashHint')}</p>
      <ul>
        {trash.map((doc) => (
          <li key={doc.id}>
            <span lang="zh-Hant">{doc.title}</span>{' '}
            <button type="button" onClick={() => onRestore(doc.id)}>
              {t('restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
