/**
 * The one API contract between the user interface and the backend.
 * Every method is declared here once, with the schema of its argument and result;
 * the Electron IPC bridge, the HTTP test host and the CLI are all derived from this list.
 */
import { z } from 'zod';
import { BackupEntry, BackupName, BackupsKept, BackupSettings, RestoreOutcome } from './backup-schemas.ts';
import { Cell, CellStatus, Count, FileContent, Id, ParagraphKind, TargetLang } from './common-schemas.ts';
import { Revision, ReplacePreview, ReplaceRequest, TrashEntry } from './editor-schemas.ts';
import { HistoryOutcome } from './history-schemas.ts';
import { ExportOptions, ExportResult, ReviewChange, ReviewDiff, ReviewFile, XliffImport } from './export-schemas.ts';
import { ImportOutcome, ImportPreview, ParagraphEditOutcome, SourceFile } from './import-schemas.ts';
import { ConfirmedCounts, DocumentMove, DocumentMoveOutcome, ProjectName, ProjectSummary } from './project-schemas.ts';
import { JobId, JobStatus } from './job-schemas.ts';
import { DictionaryMatch, GlossaryEntry, GlossaryFile, GlossaryFormat, GlossaryHit, GlossaryInput, IgnoreRequest, QaCheck, QaCounts, QaFinding, QaReportLanguage } from './qa-schemas.ts';
import { ConcordanceResult, ProjectMemory, TmStats, TmUnitQuery, TmxImportReport } from './tm-schemas.ts';
import { DraftSpan, Refresh, SimplifiedCell, SourceVariant, StaleReason, VocabularyChange, VocabularyEntry, VocabularyInput } from './simplified-schemas.ts';
import { SpellingVariant, SpellingVariantResult, SpellingWord, SpellingWordRequest } from './spelling-schemas.ts';
import { TranslationChange } from './review-schemas.ts';

export { Cell, CellStatus, ParagraphKind, TargetLang };

/** Largest text accepted in one payload; documents over this are refused before parsing. */
export const MAX_TEXT_CHARS = 30_000_000;
const MAX_CELL_CHARS = 200_000;

/** A target cell as the grid shows it: with the drafting state (meaningful for Simplified cells). */
export const GridCell = Cell.extend({ staleReason: StaleReason.nullable(), canUndoReconvert: z.boolean() });

export const Paragraph = z.strictObject({
  id: Id,
  position: z.number().int().nonnegative(),
  source: z.string(),
  kind: ParagraphKind,
  /** False when the paragraph is left out of translation, statistics and exports (boilerplate by default). */
  included: z.boolean(),
  comment: z.string().nullable(),
  targets: z.strictObject({ en: GridCell, 'zh-Hans': GridCell }),
});

export const DocumentSummary = z.strictObject({
  id: Id,
  projectId: Id,
  title: z.string(),
  createdAt: z.string(),
  paragraphCount: z.number().int(),
  confirmed: ConfirmedCounts,
});

export const DocumentView = z.strictObject({
  document: DocumentSummary,
  settings: z.strictObject({
    includeBoilerplate: z.boolean(),
    sourceVariant: SourceVariant,
    format: z.string().nullable(),
    encoding: z.string().nullable(),
  }),
  paragraphs: z.array(Paragraph),
});

export const TmMatch = z.strictObject({
  unitId: Id,
  score: z.number().int().min(0).max(101),
  source: z.string(),
  en: z.string().nullable(),
  zhHans: z.string().nullable(),
  origin: z.string(),
  updatedAt: z.string(),
  /** Where the match came from, how it scored and what differs (issue 5; see service/tm.ts). */
  tmId: Id,
  tmName: z.string(),
  kind: z.enum(['context', 'exact', 'near', 'fuzzy']),
  /** Points taken off for a read-only memory attached with a penalty (already subtracted from score). */
  penalty: z.number().int().min(0),
  differences: z.array(z.enum(['numbers', 'number-form', 'punctuation', 'width', 'whitespace', 'tags'])),
  level: z.enum(['paragraph', 'sentence']),
  createdAt: z.string(),
  /** Character diff from the stored source to the current one: delete = only stored, insert = only current. */
  diff: z.array(z.strictObject({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() })),
  /** For a match differing only in numbers: the translations with the new numbers, null where not safe. */
  numberFix: z.strictObject({ en: z.string().nullable(), zhHans: z.string().nullable() }).nullable(),
  /** Set on a sub-paragraph match: the sentence of the current paragraph it is for. */
  sentence: z.strictObject({ index: z.number().int().nonnegative(), text: z.string() }).nullable(),
});

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const ParagraphRef = z.strictObject({ paragraphId: Id });
const DocumentRef = z.strictObject({ documentId: Id });
const CellRef = z.strictObject({ paragraphId: Id, lang: TargetLang });
const Title = z.string().trim().min(1, 'A document needs a title').max(500);
const Done = z.strictObject({});

