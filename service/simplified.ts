/**
 * The Simplified column over the store: drafting with the vocabulary layer, and keeping
 * drafts current without ever overwriting a person's work.
 *
 * A cell with status auto holds the machine's draft and is simply redrafted when its source,
 * its document's variant or the vocabulary changes. Any other status means a person has
 * edited, cleared or confirmed the cell: it is left as it is and flagged (stale_reason) when
 * the machine would now draft something else than the draft the person started from
 * (machine_draft), or at once when the source itself changed. `reconvert` replaces such a
 * cell with the fresh draft and keeps the previous text for `undoReconvert`.
 *
 * Every function takes `now` (an ISO time) from the caller's clock and writes in one transaction.
 */
import type { CellT, TargetLangT } from '../core/api/contract.ts';
import type { SourceVariant } from '../core/convert.ts';
import { WorkbenchError } from '../core/errors.ts';
import { draftSimplified, simplify, type Draft, type DraftOptions } from '../core/simplified/draft.ts';
import {
  checkVocabularyPair,
  compileVocabulary,
  effectiveEntries,
  type ScopedVocabularyEntry,
  type Vocabulary,
} from '../core/simplified/vocabulary.ts';
import { trimLayoutSpace } from '../core/text.ts';
import type { Store } from '../db/store.ts';
import { glossaryDraftVocabulary } from './glossary.ts';
import type { CellDraftState, DraftCellRow, StaleReason, VocabularyRow } from '../db/vocabulary.ts';

const ZH: TargetLangT = 'zh-Hans';
const MAX_NOTE_CHARS = 1000;

/** What a refresh did: auto cells redrafted, and cells of a person newly flagged or kept flagged. */
export interface RefreshSummary {
  regenerated: number;
  flagged: number;
}

/** A Simplified cell with its drafting state, as reconvert and undo return it. */
export type SimplifiedCell = CellT & Omit<CellDraftState, 'paragraphId' | 'lang' | 'status'>;

type OptionsFor = (projectId: number, variant: SourceVariant) => DraftOptions;

/**
 * Drafting options per project from one snapshot of the vocabulary table, compiled once per
 * project. The project's glossary comes last, so its zh-Hans terms win over the vocabulary.
 */
function optionsFrom(store: Store, rows: readonly ScopedVocabularyEntry[]): OptionsFor {
  const compiled = new Map<number, Vocabulary>();
  return (projectId, variant) => {
    let vocabulary = compiled.get(projectId);
    if (!vocabulary) {
      vocabulary = compileVocabulary([...effectiveEntries(rows, projectId), ...glossaryDraftVocabulary(store, projectId)]);
      compiled.set(projectId, vocabulary);
    }
    return { variant, vocabulary };
  };
}

export function draftOptions(store: Store, projectId: number, variant: SourceVariant): DraftOptions {
  return optionsFrom(store, store.vocabulary.applicableTo(projectId))(projectId, variant);
}

/** The drafting function importText applies to each new paragraph of a document. */
export function importDrafter(store: Store, projectId: number, variant: SourceVariant): (source: string) => string {
  const options = draftOptions(store, projectId, variant);
  return (source) => simplify(source, options);
}

function zhCell(store: Store, paragraphId: number): DraftCellRow {
  const cell = store.simplifiedCells.find(paragraphId);
  if (!cell) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
  return cell;
}

/** Writes a new draft into an auto cell; true when its text changed. */
function redraft(store: Store, cell: DraftCellRow, draft: string, now: string): boolean {
  if (draft === cell.text && draft === cell.machineDraft) return false;
  if (draft !== cell.text) store.targets.write(cell.paragraphId, ZH, { text: draft, status: 'auto', updatedAt: now });
  store.simplifiedCells.setState(cell.paragraphId, ZH, draft, null);
  return draft !== cell.text;
}

/**
 * Redrafts cells after a change. `fresh` drafts with the inputs after the change; `before`
 * with the inputs before it, used as the base of a person's cell whose base was never
 * recorded (cells edited before migration 002).
 */
function refresh(
  store: Store,
  cells: readonly DraftCellRow[],
  fresh: (cell: DraftCellRow) => string,
  before: (cell: DraftCellRow) => string,
  cause: StaleReason,
  now: string,
): RefreshSummary {
  const summary: RefreshSummary = { regenerated: 0, flagged: 0 };
  for (const cell of cells) {
    const draft = fresh(cell);
    if (cell.status === 'auto') {
      if (redraft(store, cell, draft, now)) summary.regenerated += 1;
      continue;
    }
    const base = cell.machineDraft ?? before(cell);
    // A changed source stays flagged until the person acts; a draft that changes back unflags.
    const reason = (cell.staleReason === 'source' || draft !== base) ? (cell.staleReason ?? cause) : null;
    if (reason !== null) summary.flagged += 1;
    if (reason !== cell.staleReason || base !== cell.machineDraft) {
      store.simplifiedCells.setState(cell.paragraphId, ZH, base, reason);
    }
  }
  return summary;
}

