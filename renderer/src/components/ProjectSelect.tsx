import type { ProjectChoice } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';

/** The project an import goes into. Before the first import there is none: the default one is made then. */
export function ProjectSelect({ choice }: { choice: ProjectChoice }) {
  const t = useT();
  if (choice.projects.length === 0) return null;
  return (
    <label className="import-project">
      {t('importIntoProject')}
      <select value={choice.projectId ?? ''} onChange={(e) => choice.onChoose(Number(e.target.value))} data-testid="import-project">
        {choice.projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
    </label>
  );
}
