/**
 * Exports and re-imports over the Store: builds the export model from the repositories,
 * and applies a reviewed bilingual DOCX or an XLIFF file back to the target cells in one transaction.
 */
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';
import type { Checkpoint } from '../core/api/job-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';
import { exportDocument, type ExportRequest } from '../core/export/export.ts';
import { isConfirmed, type ExportDocument, type ExportFile } from '../core/export/model.ts';
import { diffReview, reviewOrigin, type CellChange, type ReviewDiff } from '../core/export/review-diff.ts';
import { readReviewDocx } from '../core/export/review-docx.ts';
import { paragraphIdOf } from '../core/formats/xliff.ts';
import { readXliff } from '../core/formats/xliff-read.ts';
import type { Store } from '../db/store.ts';
import { documentInclusion } from './import.ts';

/** The source language the documents table records for every document so far. */
const SOURCE_LANG = 'zh-Hant';

export function loadExportDocument(store: Store, documentId: number, now: Date): ExportDocument {
  const row = store.documents.find(documentId);
  if (!row) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
  const excluded = new Set(documentInclusion(store, documentId).excludedParagraphIds);
  const comments = store.comments.ofDocumentMap(documentId);
  return {
    id: row.id,
    title: row.title,
    sourceLang: SOURCE_LANG,
    createdAt: row.createdAt,
    exportedAt: now.toISOString(),
    paragraphs: store.documents.paragraphsOf(documentId).map((p) => ({
      id: p.id,
      position: p.position,
      kind: p.kind,
      source: p.source,
      // Boilerplate is excluded unless the document includes it; a paragraph can be excluded or included by hand.
      excluded: excluded.has(p.id),
      comment: comments.get(p.id) ?? '',
      targets: {
        en: { text: p.enText, status: p.enStatus, updatedAt: p.enUpdatedAt },
        'zh-Hans': { text: p.zhText, status: p.zhStatus, updatedAt: p.zhUpdatedAt },
      },
    })),
  };
}

/**
 * Checkpoints between the steps let the user cancel; building the file is the long step, and
 * its progress is unknown (total 0) because the DOCX packer does not report any.
 */
export async function exportToBytes(store: Store, documentId: number, request: ExportRequest, now = new Date(), checkpoint?: Checkpoint): Promise<ExportFile> {
  await checkpoint?.('reading', 0, 0);
  const doc = loadExportDocument(store, documentId, now);
  await checkpoint?.('building', 0, 0);
  const file = await exportDocument(doc, request);
  await checkpoint?.('saving', 1, 1);
  return file;
}

interface CellWrite {
  paragraphId: number;
  lang: TargetLangT;
  text: string;
  status: CellStatusT;
}

/**
 * Confirms a cell the way the editor does (status and translation memory). Passed in by the
 * caller, so a confirmed import goes through the same path as Ctrl+Enter.
 */
export type ConfirmCell = (paragraphId: number, lang: TargetLangT) => void;

/** Writes cells in one transaction; a confirmed one is then confirmed through the caller's hook. */
function writeCells(store: Store, writes: readonly CellWrite[], now: string, confirm: ConfirmCell | undefined): void {
  store.transaction(() => {
    for (const { paragraphId, lang, text, status } of writes) {
      store.targets.write(paragraphId, lang, { text, status, updatedAt: now });
      if (confirm && isConfirmed(status) && text.trim() !== '') confirm(paragraphId, lang);
    }
  });
}

/** The document a returned file belongs to: the one asked for, else the one the file names. */
function documentFor(store: Store, asked: number | undefined, named: number | null, firstParagraphId: number | null): number {
  const fromParagraph = firstParagraphId === null ? undefined : store.targets.paragraph(firstParagraphId)?.documentId;
  const id = asked ?? named ?? fromParagraph;
  if (id === undefined) {
    throw new WorkbenchError('DAMAGED_REVIEW_FILE', 'This file does not say which document it belongs to, and none of its IDs is a paragraph in this database');
  }
  return id;
}

/** The per-cell differences between a reviewed bilingual DOCX and the document now. Changes nothing. */
export function previewReviewImport(store: Store, bytes: Uint8Array, documentId?: number, now = new Date()): ReviewDiff {
  const file = readReviewDocx(bytes);
  const origin = reviewOrigin(file);
  const id = documentFor(store, documentId, origin.documentId, origin.firstParagraphId);
  return diffReview(file, loadExportDocument(store, id, now));
}

