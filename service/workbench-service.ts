import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type {
  ApiImplementation,
  CellStatusT,
  CellT,
  DocumentSummaryT,
  MethodName,
  MethodResult,
  ParagraphT,
  ParsedInput,
  TargetLangT,
} from '../core/api/contract.ts';
import { WorkbenchError } from '../core/errors.ts';
import { findTraditionalLeft } from '../core/simplified/leftover-traditional.ts';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../core/sample.ts';
import { splitParagraphs } from '../core/text.ts';
import type { DocumentRow } from '../db/documents.ts';
import type { Store } from '../db/store.ts';
import { openDictionary, type Dictionary } from './dictionary.ts';
import * as editor from './editor.ts';
import { applyReviewImport, exportToBytes, importXliff, previewReviewImport } from './export.ts';
import * as imports from './import.ts';
import * as projects from './projects.ts';
import * as glossary from './glossary.ts';
import * as history from './history.ts';
import * as qa from './qa.ts';
import * as backups from './backups.ts';
import * as simplified from './simplified.ts';
import * as spelling from './spelling.ts';
import { CallGate } from './call-gate.ts';
import { JobRegistry } from './jobs.ts';
import { StoreHolder } from './store-holder.ts';
import { TmService } from './tm.ts';

const fromBase64 = (content: string) => new Uint8Array(Buffer.from(content, 'base64'));

/** Runs work on a file in a private temporary folder (written first when bytes are given), then removes it. */
async function withTemporaryFile<T>(name: string, bytes: Uint8Array | null, work: (path: string) => T | Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'workbench-'));
  const path = join(dir, basename(name));
  try {
    if (bytes) await writeFile(path, bytes);
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CONFIRMED: readonly CellStatusT[] = ['translated', 'reviewed'];

function toSummary(row: DocumentRow): DocumentSummaryT {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    createdAt: row.createdAt,
    paragraphCount: row.paragraphCount,
    confirmed: { en: row.confirmedEn, 'zh-Hans': row.confirmedZhHans },
  };
}

/** The status a cell takes when a person types into it. */
function statusAfterEdit(previous: CellT, text: string): CellStatusT {
  if (text === '') return 'empty';
  if (text === previous.text) return previous.status;
  return 'draft';
}

/** The backend: the one implementation of the contract, over the database repositories. */
export class WorkbenchService implements ApiImplementation {
  /** The open database; a restore replaces it, so owners close `stores`, not the Store they passed in. */
  readonly stores: StoreHolder;
  private readonly clock: () => Date;

  private readonly dataDir: string | null;
  private dictionary: Dictionary | null = null;
  private readonly jobs = new JobRegistry();
  private readonly gate = new CallGate();

  /** dataDir is where the offline dictionary is built on first use (the database's folder). */
  constructor(store: Store, clock: () => Date = () => new Date(), dataDir: string | null = null) {
    this.stores = new StoreHolder(store);
    this.clock = clock;
    this.dataDir = dataDir;
  }

  /**
   * TMX import holds its transaction open across checkpoints, and a restore closes the database,
   * so each runs alone (service/call-gate.ts).
   */
  admit<T>(method: MethodName, call: () => Promise<T>): Promise<T> {
    if (method === 'jobProgress' || method === 'cancelJob') return call();
    return method === 'importTmx' || method === 'restoreBackup' ? this.gate.exclusive(call) : this.gate.shared(call);
  }

  private get store(): Store {
    return this.stores.current;
  }

  jobProgress({ jobId }: ParsedInput<'jobProgress'>) {
    return this.jobs.progress(jobId);
  }

