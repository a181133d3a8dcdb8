/**
 * Importing source files as documents, and the paragraph edits that fix up what the import
 * got wrong: split, merge, include/exclude, the document's boilerplate setting and undo.
 * Plain functions over the Store, for the contract implementation and the CLI to call.
 */
import { toSimplified } from '../core/convert.ts';
import { WorkbenchError } from '../core/errors.ts';
import { afterSplit, joinCells, splitSource, TARGET_LANGS, type CellPair, type CellValue } from '../core/import/edits.ts';
import { countKinds, parseSource, previewSource, type ParsedParagraph, type ParseOptions, type SourcePreview } from '../core/import/index.ts';
import type { Checkpoint } from '../core/api/job-schemas.ts';
import { joinText } from '../core/text.ts';
import type { EditOutcome, ParagraphState } from '../db/paragraph-edits.ts';
import type { Store } from '../db/store.ts';

/** Makes the Simplified machine draft of a source; the vocabulary-aware drafter can be passed in. */
export type Drafter = (source: string) => string;
const opencc: Drafter = (source) => toSimplified(source);

export interface ImportRequest extends ParseOptions {
  bytes: Uint8Array;
  /** The document's title; the detected one (first heading, else the file name) when absent. */
  title?: string;
  /** The project it goes into; the default project when absent. */
  projectId?: number;
}

export interface ImportOutcome extends Omit<SourcePreview, 'paragraphs'> {
  documentId: number;
}

export function previewImport({ bytes, ...options }: ImportRequest): Promise<SourcePreview> {
  return previewSource(bytes, options);
}

/**
 * Parses and stores a file as a new document: each paragraph with its kind, an empty English
 * cell and the Simplified machine draft (status auto). One transaction: a refused or failed
 * import leaves the database as it was.
 */
export async function importFile(
  store: Store,
  request: ImportRequest,
  now: string,
  draft: Drafter = opencc,
  checkpoint: Checkpoint = async () => {},
): Promise<ImportOutcome> {
  const { bytes, title, projectId, ...options } = request;
  await checkpoint('reading', 0, bytes.length);
  const parsed = await parseSource(bytes, options);
  const paragraphs = await draftAll(parsed.paragraphs, draft, checkpoint);
  await checkpoint('saving', paragraphs.length, paragraphs.length);
  const documentTitle = title?.trim() || parsed.title;
  const documentId = store.transaction(() => {
    // The file was parsed and drafted between checkpoints, while other calls ran: its project may be gone.
    if (projectId !== undefined && !store.projects.find(projectId)) {
      throw new WorkbenchError('NOT_FOUND', `Project ${projectId} was deleted while the file was being imported; nothing was imported`);
    }
    const id = store.documents.create(documentTitle, paragraphs, now, projectId);
    store.paragraphEdits.recordSource(id, { format: parsed.format, encoding: parsed.encoding });
    return id;
  });
  const { paragraphs: _stored, ...details } = parsed;
  return { ...details, title: documentTitle, documentId, paragraphCount: paragraphs.length, counts: countKinds(parsed.paragraphs) };
}

/** Paragraphs drafted per checkpoint: about a tenth of a second of OpenCC work. */
const DRAFT_CHUNK = 1000;

async function draftAll(parsed: readonly Pick<ParsedParagraph, 'source' | 'kind'>[], draft: Drafter, checkpoint: Checkpoint) {
  const drafted = [];
  for (const [index, { source, kind }] of parsed.entries()) {
    if (index % DRAFT_CHUNK === 0) await checkpoint('drafting', index, parsed.length);
    drafted.push({ source, kind, zhHansDraft: draft(source) });
  }
  return drafted;
}

function paragraphOf(store: Store, paragraphId: number): ParagraphState {
  const paragraph = store.paragraphEdits.paragraph(paragraphId);
  if (!paragraph) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
  return paragraph;
}

function documentExists(store: Store, documentId: number): void {
  if (!store.paragraphEdits.settings(documentId)) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
}