export interface ApplyReviewOptions {
  documentId?: number;
  /** The cells to apply; all changed cells when absent. */
  accept?: readonly { paragraphId: number; lang: TargetLangT }[];
  /** Reviewed marks the applied cells as reviewed (and confirms them into the TM); draft leaves them to be confirmed. */
  status: 'draft' | 'reviewed';
  confirm?: ConfirmCell;
}

export function applyReviewImport(store: Store, bytes: Uint8Array, options: ApplyReviewOptions, now = new Date()): { diff: ReviewDiff; applied: CellChange[] } {
  const diff = previewReviewImport(store, bytes, options.documentId, now);
  const wanted = (change: CellChange) =>
    options.accept === undefined || options.accept.some((a) => a.paragraphId === change.paragraphId && a.lang === change.lang);
  const applied = diff.changes.filter(wanted);
  writeCells(
    store,
    applied.map((change) => ({
      paragraphId: change.paragraphId,
      lang: change.lang,
      text: change.after,
      status: change.after.trim() === '' ? 'empty' : options.status,
    })),
    now.toISOString(),
    options.confirm,
  );
  return { diff, applied };
}

export interface XliffCellChange {
  paragraphId: number;
  before: { text: string; status: CellStatusT };
  after: { text: string; status: CellStatusT };
}

export interface XliffImport {
  documentId: number;
  lang: TargetLangT;
  version: string;
  units: number;
  unchanged: number;
  changes: XliffCellChange[];
  applied: boolean;
}

function targetLangOf(tag: string | null): TargetLangT {
  const lower = (tag ?? '').toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (/^zh-(hans|cn|sg|my)(-|$)/u.test(lower)) return 'zh-Hans';
  throw new WorkbenchError('UNSUPPORTED_FORMAT', `The XLIFF file's target language is "${tag ?? 'not given'}": only English and Simplified Chinese are targets here`);
}

/**
 * Updates target cells from an XLIFF file that came from our export: units match paragraphs
 * by id, and a unit whose source is no longer the paragraph's is refused. A unit without a
 * target leaves its cell alone. With dryRun nothing is written.
 */
export function importXliff(store: Store, bytes: Uint8Array, options: { documentId?: number; dryRun?: boolean; confirm?: ConfirmCell } = {}, now = new Date()): XliffImport {
  const file = readXliff(bytes);
  if (file.units.length === 0) throw new WorkbenchError('EMPTY_FILE', 'The XLIFF file has no translation units');
  const lang = targetLangOf(file.trgLang);
  const ids = file.units.map((unit) => {
    const id = paragraphIdOf(unit.id);
    if (id === null) throw new WorkbenchError('DAMAGED_REVIEW_FILE', `Unit "${unit.id}" is not a paragraph exported by Bilingual Workbench (ids look like p123)`);
    return id;
  });
  const documentId = documentFor(store, options.documentId, null, ids[0] ?? null);
  const doc = loadExportDocument(store, documentId, now);
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const changes: XliffCellChange[] = [];
  file.units.forEach((unit, index) => {
    const paragraph = paragraphs.get(ids[index]!);
    if (!paragraph) throw new WorkbenchError('DAMAGED_REVIEW_FILE', `Unit "${unit.id}" is not a paragraph of document ${documentId} (“${doc.title}”)`);
    if (unit.source !== paragraph.source) {
      throw new WorkbenchError('DAMAGED_REVIEW_FILE', `The source of unit "${unit.id}" (# ${paragraph.position + 1}) is not the paragraph's source any more: the file is for another version of the document`);
    }
    if (unit.target === null) return;
    const before = paragraph.targets[lang];
    const after = { text: unit.target, status: unit.status };
    if (before.text !== after.text || before.status !== after.status) {
      changes.push({ paragraphId: paragraph.id, before: { text: before.text, status: before.status }, after });
    }
  });
  if (!options.dryRun) {
    writeCells(store, changes.map((c) => ({ paragraphId: c.paragraphId, lang, ...c.after })), now.toISOString(), options.confirm);
  }
  return {
    documentId,
    lang,
    version: file.version,
    units: file.units.length,
    unchanged: file.units.length - changes.length,
    changes,
    applied: !options.dryRun,
  };
}