export const contract = {
  // Long operations: a call given a jobId can be watched and cancelled while it runs.
  jobProgress: method(z.strictObject({ jobId: JobId }), JobStatus.nullable()),
  cancelJob: method(z.strictObject({ jobId: JobId }), Done),

  // Documents and cells.
  listDocuments: method(z.strictObject({}), z.array(DocumentSummary)),
  importText: method(
    z.strictObject({
      title: Title,
      text: z.string().max(MAX_TEXT_CHARS, `A document may hold at most ${MAX_TEXT_CHARS} characters`),
      /** The project it goes into; the default project (the first one) when absent. */
      projectId: Id.optional(),
    }),
    DocumentSummary,
  ),
  getDocument: method(DocumentRef, DocumentView),
  saveTarget: method(z.strictObject({ paragraphId: Id, lang: TargetLang, text: z.string().max(MAX_CELL_CHARS) }), Cell),
  confirmTarget: method(CellRef, Cell),
  /** Marks a confirmed-quality cell as reviewed (it is stored in the TM like a confirmation). */
  markReviewed: method(CellRef, Cell),
  renameDocument: method(z.strictObject({ documentId: Id, title: Title }), Done),
  trashDocument: method(DocumentRef, Done),
  restoreDocument: method(DocumentRef, Done),
  listTrash: method(z.strictObject({}), z.array(TrashEntry)),

  // Projects (service/projects.ts): each groups documents and owns a memory, a glossary, vocabulary and spelling words.
  listProjects: method(z.strictObject({}), z.array(ProjectSummary)),
  createProject: method(z.strictObject({ name: ProjectName }), ProjectSummary),
  /** Renames the project and its own memory, which is named after it. */
  renameProject: method(z.strictObject({ projectId: Id, name: ProjectName }), ProjectSummary),
  /** Only an empty project (no documents, none in the trash): its glossary, vocabulary and spelling words go; its memory stays, standalone. */
  deleteProject: method(z.strictObject({ projectId: Id }), Done),
  /**
   * Puts a document in another project. From then on its confirmations go to that project's memory
   * and it uses that project's memories, glossary, vocabulary and spelling words; nothing already
   * stored moves (its confirmed units stay in the old memory). Its Simplified machine drafts are redone.
   */
  moveDocument: method(DocumentMove, DocumentMoveOutcome),

  // Import (files, paste) and paragraph edits.
  previewImport: method(SourceFile, ImportPreview),
  importFile: method(SourceFile.extend({ title: Title.optional(), jobId: JobId.optional(), projectId: Id.optional() }), ImportOutcome),
  splitParagraph: method(z.strictObject({ paragraphId: Id, offset: Count }), ParagraphEditOutcome),
  mergeParagraphs: method(ParagraphRef, ParagraphEditOutcome),
  setParagraphExcluded: method(z.strictObject({ paragraphId: Id, excluded: z.boolean().nullable() }), ParagraphEditOutcome),
  setIncludeBoilerplate: method(z.strictObject({ documentId: Id, include: z.boolean() }), ParagraphEditOutcome),
  undoParagraphEdit: method(DocumentRef, ParagraphEditOutcome),

  // The Simplified column.
  listVocabulary: method(z.strictObject({ projectId: Id.nullable().optional() }), z.array(VocabularyEntry)),
  saveVocabularyEntry: method(VocabularyInput, VocabularyChange),
  setVocabularyEnabled: method(z.strictObject({ id: Id, enabled: z.boolean() }), VocabularyChange),
  deleteVocabularyEntry: method(z.strictObject({ id: Id }), VocabularyChange),
  setDocumentVariant: method(z.strictObject({ documentId: Id, variant: SourceVariant }), Refresh),
  editSource: method(z.strictObject({ paragraphId: Id, source: z.string().trim().min(1).max(MAX_CELL_CHARS) }), Refresh),
  reconvertCell: method(ParagraphRef, SimplifiedCell),
  undoReconvert: method(ParagraphRef, SimplifiedCell),
  dismissStale: method(CellRef, Done),
  getConversionSpans: method(
    ParagraphRef,
    z.strictObject({ draft: z.strictObject({ text: z.string(), spans: z.array(DraftSpan) }), current: z.boolean() }),
  ),
  findTraditionalLeft: method(
    z.strictObject({ text: z.string().max(MAX_CELL_CHARS) }),
    z.array(z.strictObject({ index: Count, char: z.string(), simplified: z.string() })),
  ),

  // Translation memory.
  findTmMatches: method(ParagraphRef, z.array(TmMatch)),
  /** Substring search over sources and both targets of the memories the document's project uses. */
  concordance: method(z.strictObject({ documentId: Id, term: z.string().trim().min(1, 'There is nothing to search for').max(200) }), ConcordanceResult),
  /** Offers a confirmed cell's text, as drafts, to the identical source paragraphs of its document. */
  propagateTranslation: method(CellRef, z.strictObject({ paragraphIds: z.array(Id) })),
  tmStats: method(z.strictObject({}), TmStats),
  importTmx: method(
    z.strictObject({ fileName: z.string().min(1).max(300), contentBase64: FileContent, tmId: Id.optional(), jobId: JobId.optional() }),
    TmxImportReport,
  ),
  exportTmx: method(z.strictObject({ tmId: Id }), z.strictObject({ fileName: z.string(), contentBase64: z.string(), units: Count })),
  removeTmDuplicates: method(z.strictObject({ tmId: Id }), z.strictObject({ removed: Count })),
  deleteTmUnits: method(z.strictObject({ unitIds: z.array(Id).min(1).max(10_000) }), z.strictObject({ deleted: Count })),
  editTmUnit: method(
    z.strictObject({ unitId: Id, source: z.string().trim().min(1).max(MAX_CELL_CHARS).optional(), en: z.string().max(MAX_CELL_CHARS).nullable().optional(), zhHans: z.string().max(MAX_CELL_CHARS).nullable().optional() }),
    z.strictObject({ unitId: Id, source: z.string(), en: z.string().nullable(), zhHans: z.string().nullable(), updatedAt: z.string() }),
  ),
  /** Lets a project draw matches from another memory, read-only, with points taken off each match. */
  attachTm: method(z.strictObject({ projectId: Id, tmId: Id, penalty: z.number().int().min(0).max(100).default(0) }), z.strictObject({})),
  detachTm: method(z.strictObject({ projectId: Id, tmId: Id }), z.strictObject({})),
  /** The memories a project looks up: its own writable one (once it exists), then those attached, with their penalties. */
  projectMemories: method(z.strictObject({ projectId: Id }), z.array(ProjectMemory)),
  /** A new, empty memory that TMX can be imported into and projects can attach. */
  createTm: method(z.strictObject({ name: z.string().trim().min(1, 'A memory needs a name').max(200) }), z.strictObject({ tmId: Id })),
  /** Browses one memory's units, newest first; with a query, those containing it (as the concordance matches). */
  listTmUnits: method(TmUnitQuery, ConcordanceResult),

  // Comments, history, find and replace.
  setComment: method(z.strictObject({ paragraphId: Id, text: z.string().max(10_000) }), Done),
  listRevisions: method(CellRef, z.array(Revision)),
  /** Reviewer mode: the document's cells whose text differs from the text they had when last confirmed as translated. */
  getReviewChanges: method(DocumentRef, z.array(TranslationChange)),
  restoreRevision: method(z.strictObject({ revisionId: Id }), Cell.extend({ paragraphId: Id, lang: TargetLang })),
  previewReplace: method(ReplaceRequest, z.array(ReplacePreview)),
  applyReplace: method(ReplaceRequest, z.strictObject({ batchId: Id.nullable(), cells: Count, replacements: Count })),
  undoBatch: method(z.strictObject({ batchId: Id }), z.strictObject({ restored: Count, skipped: Count })),
  /** Document-wide undo/redo of the translator's cell changes, one step at a time (service/history.ts). */
  undoDocumentEdit: method(DocumentRef, HistoryOutcome),
  redoDocumentEdit: method(DocumentRef, HistoryOutcome),

  // Terminology and quality assurance.
  listGlossary: method(z.strictObject({ projectId: Id.nullable().optional() }), z.array(GlossaryEntry)),
  saveGlossaryEntry: method(GlossaryInput, GlossaryEntry),
  deleteGlossaryEntry: method(z.strictObject({ id: Id }), GlossaryEntry),
  importGlossary: method(
    GlossaryFile,
    z.strictObject({ added: Count, updated: Count, unchanged: Count, skipped: z.array(z.strictObject({ at: z.string(), reason: z.string() })) }),
  ),
  exportGlossary: method(
    z.strictObject({ projectId: Id.nullable(), format: GlossaryFormat }),
    z.strictObject({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  ),
  getGlossaryHits: method(ParagraphRef, z.array(GlossaryHit)),
  lookupDictionary: method(z.strictObject({ text: z.string().max(MAX_CELL_CHARS), start: Count, end: Count }), z.array(DictionaryMatch)),
  checkCell: method(z.strictObject({ paragraphId: Id, lang: TargetLang, text: z.string().max(MAX_CELL_CHARS).optional() }), z.array(QaFinding)),
  checkDocument: method(
    DocumentRef,
    z.strictObject({ documentId: Id, title: z.string(), findings: z.array(QaFinding), counts: QaCounts }),
  ),
  ignoreWarning: method(IgnoreRequest, IgnoreRequest.extend({ createdAt: z.string() })),
  unignoreWarning: method(z.strictObject({ paragraphId: Id, lang: TargetLang, check: QaCheck, key: z.string().max(2000) }), z.strictObject({ removed: z.boolean() })),
  qaReport: method(
    z.strictObject({ documentId: Id, format: z.enum(['csv', 'html']), language: QaReportLanguage.default('en') }),
    z.strictObject({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string(), counts: QaCounts }),
  ),
  listSpellingWords: method(z.strictObject({ projectId: Id }), z.array(SpellingWord)),
  addSpellingWord: method(SpellingWordRequest, z.strictObject({ added: z.boolean() })),
  removeSpellingWord: method(SpellingWordRequest, z.strictObject({ removed: z.boolean() })),
  /** British (en-GB, the default) or American (en-US) spelling for the project's English cells. */
  getSpellingVariant: method(z.strictObject({ projectId: Id }), SpellingVariantResult),
  setSpellingVariant: method(z.strictObject({ projectId: Id, variant: SpellingVariant }), SpellingVariantResult),

  // Export, and files coming back from review.
  exportDocument: method(ExportOptions.extend({ jobId: JobId.optional() }), ExportResult),
  previewReviewImport: method(ReviewFile, ReviewDiff),
  applyReviewImport: method(
    ReviewFile.extend({
      accept: z.array(CellRef).optional(),
      status: z.enum(['draft', 'reviewed']).default('draft'),
    }),
    z.strictObject({ diff: ReviewDiff, applied: z.array(ReviewChange) }),
  ),
  importXliff: method(ReviewFile.extend({ dryRun: z.boolean().default(false) }), XliffImport),

  // Backups: the rolling copies of the database beside it, and putting one back while the app runs.
  listBackups: method(z.strictObject({}), z.array(BackupEntry)),
  createBackup: method(z.strictObject({}), BackupEntry),
  /** Saves the current state as a backup first, then replaces the database with the named backup. */
  restoreBackup: method(z.strictObject({ name: BackupName }), RestoreOutcome),
  getBackupSettings: method(z.strictObject({}), BackupSettings),
  /** Sets how many backups are kept, and deletes the oldest beyond that number at once. */
  setBackupSettings: method(z.strictObject({ keep: BackupsKept }), BackupSettings),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the backend implements: each method receives an already validated argument. */
export type ApiImplementation = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** What every caller (renderer, tests, CLI) sees: each method is asynchronous. */
export type Api = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export type TargetLangT = z.infer<typeof TargetLang>;
export type CellStatusT = z.infer<typeof CellStatus>;
export type ParagraphKindT = z.infer<typeof ParagraphKind>;
export type CellT = z.infer<typeof Cell>;
export type ParagraphT = z.infer<typeof Paragraph>;
export type DocumentSummaryT = z.infer<typeof DocumentSummary>;
export type DocumentViewT = z.infer<typeof DocumentView>;
export type TmMatchT = z.infer<typeof TmMatch>;
export type GridCellT = z.infer<typeof GridCell>;
export type VocabularyEntryT = z.infer<typeof VocabularyEntry>;
export type ImportPreviewT = z.infer<typeof ImportPreview>;
export type ExportOptionsT = z.input<typeof ExportOptions>;
export type ReviewDiffT = z.infer<typeof ReviewDiff>;
export type RevisionT = z.infer<typeof Revision>;
export type TranslationChangeT = z.infer<typeof TranslationChange>;
export type ReplacePreviewT = z.infer<typeof ReplacePreview>;
export type DraftSpanT = z.infer<typeof DraftSpan>;
export type QaFindingT = z.infer<typeof QaFinding>;
export type GlossaryEntryT = z.infer<typeof GlossaryEntry>;
export type GlossaryHitT = z.infer<typeof GlossaryHit>;
export type DictionaryMatchT = z.infer<typeof DictionaryMatch>;
export type { JobPhaseT, JobStatusT } from './job-schemas.ts';
export type ConcordanceResultT = z.infer<typeof ConcordanceResult>;