/** A machine draft of the new source where the cell was a machine draft; a person's text as it was. */
function redraft(lang: (typeof TARGET_LANGS)[number], cell: CellValue, source: string, now: string, draft: Drafter): CellValue {
  if (cell.status !== 'auto') return cell;
  const text = lang === 'zh-Hans' ? draft(source) : '';
  return { text, status: text === '' ? 'empty' : 'auto', updatedAt: now };
}

function cellsFor(source: string, now: string, draft: Drafter): CellPair {
  const text = draft(source);
  return {
    en: { text: '', status: 'empty', updatedAt: now },
    'zh-Hans': { text, status: text === '' ? 'empty' : 'auto', updatedAt: now },
  };
}

/**
 * Splits a paragraph at `offset` (UTF-16 code units into its source). The targets already made
 * stay with the first part (confirmed ones go back to draft); the second part gets an empty
 * English cell and a Simplified machine draft.
 */
export function splitParagraph(store: Store, { paragraphId, offset }: { paragraphId: number; offset: number }, now: string, draft: Drafter = opencc): EditOutcome {
  return store.transaction(() => {
    const paragraph = paragraphOf(store, paragraphId);
    const [first, second] = splitSource(paragraph.source, offset);
    const firstCells = Object.fromEntries(
      TARGET_LANGS.map((lang) => [lang, redraft(lang, afterSplit(paragraph.cells[lang], now), first, now, draft)]),
    ) as CellPair;
    return store.paragraphEdits.split({
      paragraph,
      first: { source: first, cells: firstCells },
      second: { source: second, cells: cellsFor(second, now, draft) },
      now,
    });
  });
}

/** Merges a paragraph with the one after it: sources and target cells joined as running text. */
export function mergeParagraphs(store: Store, { paragraphId }: { paragraphId: number }, now: string): EditOutcome {
  return store.transaction(() => {
    const first = paragraphOf(store, paragraphId);
    const second = store.paragraphEdits.next(first);
    if (!second) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} is the last one: there is no next paragraph to merge with`);
    const cells = Object.fromEntries(
      TARGET_LANGS.map((lang) => [lang, joinCells(first.cells[lang], second.cells[lang], now)]),
    ) as CellPair;
    return store.paragraphEdits.merge({ first, second, source: joinText(first.source, second.source), cells, now });
  });
}

/** Excludes a paragraph from translation, statistics and exports (true), includes it (false), or resets it to its kind's default (null). */
export function setParagraphExcluded(store: Store, { paragraphId, excluded }: { paragraphId: number; excluded: boolean | null }, now: string): EditOutcome {
  return store.transaction(() => store.paragraphEdits.setInclusion(paragraphOf(store, paragraphId), excluded === null ? null : !excluded, now));
}

/** Boilerplate is excluded by default; this includes all of the document's boilerplate again, or excludes it. */
export function setIncludeBoilerplate(store: Store, { documentId, include }: { documentId: number; include: boolean }, now: string): EditOutcome {
  return store.transaction(() => {
    documentExists(store, documentId);
    return store.paragraphEdits.setIncludeBoilerplate(documentId, include, now);
  });
}

/** Undoes the document's latest paragraph edit. */
export function undoParagraphEdit(store: Store, { documentId }: { documentId: number }, now: string): EditOutcome {
  return store.transaction(() => {
    documentExists(store, documentId);
    const outcome = store.paragraphEdits.undo(documentId, now);
    if (!outcome) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} has no paragraph edit to undo`);
    return outcome;
  });
}

export interface DocumentInclusion {
  includeBoilerplate: boolean;
  format?: string;
  encoding?: string | null;
  /** Paragraphs left out of translation, statistics and exports. */
  excludedParagraphIds: number[];
}

/** What getDocument, the statistics and the exports need to leave excluded paragraphs out. */
export function documentInclusion(store: Store, documentId: number): DocumentInclusion {
  const settings = store.paragraphEdits.settings(documentId);
  if (!settings) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
  return { ...settings, excludedParagraphIds: store.paragraphEdits.excludedParagraphIds(documentId) };
}
