import type { ProjectChoice } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';
import { ProjectSelect } from './ProjectSelect.tsx';

interface Props {
  project: ProjectChoice;
  title: string;
  onTitle: (title: string) => void;
}

/** Where an import goes, shared by the file and paste dialogs: its project and the new document's title. */
export function ImportDestination({ project, title, onTitle }: Props) {
  const t = useT();
  return (
    <>
      <ProjectSelect choice={project} />
      <label className="import-title">
        {t('documentTitle')}
        <input type="text" lang="zh-Hant" value={title} maxLength={500} onChange={(e) => onTitle(e.target.value)} data-testid="import-title" />
      </label>
    </>
  );
}
