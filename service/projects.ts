/**
 * Projects: creating, naming and deleting them, and moving documents between them. Plain
 * functions over the Store, for the contract implementation to call.
 */
import type { ProjectSummaryT } from '../core/api/project-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';
import type { ProjectRow } from '../db/projects.ts';
import type { Store } from '../db/store.ts';
import { redraftMovedDocument, type RefreshSummary } from './simplified.ts';

const documents = (n: number) => `${n} document${n === 1 ? '' : 's'}`;
const them = (n: number) => (n === 1 ? 'it' : 'them');

function requireProject(store: Store, projectId: number): ProjectRow {
  const project = store.projects.find(projectId);
  if (!project) throw new WorkbenchError('NOT_FOUND', `Project ${projectId} does not exist`);
  return project;
}

/** Two projects may not share a name (ignoring case): the sidebar and the import dialog tell them apart by it. */
function requireUniqueName(store: Store, name: string, exceptId: number | null): void {
  const key = name.normalize('NFC').toLocaleLowerCase();
  const clash = store.projects.list().find((p) => p.id !== exceptId && p.name.normalize('NFC').toLocaleLowerCase() === key);
  if (clash) throw new WorkbenchError('INVALID_PAYLOAD', `There is already a project named "${clash.name}"`);
}

/** Every project, with its documents outside the trash counted and their progress added up. */
export function listProjects(store: Store): ProjectSummaryT[] {
  const all = store.documents.list();
  return store.projects.list().map((project) => {
    const own = all.filter((doc) => doc.projectId === project.id);
    const total = (count: (doc: (typeof own)[number]) => number) => own.reduce((sum, doc) => sum + count(doc), 0);
    return {
      ...project,
      documentCount: own.length,
      paragraphCount: total((doc) => doc.paragraphCount),
      confirmed: { en: total((doc) => doc.confirmedEn), 'zh-Hans': total((doc) => doc.confirmedZhHans) },
    };
  });
}

function summary(store: Store, projectId: number): ProjectSummaryT {
  const found = listProjects(store).find((project) => project.id === projectId);
  if (!found) throw new WorkbenchError('NOT_FOUND', `Project ${projectId} does not exist`);
  return found;
}

export function createProject(store: Store, name: string, now: string): ProjectSummaryT {
  const id = store.transaction(() => {
    requireUniqueName(store, name, null);
    return store.projects.create(name, now);
  });
  return summary(store, id);
}

export function renameProject(store: Store, projectId: number, name: string): ProjectSummaryT {
  store.transaction(() => {
    requireProject(store, projectId);
    requireUniqueName(store, name, projectId);
    store.projects.rename(projectId, name);
  });
  return summary(store, projectId);
}

/** Refused while the project holds a document, even one in the trash: deleting would take it along. */
export function deleteProject(store: Store, projectId: number): void {
  store.transaction(() => {
    const project = requireProject(store, projectId);
    const { live, trashed } = store.projects.documentCounts(projectId);
    const holds = `Project "${project.name}" still holds`;
    if (live > 0) throw new WorkbenchError('INVALID_PAYLOAD', `${holds} ${documents(live)}: move ${them(live)} to another project first`);
    if (trashed > 0) {
      throw new WorkbenchError('INVALID_PAYLOAD', `${holds} ${documents(trashed)} in the trash: restore and move ${them(trashed)}, or wait until the trash empties`);
    }
    store.projects.remove(projectId);
  });
}

/** The project an import goes into: the one asked for (which must exist), else the default one. */
export function importProjectId(store: Store, projectId: number | undefined, now: string): number {
  return projectId === undefined ? store.documents.defaultProjectId(now) : requireProject(store, projectId).id;
}

export interface MoveOutcome {
  documentId: number;
  projectId: number;
  fromProjectId: number;
  refresh: RefreshSummary;
}

/**
 * Puts a document in another project. Only where future work goes changes: confirmations go to
 * the new project's memory, lookups use its memories, glossary, vocabulary and spelling words.
 * Units, terms and words already stored stay where they are. Machine drafts are redone with the
 * new vocabulary; a person's Simplified cells are flagged where the new draft differs, never overwritten.
 */
export function moveDocument(store: Store, documentId: number, projectId: number, now: string): MoveOutcome {
  return store.transaction(() => {
    const document = store.documents.find(documentId);
    if (!document) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
    requireProject(store, projectId);
    const fromProjectId = document.projectId;
    if (fromProjectId === projectId) return { documentId, projectId, fromProjectId, refresh: { regenerated: 0, flagged: 0 } };
    store.documents.moveToProject(documentId, projectId, now);
    return { documentId, projectId, fromProjectId, refresh: redraftMovedDocument(store, documentId, fromProjectId, now) };
  });
}
