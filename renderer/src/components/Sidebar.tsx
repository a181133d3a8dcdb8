import type { ChangeEvent } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { ProjectSummaryT } from '../../../core/api/project-schemas.ts';
import type { ProjectActions } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';
import { IMPORT_ACCEPT } from './ImportDialog.tsx';
import { ProjectTree } from './ProjectTree.tsx';
import { TrashList } from './TrashList.tsx';

interface Props {
  documents: DocumentSummaryT[];
  projects: ProjectSummaryT[];
  projectActions: ProjectActions;
  activeId: number | null;
  trash: readonly { id: number; title: string; deletedAt: string }[];
  onOpen: (id: number) => void;
  onImport: (file: File) => void;
  onPaste: () => void;
  onRename: (id: number, title: string) => void;
  onDelete: (id: number) => void;
  onRestore: (id: number) => void;
  onBackups: () => void;
  /** Counts File ▸ New project… commands; each one opens the new-project form. */
  newProjectRequests: number;
}

export function Sidebar({ documents, projects, projectActions, activeId, trash, onOpen, onImport, onPaste, onRename, onDelete, onRestore, onBackups, newProjectRequests }: Props) {
  const t = useT();
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onImport(file);
    event.target.value = '';
  };
  return (
    <nav className="sidebar" aria-label={t('documents')}>
      <h1 className="brand">{t('appName')}</h1>
      <div className="import-buttons">
        <label className="button import">
          {t('importFileButton')}
          <input type="file" accept={IMPORT_ACCEPT} onChange={pick} data-testid="import-file" />
        </label>
        <button type="button" className="button paste" onClick={onPaste} data-testid="paste-open">
          {t('pasteTextButton')}
        </button>
      </div>
      <ProjectTree
        projects={projects}
        documents={documents}
        activeId={activeId}
        actions={projectActions}
        newProjectRequests={newProjectRequests}
        onOpen={onOpen}
        onRename={onRename}
        onDelete={onDelete}
      />
      <TrashList trash={trash} onRestore={onRestore} />
      <button type="button" className="backups-open" onClick={onBackups} data-testid="backups-open">
        {t('backupsButton')}
      </button>
    </nav>
  );
}
