import { useState } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { ProjectSummaryT } from '../../../core/api/project-schemas.ts';
import { useFocusOnClose } from '../hooks/useFocusOnClose.ts';
import type { ProjectActions } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';
import { DocumentItem } from './DocumentItem.tsx';
import { Confirmation } from './Confirmation.tsx';
import { InlineNameForm } from './InlineNameForm.tsx';
import { ProgressSummary } from './ProgressSummary.tsx';

export interface DocumentHandlers {
  onOpen: (id: number) => void;
  onRename: (id: number, title: string) => void;
  onDelete: (id: number) => void;
}

interface Props {
  project: ProjectSummaryT;
  documents: readonly DocumentSummaryT[];
  /** The other projects, where its documents can be moved. */
  others: readonly ProjectSummaryT[];
  activeId: number | null;
  expanded: boolean;
  onToggle: (projectId: number) => void;
  actions: ProjectActions;
  handlers: DocumentHandlers;
}

/** One project in the sidebar: a disclosure button with its progress, rename, delete when empty, and its documents. */
export function ProjectGroup({ project, documents, others, activeId, expanded, onToggle, actions, handlers }: Props) {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const toggle = useFocusOnClose<HTMLButtonElement>(mode !== 'view');
  const close = () => setMode('view');
  const listId = `project-${project.id}-documents`;
  const count = project.documentCount === 1 ? t('projectOneDocument') : t('projectDocuments', { n: project.documentCount });

  return (
    <li className="project" data-testid="project" data-project-id={project.id}>
      {mode === 'rename' ? (
        <InlineNameForm
          className="project-edit"
          initial={project.name}
          label={t('projectName')}
          maxLength={200}
          onSubmit={(name) => {
            actions.rename(project.id, name);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <div className="project-header">
          <button ref={toggle} type="button" className="project-toggle" aria-expanded={expanded} aria-controls={listId} onClick={() => onToggle(project.id)}>
            <span className="project-name">
              <span className="chevron" aria-hidden="true">
                {expanded ? '▾' : '▸'}
              </span>
              <span lang="zh-Hant">{project.name}</span>
              <span className="project-count">
                <span aria-hidden="true">{project.documentCount}</span>
                <span className="visually-hidden">{count}</span>
              </span>
            </span>
            <ProgressSummary paragraphCount={project.paragraphCount} confirmed={project.confirmed} />
          </button>
          {mode === 'view' && (
            <div className="project-actions">
              <button type="button" onClick={() => setMode('rename')} title={t('rename')} aria-label={t('renameProject', { name: project.name })}>
                ✎
              </button>
              {project.documentCount === 0 && (
                <button type="button" onClick={() => setMode('delete')} title={t('delete')} aria-label={t('deleteProject', { name: project.name })}>
                  ✕
                </button>
              )}
            </div>
          )}
        </div>
      )}
      {mode === 'delete' && <Confirmation message={t('deleteProjectConfirm')} onConfirm={() => actions.remove(project.id)} onCancel={close} />}
      <ul id={listId} className="project-documents" hidden={!expanded}>
        {documents.length === 0 && <li className="project-empty">{t('projectEmpty')}</li>}
        {documents.map((doc) => (
          <li key={doc.id}>
            <DocumentItem doc={doc} active={doc.id === activeId} moveTargets={others} onMove={actions.move} {...handlers} />
          </li>
        ))}
      </ul>
    </li>
  );
}
