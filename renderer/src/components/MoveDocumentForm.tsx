import { useState } from 'react';
import type { ProjectSummaryT } from '../../../core/api/project-schemas.ts';
import { useT } from '../i18n/index.ts';
import { escapeCancels } from './InlineNameForm.tsx';

interface Props {
  /** The projects the document can go to (not the one it is in). */
  targets: readonly ProjectSummaryT[];
  onMove: (projectId: number) => void;
  onCancel: () => void;
}

/** Picks another project for a document; Escape cancels. */
export function MoveDocumentForm({ targets, onMove, onCancel }: Props) {
  const t = useT();
  const [projectId, setProjectId] = useState(targets[0]?.id ?? 0);
  return (
    <form
      className="document-move"
      onSubmit={(event) => {
        event.preventDefault();
        onMove(projectId);
      }}
      onKeyDown={escapeCancels(onCancel)}
    >
      <select value={projectId} onChange={(e) => setProjectId(Number(e.target.value))} aria-label={t('moveTo')} autoFocus data-testid="move-project">
        {targets.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <button type="submit">{t('moveButton')}</button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
