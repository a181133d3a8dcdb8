import { useState } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { ProjectSummaryT } from '../../../core/api/project-schemas.ts';
import { useFocusOnClose } from '../hooks/useFocusOnClose.ts';
import { useT } from '../i18n/index.ts';
import { Confirmation } from './Confirmation.tsx';
import { InlineNameForm } from './InlineNameForm.tsx';
import { MoveDocumentForm } from './MoveDocumentForm.tsx';
import { ProgressSummary } from './ProgressSummary.tsx';

interface Props {
  doc: DocumentSummaryT;
  active: boolean;
  /** The other projects, where the document can be moved. */
  moveTargets: readonly ProjectSummaryT[];
  onOpen: (id: number) => void;
  onRename: (id: number, title: string) => void;
  onDelete: (id: number) => void;
  onMove: (id: number, projectId: number) => void;
}

/** One document in the sidebar: open it, rename it in place, move it to another project, or move it to the trash after a confirmation. */
export function DocumentItem({ doc, active, moveTargets, onOpen, onRename, onDelete, onMove }: Props) {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'rename' | 'move' | 'delete'>('view');
  const opener = useFocusOnClose<HTMLButtonElement>(mode !== 'view');
  const close = () => setMode('view');

  if (mode === 'rename') {
    return (
      <InlineNameForm
        className="document-edit"
        initial={doc.title}
        label={t('rename')}
        maxLength={500}
        onSubmit={(title) => {
          onRename(doc.id, title);
          close();
        }}
        onCancel={close}
      />
    );
  }
  return (
    <div className="document-item">
      <button
        ref={opener}
        type="button"
        className={active ? 'document active' : 'document'}
        aria-current={active ? 'page' : undefined}
        onClick={() => onOpen(doc.id)}
      >
        <span className="title" lang="zh-Hant">{doc.title}</span>
        <ProgressSummary count={`${doc.paragraphCount} ${t('paragraphsShort')}`} paragraphCount={doc.paragraphCount} confirmed={doc.confirmed} />
      </button>
      {mode === 'move' && <MoveDocumentForm targets={moveTargets} onMove={(projectId) => onMove(doc.id, projectId)} onCancel={close} />}
      {mode === 'delete' && <Confirmation message={t('deleteConfirm')} onConfirm={() => onDelete(doc.id)} onCancel={close} />}
      {mode === 'view' && (
        <div className="document-actions">
          <button type="button" onClick={() => setMode('rename')} title={t('rename')} aria-label={`${t('rename')} ${doc.title}`}>
            ✎
          </button>
          {moveTargets.length > 0 && (
            <button type="button" onClick={() => setMode('move')} title={t('moveTo')} aria-label={t('moveDocument', { title: doc.title })} data-testid="move-document">
              ⇄
            </button>
          )}
          <button type="button" onClick={() => setMode('delete')} title={t('delete')} aria-label={`${t('delete')} ${doc.title}`}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
