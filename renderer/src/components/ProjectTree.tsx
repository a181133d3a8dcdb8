import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { ProjectSummaryT } from '../../../core/api/project-schemas.ts';
import { useFocusOnClose } from '../hooks/useFocusOnClose.ts';
import { usePreference } from '../hooks/usePreference.ts';
import type { ProjectActions } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';
import { InlineNameForm } from './InlineNameForm.tsx';
import { ProjectGroup, type DocumentHandlers } from './ProjectGroup.tsx';
import './projects.css';

interface Props extends DocumentHandlers {
  projects: readonly ProjectSummaryT[];
  documents: readonly DocumentSummaryT[];
  activeId: number | null;
  actions: ProjectActions;
  newProjectRequests: number;
}

/** The collapsed projects, remembered between sessions; opening a document (an import, a restore) opens its project. */
function useCollapsed(activeProjectId: number | undefined) {
  const [stored, setStored] = usePreference<string>('collapsedProjects', '');
  const collapsed = useMemo(() => new Set(stored.split(',').filter(Boolean).map(Number)), [stored]);
  const toggle = (projectId: number) => {
    const next = new Set(collapsed);
    if (!next.delete(projectId)) next.add(projectId);
    setStored([...next].join(','));
  };
  const shown = useRef(activeProjectId);
  useEffect(() => {
    if (activeProjectId === shown.current) return;
    shown.current = activeProjectId;
    if (activeProjectId !== undefined && collapsed.has(activeProjectId)) toggle(activeProjectId);
  });
  return { collapsed, toggle };
}

/** The documents grouped under their projects, with "New project". */
export function ProjectTree({ projects, documents, activeId, actions, newProjectRequests, ...handlers }: Props) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  // The menu's New project… (counted by the caller) opens the same form as the button.
  useEffect(() => {
    if (newProjectRequests > 0) setCreating(true);
  }, [newProjectRequests]);
  const newButton = useFocusOnClose<HTMLButtonElement>(creating);
  const { collapsed, toggle } = useCollapsed(documents.find((doc) => doc.id === activeId)?.projectId);
  return (
    <section className="projects" aria-labelledby="projects-heading">
      <div className="projects-head">
        <h2 id="projects-heading">{t('projectsHeading')}</h2>
        <button ref={newButton} type="button" className="project-new" onClick={() => setCreating(true)} aria-expanded={creating} data-testid="project-new">
          + {t('newProject')}
        </button>
      </div>
      {creating && (
        <InlineNameForm
          className="project-edit"
          initial=""
          label={t('newProjectName')}
          submitLabel={t('createProject')}
          maxLength={200}
          onSubmit={(name) => {
            actions.create(name);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      <ul className="project-list" aria-labelledby="projects-heading">
        {projects.map((project) => (
          <ProjectGroup
            key={project.id}
            project={project}
            documents={documents.filter((doc) => doc.projectId === project.id)}
            others={projects.filter((other) => other.id !== project.id)}
            activeId={activeId}
            expanded={!collapsed.has(project.id)}
            onToggle={toggle}
            actions={actions}
            handlers={handlers}
          />
        ))}
      </ul>
    </section>
  );
}
