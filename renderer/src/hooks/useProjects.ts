import { useEffect, useState } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { ProjectSummaryT } from '../../../core/api/project-schemas.ts';
import { api } from '../api.ts';

/** The project list the import dialogs offer, and the one they import into unless the user picks another. */
export interface ProjectChoice {
  projects: ProjectSummaryT[];
  projectId: number | null;
  onChoose: (projectId: number) => void;
}

/** What the sidebar can do to projects; each call reports its own failure and refreshes the lists. */
export interface ProjectActions {
  create: (name: string) => void;
  rename: (projectId: number, name: string) => void;
  remove: (projectId: number) => void;
  move: (documentId: number, projectId: number) => void;
}

/**
 * The projects with their progress, fetched again whenever the document list is (every change
 * to documents or cells refreshes it). Imports go into the project last chosen (a new project,
 * the dialogs' pick) until another document is opened, then into the open document's project.
 */
export function useProjects(documents: readonly DocumentSummaryT[], open: DocumentSummaryT | null, onError: (error: unknown) => void) {
  const [projects, setProjects] = useState<ProjectSummaryT[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    api.listProjects({}).then((list) => current && setProjects(list), onError);
    return () => {
      current = false;
    };
  }, [documents, onError]);

  const openId = open?.id ?? null;
  useEffect(() => setChosen(null), [openId]);

  const known = (id: number | null | undefined) => id != null && projects.some((project) => project.id === id);
  const projectId = [chosen, open?.projectId].find(known) ?? projects[0]?.id ?? null;
  const choice: ProjectChoice = { projects, projectId, onChoose: setChosen };
  return { projects, choice };
}

interface ActionContext {
  /** Runs the work, then refreshes the lists; shows the error if it fails. */
  manage: (work: () => Promise<unknown>) => Promise<void>;
  choose: (projectId: number) => void;
  /** Saves pending edits first: moving redrafts the document's machine drafts. */
  flush: () => Promise<unknown>;
  /** Shows the open document again when it moved: its project's memories, glossary and drafts now apply. */
  afterMove: (documentId: number) => Promise<void>;
}

export function projectActions({ manage, choose, flush, afterMove }: ActionContext): ProjectActions {
  return {
    create: (name) => void manage(async () => choose((await api.createProject({ name })).id)),
    rename: (projectId, name) => void manage(() => api.renameProject({ projectId, name })),
    remove: (projectId) => void manage(() => api.deleteProject({ projectId })),
    move: (documentId, projectId) =>
      void manage(async () => {
        await flush();
        await api.moveDocument({ documentId, projectId });
        await afterMove(documentId);
      }),
  };
}
