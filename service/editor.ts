/** The editor's document-level operations: comments, history, find and replace, trash. */
import type { CellT, TargetLangT } from '../core/api/contract.ts';
import { WorkbenchError } from '../core/errors.ts';
import { findPattern, replaceAllMatches, type FindOptions } from '../core/find.ts';
import type { BatchChange } from '../db/batches.ts';
import type { Store } from '../db/store.ts';
import { recordCellChange } from './history.ts';

const TRASH_DAYS = 30;

export interface ReplaceRequest extends FindOptions {
  documentId: number;
  replace: string;
  langs: TargetLangT[];
}

export interface ReplacePreview {
  paragraphId: number;
  position: number;
  lang: TargetLangT;
  before: string;
  after: string;
  count: number;
}

function requireDocument(store: Store, documentId: number): void {
  if (!store.documents.find(documentId)) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
}

export function setComment(store: Store, paragraphId: number, text: string, now: string): void {
  if (!store.targets.paragraph(paragraphId)) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
  store.comments.set(paragraphId, text, now);
}

/** Puts an earlier text of the cell back; restoring is an edit, so the cell becomes a draft. */
export function restoreRevision(store: Store, revisionId: number, now: string): CellT & { paragraphId: number; lang: TargetLangT } {
  const revision = store.revisions.find(revisionId);
  if (!revision) throw new WorkbenchError('NOT_FOUND', `Revision ${revisionId} does not exist`);
  const { paragraphId, lang } = revision;
  const next = { text: revision.text, status: revision.text === '' ? ('empty' as const) : ('draft' as const), updatedAt: now };
  const cell = recordCellChange(store, { paragraphId, lang, action: 'restore', now }, () => store.targets.write(paragraphId, lang, next));
  return { ...cell, paragraphId, lang };
}

/** What a replace would change, cell by cell, without changing anything. */
export function previewReplace(store: Store, request: ReplaceRequest): ReplacePreview[] {
  requireDocument(store, request.documentId);
  const pattern = findPattern(request);
  const changes: ReplacePreview[] = [];
  for (const row of store.documents.paragraphsOf(request.documentId)) {
    for (const lang of request.langs) {
      const before = lang === 'en' ? row.enText : row.zhText;
      const { text: after, count } = replaceAllMatches(before, pattern, request.replace, request.regex);
      if (count > 0 && after !== before) changes.push({ paragraphId: row.id, position: row.position, lang, before, after, count });
    }
  }
  return changes;
}

/** Replaces in the target columns only (never in the source), as one undoable batch. */
export function applyReplace(store: Store, request: ReplaceRequest, now: string): { batchId: number | null; cells: number; replacements: number } {
  const preview = previewReplace(store, request);
  if (preview.length === 0) return { batchId: null, cells: 0, replacements: 0 };
  const statusOf = new Map(
    store.documents.paragraphsOf(request.documentId).flatMap((row) => [
      [`${row.id}:en`, row.enStatus],
      [`${row.id}:zh-Hans`, row.zhStatus],
    ]),
  );
  const changes: BatchChange[] = preview.map((p) => ({
    paragraphId: p.paragraphId,
    lang: p.lang,
    before: p.before,
    beforeStatus: statusOf.get(`${p.paragraphId}:${p.lang}`) ?? 'draft',
    after: p.after,
  }));
  const description = `Replace "${request.find}" with "${request.replace}"`;
  const batchId = store.batches.apply(request.documentId, description, changes, now);
  return { batchId, cells: changes.length, replacements: preview.reduce((sum, p) => sum + p.count, 0) };
}

export function undoBatch(store: Store, batchId: number, now: string): { restored: number; skipped: number } {
  const result = store.batches.undo(batchId, now);
  if (!result) throw new WorkbenchError('NOT_FOUND', `There is no batch ${batchId} to undo (or it was undone already)`);
  return result;
}

export function renameDocument(store: Store, documentId: number, title: string, now: string): void {
  if (!store.documents.rename(documentId, title, now)) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
}

/** Deleting moves a document to the trash, where it stays restorable for 30 days. */
export function trashDocument(store: Store, documentId: number, now: string): void {
  if (!store.documents.setTrashed(documentId, now)) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
}

export function restoreDocument(store: Store, documentId: number): void {
  if (!store.documents.setTrashed(documentId, null)) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} is not in the trash`);
}

/** The trash, after deleting for good what has been there longer than 30 days. */
export function listTrash(store: Store, now: Date): { id: number; title: string; deletedAt: string }[] {
  store.documents.purgeTrashedBefore(new Date(now.getTime() - TRASH_DAYS * 24 * 3600 * 1000).toISOString());
  return store.documents.trash();
}