/** Changes the Traditional variant a document is converted from, and redrafts it. */
export function setDocumentVariant(store: Store, documentId: number, variant: SourceVariant, now: string): RefreshSummary {
  return store.transaction(() => {
    const previous = store.simplifiedCells.variant(documentId);
    if (previous === undefined) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
    if (previous === variant) return { regenerated: 0, flagged: 0 };
    store.simplifiedCells.setVariant(documentId, variant, now);
    const options = optionsFrom(store, store.vocabulary.list());
    return refresh(
      store,
      store.simplifiedCells.ofDocument(documentId),
      (cell) => simplify(cell.source, options(cell.projectId, variant)),
      (cell) => simplify(cell.source, options(cell.projectId, previous)),
      'variant',
      now,
    );
  });
}

/**
 * Redrafts a document just moved out of another project: its drafts now follow the new project's
 * vocabulary and glossary. Call inside the move's transaction, after the move.
 */
export function redraftMovedDocument(store: Store, documentId: number, fromProjectId: number, now: string): RefreshSummary {
  const options = optionsFrom(store, store.vocabulary.list());
  return refresh(
    store,
    store.simplifiedCells.ofDocument(documentId),
    (cell) => simplify(cell.source, options(cell.projectId, cell.variant)),
    (cell) => simplify(cell.source, options(fromProjectId, cell.variant)),
    'vocabulary',
    now,
  );
}

/**
 * Replaces a paragraph's source text. Its auto draft is redrafted; every cell a person has
 * written, in either language, is flagged: the meaning may have changed under their words.
 */
export function editSource(store: Store, paragraphId: number, source: string, now: string): RefreshSummary {
  const text = trimLayoutSpace(source.normalize('NFC'));
  if (text === '') throw new WorkbenchError('INVALID_PAYLOAD', 'A paragraph needs some source text');
  if (/[\r\n\u2028\u2029]/u.test(text)) throw new WorkbenchError('INVALID_PAYLOAD', 'A paragraph’s source is one line: split it into paragraphs instead');
  return store.transaction(() => {
    const cell = zhCell(store, paragraphId);
    if (cell.source === text) return { regenerated: 0, flagged: 0 };
    store.simplifiedCells.setSource(cell, text, now);
    let flagged = 0;
    for (const state of store.simplifiedCells.statesOf(paragraphId)) {
      // An empty English cell has no translation to go stale; a cleared Simplified one was a person's choice.
      if (state.status === 'auto' || (state.lang === 'en' && state.status === 'empty')) continue;
      store.simplifiedCells.setState(paragraphId, state.lang, state.machineDraft, 'source');
      flagged += 1;
    }
    const regenerated =
      cell.status === 'auto' && redraft(store, cell, simplify(text, draftOptions(store, cell.projectId, cell.variant)), now) ? 1 : 0;
    return { regenerated, flagged };
  });
}

export interface VocabularyChange {
  /** The entry after the change; for a deletion, as it was. */
  entry: VocabularyRow;
  refresh: RefreshSummary;
}

/**
 * Applies a change to what drafting uses (the vocabulary or the glossary) and redrafts what it
 * can affect: only paragraphs whose source contains a changed phrase, in the project the change
 * belongs to or (a global change, projectId null) everywhere. Auto cells are regenerated; a
 * person's cells are flagged, never overwritten.
 */
export function redraftAfter<T>(
  store: Store,
  write: () => { result: T; phrases: string[]; projectId: number | null },
  now: string,
): { result: T; refresh: RefreshSummary } {
  return store.transaction(() => {
    const before = optionsFrom(store, store.vocabulary.list());
    const { result, phrases, projectId } = write();
    const after = optionsFrom(store, store.vocabulary.list());
    const cells = store.simplifiedCells.containing(phrases, projectId);
    const summary = refresh(
      store,
      cells,
      (cell) => simplify(cell.source, after(cell.projectId, cell.variant)),
      (cell) => simplify(cell.source, before(cell.projectId, cell.variant)),
      'vocabulary',
      now,
    );
    return { result, refresh: summary };
  });
}

function changeVocabulary(store: Store, write: () => { entry: VocabularyRow; phrases: string[] }, now: string): VocabularyChange {
  const { result, refresh: summary } = redraftAfter(
    store,
    () => {
      const { entry, phrases } = write();
      return { result: entry, phrases, projectId: entry.projectId };
    },
    now,
  );
  return { entry: result, refresh: summary };
}

export interface VocabularyInput {
  traditional: string;
  simplified: string;
  note?: string;
}

function checkedText({ traditional, simplified, note = '' }: VocabularyInput) {
  const pair = checkVocabularyPair(traditional, simplified);
  const trimmed = note.trim();
  if (trimmed.length > MAX_NOTE_CHARS) throw new WorkbenchError('INVALID_PAYLOAD', `A note may hold at most ${MAX_NOTE_CHARS} characters`);
  return { ...pair, note: trimmed };
}