  cancelJob({ jobId }: ParsedInput<'cancelJob'>) {
    this.jobs.cancel(jobId);
    return {};
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private documentSummary(documentId: number): DocumentSummaryT {
    const row = this.store.documents.find(documentId);
    if (!row) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
    return toSummary(row);
  }

  private paragraph(paragraphId: number) {
    const context = this.store.targets.paragraph(paragraphId);
    if (!context) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
    return context;
  }

  private cell(paragraphId: number, lang: TargetLangT): CellT {
    const cell = this.store.targets.find(paragraphId, lang);
    if (!cell) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} has no ${lang} cell`);
    return cell;
  }

  /** Opens the built-in sample on first start, so a new user sees a working workbench. */
  ensureSampleDocument(): void {
    if (this.store.documents.list().length === 0) {
      this.importText({ title: SAMPLE_TITLE, text: SAMPLE_TEXT });
    }
  }

  listDocuments(): DocumentSummaryT[] {
    return this.store.documents.list().map(toSummary);
  }

  /** The Simplified drafter for new text: OpenCC for the variant, with the project's vocabulary first. */
  private drafter(projectId: number, variant = 'hk' as const) {
    return simplified.importDrafter(this.store, projectId, variant);
  }

  importText({ title, text, projectId }: ParsedInput<'importText'>): DocumentSummaryT {
    const sources = splitParagraphs(text);
    if (sources.length === 0) {
      throw new WorkbenchError('EMPTY_DOCUMENT', `"${title}" has no text to translate: every line is blank`);
    }
    const now = this.now();
    const project = projects.importProjectId(this.store, projectId, now);
    const draft = this.drafter(project);
    const paragraphs = sources.map((source) => ({ source, kind: 'body' as const, zhHansDraft: draft(source) }));
    return this.documentSummary(this.store.documents.create(title, paragraphs, now, project));
  }

  getDocument({ documentId }: ParsedInput<'getDocument'>): MethodResult<'getDocument'> {
    const document = this.documentSummary(documentId);
    const inclusion = imports.documentInclusion(this.store, documentId);
    const excluded = new Set(inclusion.excludedParagraphIds);
    const comments = this.store.comments.ofDocumentMap(documentId);
    const drafting = new Map(
      this.store.simplifiedCells.statesOfDocumentCells(documentId).map((state) => [`${state.paragraphId}:${state.lang}`, state]),
    );
    const cell = (id: number, lang: TargetLangT, text: string, status: CellStatusT, updatedAt: string) => {
      const state = drafting.get(`${id}:${lang}`);
      return { text, status, updatedAt, staleReason: state?.staleReason ?? null, canUndoReconvert: state?.canUndoReconvert ?? false };
    };
    const paragraphs = this.store.documents.paragraphsOf(documentId).map(
      (row): ParagraphT => ({
        id: row.id,
        position: row.position,
        source: row.source,
        kind: row.kind,
        included: !excluded.has(row.id),
        comment: comments.get(row.id) ?? null,
        targets: {
          en: cell(row.id, 'en', row.enText, row.enStatus, row.enUpdatedAt),
          'zh-Hans': cell(row.id, 'zh-Hans', row.zhText, row.zhStatus, row.zhUpdatedAt),
        },
      }),
    );
    const settings = {
      includeBoilerplate: inclusion.includeBoilerplate,
      sourceVariant: this.store.simplifiedCells.variant(documentId) ?? 'hk',
      format: inclusion.format ?? null,
      encoding: inclusion.encoding ?? null,
    };
    return { document, settings, paragraphs };
  }

  saveTarget({ paragraphId, lang, text }: ParsedInput<'saveTarget'>): CellT {
    const previous = this.cell(paragraphId, lang);
    if (previous.text === text) return previous;
    const now = this.now();
    const next = { text, status: statusAfterEdit(previous, text), updatedAt: now };
    return history.recordCellChange(this.store, { paragraphId, lang, action: 'edit', now }, () => this.store.targets.write(paragraphId, lang, next));
  }

  /** The TM use cases (service/tm.ts), over the same store and clock. */
  private tmService: TmService | undefined;

  private get tm(): TmService {
    this.tmService ??= new TmService(this.store, this.clock);
    return this.tmService;
  }

  /**
   * Marks a cell translated and stores the pair in the project's translation memory, with the
   * neighbouring paragraphs as context and sentence-level units where the sentences align.
   */
  confirmTarget({ paragraphId, lang }: ParsedInput<'confirmTarget'>): CellT {
    return history.recordCellChange(this.store, { paragraphId, lang, action: 'confirm', now: this.now() }, () => this.confirm(paragraphId, lang, false));
  }

  /**
   * Confirming keeps a reviewed cell reviewed. Marking reviewed writes 'reviewed' directly, so
   * the newest 'translated' revision stays the translator's text (reviewer mode diffs against it).
   */
  private confirm(paragraphId: number, lang: TargetLangT, reviewed: boolean): CellT {
    const paragraph = this.paragraph(paragraphId);
    const cell = this.cell(paragraphId, lang);
    if (cell.text.trim() === '') {
      throw new WorkbenchError('EMPTY_TARGET', `Paragraph ${paragraph.position + 1} has no ${lang} text to confirm`);
    }
    const now = this.now();
    const status = reviewed ? 'reviewed' : CONFIRMED.includes(cell.status) ? cell.status : 'translated';
    return this.store.transaction(() => {
      const context = this.store.tm.neighbours(paragraph.documentId, paragraph.position);
      this.tm.rememberConfirmed({
        projectId: paragraph.projectId,
        documentId: paragraph.documentId,
        paragraphId,
        origin: paragraph.documentTitle,
        source: paragraph.source,
        lang,
        target: cell.text,
        contextBefore: context.before,
        contextAfter: context.after,
      });
      return this.store.targets.write(paragraphId, lang, { text: cell.text, status, updatedAt: now });
    });
  }

  /** The top matches from the project's memory and the memories attached to it, with sentence matches under 75. */
  findTmMatches({ paragraphId }: ParsedInput<'findTmMatches'>): MethodResult<'findTmMatches'> {
    const paragraph = this.paragraph(paragraphId);
    const context = this.store.tm.neighbours(paragraph.documentId, paragraph.position);
    return this.tm.findParagraphMatches(this.store.tm.scope(paragraph.projectId), {
      source: paragraph.source,
      contextBefore: context.before,
      contextAfter: context.after,
      excludeParagraphId: paragraphId,
    });
  }

  markReviewed({ paragraphId, lang }: ParsedInput<'markReviewed'>): CellT {
    return history.recordCellChange(this.store, { paragraphId, lang, action: 'review', now: this.now() }, () => this.confirm(paragraphId, lang, true));
  }

  renameDocument({ documentId, title }: ParsedInput<'renameDocument'>) {
    editor.renameDocument(this.store, documentId, title, this.now());
    return {};
  }

  trashDocument({ documentId }: ParsedInput<'trashDocument'>) {
    editor.trashDocument(this.store, documentId, this.now());
    return {};
  }

  restoreDocument({ documentId }: ParsedInput<'restoreDocument'>) {
    editor.restoreDocument(this.store, documentId);
    return {};
  }

  listTrash() {
    return editor.listTrash(this.store, this.clock());
  }

  // Projects (service/projects.ts).

  listProjects() {
    return projects.listProjects(this.store);
  }

  createProject({ name }: ParsedInput<'createProject'>) {
    return projects.createProject(this.store, name, this.now());
  }

  renameProject({ projectId, name }: ParsedInput<'renameProject'>) {
    return projects.renameProject(this.store, projectId, name);
  }

  deleteProject({ projectId }: ParsedInput<'deleteProject'>) {
    projects.deleteProject(this.store, projectId);
    return {};
  }

  moveDocument({ documentId, projectId }: ParsedInput<'moveDocument'>) {
    return projects.moveDocument(this.store, documentId, projectId, this.now());
  }

  // Import and paragraph edits (service/import.ts).

  previewImport({ contentBase64, ...options }: ParsedInput<'previewImport'>) {
    return imports.previewImport({ ...options, bytes: fromBase64(contentBase64) });
  }

  importFile({ contentBase64, jobId, projectId, ...options }: ParsedInput<'importFile'>) {
    const now = this.now();
    const project = projects.importProjectId(this.store, projectId, now);
    const request = { ...options, projectId: project, bytes: fromBase64(contentBase64) };
    return this.jobs.run(jobId, (job) => imports.importFile(this.store, request, now, this.drafter(project), job.checkpoint));
  }

  splitParagraph(input: ParsedInput<'splitParagraph'>) {
    const { projectId } = this.paragraph(input.paragraphId);
    return imports.splitParagraph(this.store, input, this.now(), this.drafter(projectId));
  }

  mergeParagraphs(input: ParsedInput<'mergeParagraphs'>) {
    return imports.mergeParagraphs(this.store, input, this.now());
  }

  setParagraphExcluded(input: ParsedInput<'setParagraphExcluded'>) {
    return imports.setParagraphExcluded(this.store, input, this.now());
  }

  setIncludeBoilerplate(input: ParsedInput<'setIncludeBoilerplate'>) {
    return imports.setIncludeBoilerplate(this.store, input, this.now());
  }

  undoParagraphEdit(input: ParsedInput<'undoParagraphEdit'>) {
    return imports.undoParagraphEdit(this.store, input, this.now());
  }

  // The Simplified column (service/simplified.ts).

  listVocabulary({ projectId }: ParsedInput<'listVocabulary'>) {
    return projectId === undefined ? this.store.vocabulary.list() : this.store.vocabulary.listScope(projectId);
  }

  saveVocabularyEntry({ id, projectId, ...entry }: ParsedInput<'saveVocabularyEntry'>) {
    return id === undefined
      ? simplified.addVocabularyEntry(this.store, projectId, entry, this.now())
      : simplified.updateVocabularyEntry(this.store, id, entry, this.now());
  }

  setVocabularyEnabled({ id, enabled }: ParsedInput<'setVocabularyEnabled'>) {
    return simplified.setVocabularyEnabled(this.store, id, enabled, this.now());
  }

  deleteVocabularyEntry({ id }: ParsedInput<'deleteVocabularyEntry'>) {
    return simplified.deleteVocabularyEntry(this.store, id, this.now());
  }

  setDocumentVariant({ documentId, variant }: ParsedInput<'setDocumentVariant'>) {
    return simplified.setDocumentVariant(this.store, documentId, variant, this.now());
  }

  editSource({ paragraphId, source }: ParsedInput<'editSource'>) {
    return simplified.editSource(this.store, paragraphId, source, this.now());
  }

  reconvertCell({ paragraphId }: ParsedInput<'reconvertCell'>) {
    return simplified.reconvert(this.store, paragraphId, this.now());
  }

  undoReconvert({ paragraphId }: ParsedInput<'undoReconvert'>) {
    return simplified.undoReconvert(this.store, paragraphId, this.now());
  }

  dismissStale({ paragraphId, lang }: ParsedInput<'dismissStale'>) {
    simplified.dismissStale(this.store, paragraphId, lang);
    return {};
  }

  getConversionSpans({ paragraphId }: ParsedInput<'getConversionSpans'>) {
    return simplified.conversionSpans(this.store, paragraphId);
  }

  findTraditionalLeft({ text }: ParsedInput<'findTraditionalLeft'>) {
    return findTraditionalLeft(text);
  }

  // Translation memory upkeep (service/tm.ts). TMX goes through a temporary file: the reader streams.

  concordance({ documentId, term }: ParsedInput<'concordance'>) {
    const { projectId } = this.documentSummary(documentId);
    return this.tm.concordance(this.store.tm.scope(projectId), term);
  }

  propagateTranslation({ paragraphId, lang }: ParsedInput<'propagateTranslation'>) {
    return { paragraphIds: this.tm.propagate(paragraphId, lang) };
  }

  tmStats() {
    return this.tm.stats();
  }

  /** Imports into the given memory, or else into the project's own, so the units serve as matches at once. */
  async importTmx({ fileName, contentBase64, tmId, jobId }: ParsedInput<'importTmx'>) {
    const now = this.now();
    // One transaction: a refused or cancelled file must not leave a newly made project memory behind either.
    return withTemporaryFile(fileName, fromBase64(contentBase64), (path) =>
      this.jobs.run(jobId, (job) =>
        this.store.transactionAsync(() => {
          const target = tmId ?? this.store.tm.projectTm(this.store.documents.defaultProjectId(now), now);
          return this.tm.importTmx(path, { tmId: target, name: fileName.replace(/\.tmx$/i, ''), checkpoint: job.checkpoint });
        }),
      ),
    );
  }

  async exportTmx({ tmId }: ParsedInput<'exportTmx'>) {
    return withTemporaryFile(`memory-${tmId}.tmx`, null, (path) => {
      const { units } = this.tm.exportTmx(tmId, path);
      return { fileName: `memory-${tmId}.tmx`, contentBase64: readFileSync(path).toString('base64'), units };
    });
  }

  removeTmDuplicates({ tmId }: ParsedInput<'removeTmDuplicates'>) {
    return this.tm.removeDuplicates(tmId);
  }

  deleteTmUnits({ unitIds }: ParsedInput<'deleteTmUnits'>) {
    return this.tm.deleteUnits(unitIds);
  }

  editTmUnit({ unitId, ...edit }: ParsedInput<'editTmUnit'>) {
    const { id, source, en, zhHans, updatedAt } = this.tm.editUnit(unitId, edit);
    return { unitId: id, source, en, zhHans, updatedAt };
  }

  attachTm({ projectId, tmId, penalty }: ParsedInput<'attachTm'>) {
    this.tm.attach(projectId, tmId, penalty);
    return {};
  }

  detachTm({ projectId, tmId }: ParsedInput<'detachTm'>) {
    this.tm.detach(projectId, tmId);
    return {};
  }

  projectMemories({ projectId }: ParsedInput<'projectMemories'>) {
    return this.tm.projectMemories(projectId);
  }

  createTm({ name }: ParsedInput<'createTm'>) {
    return { tmId: this.tm.createTm(name) };
  }

  listTmUnits({ tmId, ...page }: ParsedInput<'listTmUnits'>) {
    return this.tm.units(tmId, page);
  }

  // Comments, history, find and replace (service/editor.ts).

  setComment({ paragraphId, text }: ParsedInput<'setComment'>) {
    editor.setComment(this.store, paragraphId, text, this.now());
    return {};
  }

  listRevisions({ paragraphId, lang }: ParsedInput<'listRevisions'>) {
    this.paragraph(paragraphId);
    return this.store.revisions.list(paragraphId, lang);
  }

  getReviewChanges({ documentId }: ParsedInput<'getReviewChanges'>) {
    this.documentSummary(documentId);
    return this.store.revisions.changedSinceTranslation(documentId);
  }

  restoreRevision({ revisionId }: ParsedInput<'restoreRevision'>) {
    return editor.restoreRevision(this.store, revisionId, this.now());
  }

  previewReplace(request: ParsedInput<'previewReplace'>) {
    return editor.previewReplace(this.store, request);
  }

  applyReplace(request: ParsedInput<'applyReplace'>) {
    return editor.applyReplace(this.store, request, this.now());
  }

  undoBatch({ batchId }: ParsedInput<'undoBatch'>) {
    return editor.undoBatch(this.store, batchId, this.now());
  }

  undoDocumentEdit({ documentId }: ParsedInput<'undoDocumentEdit'>) {
    return history.undoDocumentEdit(this.store, documentId, this.now());
  }

  redoDocumentEdit({ documentId }: ParsedInput<'redoDocumentEdit'>) {
    return history.redoDocumentEdit(this.store, documentId, this.now());
  }

  // Terminology and quality assurance (service/glossary.ts, service/dictionary.ts, service/qa.ts).

  listGlossary({ projectId }: ParsedInput<'listGlossary'>) {
    return glossary.listGlossary(this.store, projectId);
  }

  // A glossary change redrafts the Simplified cells whose source holds a changed term.

  saveGlossaryEntry(input: ParsedInput<'saveGlossaryEntry'>) {
    const now = this.now();
    const previous = input.id === undefined ? undefined : this.store.glossary.find(input.id);
    return simplified.redraftAfter(
      this.store,
      () => {
        const entry = glossary.saveGlossaryEntry(this.store, input, now);
        return { result: entry, phrases: [entry.zhHant, ...(previous ? [previous.zhHant] : [])], projectId: entry.projectId };
      },
      now,
    ).result;
  }

  deleteGlossaryEntry({ id }: ParsedInput<'deleteGlossaryEntry'>) {
    return simplified.redraftAfter(
      this.store,
      () => {
        const entry = glossary.deleteGlossaryEntry(this.store, id);
        return { result: entry, phrases: [entry.zhHant], projectId: entry.projectId };
      },
      this.now(),
    ).result;
  }

  importGlossary({ contentBase64, ...options }: ParsedInput<'importGlossary'>) {
    const now = this.now();
    return simplified.redraftAfter(
      this.store,
      () => {
        const result = glossary.importGlossary(this.store, fromBase64(contentBase64), options, now);
        const phrases = this.store.glossary.list(options.projectId).map((entry) => entry.zhHant);
        return { result, phrases, projectId: options.projectId };
      },
      now,
    ).result;
  }

  exportGlossary(options: ParsedInput<'exportGlossary'>) {
    const { bytes, ...file } = glossary.exportGlossary(this.store, options);
    return { ...file, contentBase64: Buffer.from(bytes).toString('base64') };
  }

  getGlossaryHits({ paragraphId }: ParsedInput<'getGlossaryHits'>) {
    return glossary.glossaryHits(this.store, paragraphId);
  }

  lookupDictionary(request: ParsedInput<'lookupDictionary'>) {
    if (this.dataDir === null) throw new WorkbenchError('NOT_FOUND', 'The offline dictionary needs a data folder; this backend has none');
    this.dictionary ??= openDictionary(this.dataDir);
    return this.dictionary.lookup(request);
  }

  checkCell({ paragraphId, lang, text }: ParsedInput<'checkCell'>) {
    return qa.checkCell(this.store, paragraphId, lang, { text });
  }

  checkDocument({ documentId }: ParsedInput<'checkDocument'>) {
    return qa.checkDocument(this.store, documentId);
  }

  ignoreWarning(request: ParsedInput<'ignoreWarning'>) {
    return qa.ignoreWarning(this.store, request, this.now());
  }

  unignoreWarning(request: ParsedInput<'unignoreWarning'>) {
    return { removed: qa.unignoreWarning(this.store, request) };
  }

  qaReport({ documentId, format, language }: ParsedInput<'qaReport'>) {
    const { text, ...file } = qa.qaReport(this.store, documentId, format, this.now(), { language });
    return { ...file, contentBase64: Buffer.from(text).toString('base64') };
  }

  listSpellingWords({ projectId }: ParsedInput<'listSpellingWords'>) {
    return spelling.listSpellingWords(this.store, projectId);
  }

  addSpellingWord({ projectId, word }: ParsedInput<'addSpellingWord'>) {
    return { added: spelling.addSpellingWord(this.store, projectId, word, this.now()) };
  }

  removeSpellingWord({ projectId, word }: ParsedInput<'removeSpellingWord'>) {
    return { removed: spelling.removeSpellingWord(this.store, projectId, word) };
  }

  getSpellingVariant({ projectId }: ParsedInput<'getSpellingVariant'>) {
    return { variant: spelling.getSpellingVariant(this.store, projectId) };
  }

  setSpellingVariant({ projectId, variant }: ParsedInput<'setSpellingVariant'>) {
    return { variant: spelling.setSpellingVariant(this.store, projectId, variant) };
  }

  // Export and re-import (service/export.ts). Confirmed cells coming back reach the TM as in the editor.

  // Not an undo step: the returned file's changes are the import's, not the translator's.
  private readonly confirmCell = (paragraphId: number, lang: TargetLangT) => void this.confirm(paragraphId, lang, false);

  exportDocument({ documentId, jobId, ...request }: ParsedInput<'exportDocument'>): Promise<MethodResult<'exportDocument'>> {
    return this.jobs.run(jobId, async (job) => {
      const file = await exportToBytes(this.store, documentId, request, this.clock(), job.checkpoint);
      return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: Buffer.from(file.bytes).toString('base64'), summary: file.summary };
    });
  }

  previewReviewImport({ contentBase64, documentId }: ParsedInput<'previewReviewImport'>) {
    return previewReviewImport(this.store, fromBase64(contentBase64), documentId, this.clock());
  }

  applyReviewImport({ contentBase64, ...options }: ParsedInput<'applyReviewImport'>) {
    return applyReviewImport(this.store, fromBase64(contentBase64), { ...options, confirm: this.confirmCell }, this.clock());
  }

  importXliff({ contentBase64, ...options }: ParsedInput<'importXliff'>) {
    return importXliff(this.store, fromBase64(contentBase64), { ...options, confirm: this.confirmCell }, this.clock());
  }

  // Backups (service/backups.ts).

  listBackups() {
    return backups.listBackups(this.store);
  }

  createBackup() {
    return backups.createBackup(this.store);
  }

  restoreBackup({ name }: ParsedInput<'restoreBackup'>) {
    try {
      return backups.restoreBackup(this.stores, name);
    } finally {
      // Built over the store that was closed; the next use builds one over the new store.
      this.tmService = undefined;
    }
  }

  getBackupSettings() {
    return backups.backupSettings(this.store);
  }

  setBackupSettings({ keep }: ParsedInput<'setBackupSettings'>) {
    return backups.setBackupSettings(this.store, keep);
  }
}