/** Adds a global entry (projectId null) or a project's own. */
export function addVocabularyEntry(store: Store, projectId: number | null, input: VocabularyInput, now: string): VocabularyChange {
  const text = checkedText(input);
  return changeVocabulary(store, () => ({ entry: store.vocabulary.add(projectId, text, now), phrases: [text.traditional] }), now);
}

export function updateVocabularyEntry(store: Store, id: number, input: VocabularyInput, now: string): VocabularyChange {
  const text = checkedText(input);
  return changeVocabulary(store, () => {
    const previous = store.vocabulary.find(id);
    const entry = store.vocabulary.update(id, text, now);
    return { entry, phrases: [...new Set([previous?.traditional ?? text.traditional, text.traditional])] };
  }, now);
}

export function setVocabularyEnabled(store: Store, id: number, enabled: boolean, now: string): VocabularyChange {
  return changeVocabulary(store, () => {
    const entry = store.vocabulary.setEnabled(id, enabled, now);
    return { entry, phrases: [entry.traditional] };
  }, now);
}

export function deleteVocabularyEntry(store: Store, id: number, now: string): VocabularyChange {
  return changeVocabulary(store, () => {
    const entry = store.vocabulary.delete(id);
    return { entry, phrases: [entry.traditional] };
  }, now);
}

function simplifiedCell(store: Store, paragraphId: number): SimplifiedCell {
  const cell = store.targets.find(paragraphId, ZH);
  const state = store.simplifiedCells.statesOf(paragraphId).find((s) => s.lang === ZH);
  if (!cell || !state) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
  const { machineDraft, staleReason, canUndoReconvert } = state;
  return { ...cell, machineDraft, staleReason, canUndoReconvert };
}

/** Replaces the Simplified cell with a fresh draft, keeping what it held for undoReconvert. */
export function reconvert(store: Store, paragraphId: number, now: string): SimplifiedCell {
  return store.transaction(() => {
    const cell = zhCell(store, paragraphId);
    const draft = simplify(cell.source, draftOptions(store, cell.projectId, cell.variant));
    if (cell.status === 'auto' && cell.text === draft) return simplifiedCell(store, paragraphId);
    const { text, status, machineDraft, staleReason } = cell;
    store.simplifiedCells.saveUndo(paragraphId, ZH, { text, status, machineDraft, staleReason, reconvertedText: draft }, now);
    store.targets.write(paragraphId, ZH, { text: draft, status: 'auto', updatedAt: now });
    store.simplifiedCells.setState(paragraphId, ZH, draft, null);
    return simplifiedCell(store, paragraphId);
  });
}

/** Puts back the cell as it was before its last reconvert, flag included. */
export function undoReconvert(store: Store, paragraphId: number, now: string): SimplifiedCell {
  return store.transaction(() => {
    const cell = zhCell(store, paragraphId);
    const undo = store.simplifiedCells.findUndo(paragraphId, ZH);
    if (!undo || undo.reconvertedText !== cell.text) {
      const why = undo ? ': the cell has changed since, and undoing would lose that' : '';
      throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} has no reconvert to undo${why}`);
    }
    store.targets.write(paragraphId, ZH, { text: undo.text, status: undo.status, updatedAt: now });
    store.simplifiedCells.setState(paragraphId, ZH, undo.machineDraft, undo.staleReason);
    store.simplifiedCells.deleteUndo(paragraphId, ZH);
    return simplifiedCell(store, paragraphId);
  });
}

/**
 * "Keep my text": clears a cell's flag. The Simplified cell's base becomes today's draft, so
 * it is flagged again only when the machine's draft changes once more.
 */
export function dismissStale(store: Store, paragraphId: number, lang: TargetLangT): void {
  store.transaction(() => {
    const state = store.simplifiedCells.statesOf(paragraphId).find((s) => s.lang === lang);
    if (!state) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
    if (lang === 'en') {
      store.simplifiedCells.setState(paragraphId, lang, state.machineDraft, null);
      return;
    }
    const cell = zhCell(store, paragraphId);
    store.simplifiedCells.setState(paragraphId, lang, simplify(cell.source, draftOptions(store, cell.projectId, cell.variant)), null);
  });
}

/**
 * The draft of a paragraph with its highlight spans (offsets: UTF-16 code units, see
 * core/simplified/draft.ts). `current` is true while the cell still holds exactly that
 * draft; once a person has edited it, the spans no longer describe the cell.
 */
export function conversionSpans(store: Store, paragraphId: number): { draft: Draft; current: boolean } {
  const cell = zhCell(store, paragraphId);
  const draft = draftSimplified(cell.source, draftOptions(store, cell.projectId, cell.variant));
  return { draft, current: draft.text === cell.text };
}
