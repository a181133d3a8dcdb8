/**
 * Storage for Simplified drafting: the vocabulary table, and the drafting state of target
 * cells (the machine draft a person's text was based on, why it is stale, reconvert undo)
 * that vocabulary, source and variant changes act on. Schema: migration 002.
 */
import type Database from 'better-sqlite3';
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';
import type { SourceVariant } from '../core/convert.ts';
import { WorkbenchError } from '../core/errors.ts';
import type { ScopedVocabularyEntry } from '../core/simplified/vocabulary.ts';

export type VocabularyOrigin = 'starter' | 'user';

export interface VocabularyRow extends ScopedVocabularyEntry {
  id: number;
  note: string;
  origin: VocabularyOrigin;
  createdAt: string;
  updatedAt: string;
}

/** The editable part of an entry. */
export interface VocabularyText {
  traditional: string;
  simplified: string;
  note: string;
}

const VOCABULARY_SELECT = `SELECT id, project_id AS projectId, traditional, simplified, note, enabled,
  origin, created_at AS createdAt, updated_at AS updatedAt FROM vocabulary`;

type StoredVocabularyRow = Omit<VocabularyRow, 'enabled'> & { enabled: 0 | 1 };
const fromStored = (row: StoredVocabularyRow): VocabularyRow => ({ ...row, enabled: row.enabled === 1 });

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export class VocabularyRepository {
  private readonly all;
  private readonly ofScope;
  private readonly applicable;
  private readonly byId;
  private readonly insert;
  private readonly change;
  private readonly enable;
  private readonly remove;

  constructor(db: Database.Database) {
    this.all = db.prepare(`${VOCABULARY_SELECT} ORDER BY id`);
    this.ofScope = db.prepare(`${VOCABULARY_SELECT} WHERE project_id IS ? ORDER BY id`);
    this.applicable = db.prepare(`${VOCABULARY_SELECT} WHERE project_id IS NULL OR project_id = ? ORDER BY id`);
    this.byId = db.prepare(`${VOCABULARY_SELECT} WHERE id = ?`);
    this.insert = db.prepare(`
      INSERT INTO vocabulary (project_id, traditional, simplified, note, origin, created_at, updated_at)
      VALUES (@projectId, @traditional, @simplified, @note, 'user', @now, @now)`);
    this.change = db.prepare(
      'UPDATE vocabulary SET traditional = @traditional, simplified = @simplified, note = @note, updated_at = @now WHERE id = @id',
    );
    this.enable = db.prepare('UPDATE vocabulary SET enabled = ?, updated_at = ? WHERE id = ?');
    this.remove = db.prepare('DELETE FROM vocabulary WHERE id = ?');
  }

  /** Every entry, global and of every project. */
  list(): VocabularyRow[] {
    return (this.all.all() as StoredVocabularyRow[]).map(fromStored);
  }

  /** The entries of one scope: the global list (null) or one project's own. */
  listScope(projectId: number | null): VocabularyRow[] {
    return (this.ofScope.all(projectId) as StoredVocabularyRow[]).map(fromStored);
  }

  /** The global entries and the project's own, from which core/simplified resolves what applies. */
  applicableTo(projectId: number): VocabularyRow[] {
    return (this.applicable.all(projectId) as StoredVocabularyRow[]).map(fromStored);
  }

  find(id: number): VocabularyRow | undefined {
    const row = this.byId.get(id) as StoredVocabularyRow | undefined;
    return row && fromStored(row);
  }

  /** Adds an entry; the pair must already be checked (core/simplified/vocabulary.ts). */
  add(projectId: number | null, text: VocabularyText, now: string): VocabularyRow {
    const id = this.refusingDuplicates(projectId, text.traditional, () =>
      Number(this.insert.run({ projectId, ...text, now }).lastInsertRowid),
    );
    return this.existing(id);
  }

  update(id: number, text: VocabularyText, now: string): VocabularyRow {
    const { projectId } = this.existing(id);
    this.refusingDuplicates(projectId, text.traditional, () => this.change.run({ id, ...text, now }));
    return this.existing(id);
  }

  setEnabled(id: number, enabled: boolean, now: string): VocabularyRow {
    this.existing(id);
    this.enable.run(enabled ? 1 : 0, now, id);
    return this.existing(id);
  }

  /** Deletes an entry and returns it as it was. */
  delete(id: number): VocabularyRow {
    const row = this.existing(id);
    this.remove.run(id);
    return row;
  }

  private existing(id: number): VocabularyRow {
    const row = this.find(id);
    if (!row) throw new WorkbenchError('NOT_FOUND', `Vocabulary entry ${id} does not exist`);
    return row;
  }

  /** Turns SQLite's constraint errors into messages that name the phrase or the project. */
  private refusingDuplicates<T>(projectId: number | null, traditional: string, write: () => T): T {
    try {
      return write();
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
        const scope = projectId === null ? 'the global vocabulary' : `project ${projectId}'s vocabulary`;
        throw new WorkbenchError('INVALID_PAYLOAD', `"${traditional}" is already in ${scope}`);
      }
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new WorkbenchError('NOT_FOUND', `Project ${projectId} does not exist`);
      throw error;
    }
  }
}

export type StaleReason = 'source' | 'variant' | 'vocabulary';

/** A Simplified cell with what drafting it takes: its source, document variant and project. */
export interface DraftCellRow {
  paragraphId: number;
  documentId: number;
  projectId: number;
  variant: SourceVariant;
  source: string;
  text: string;
  status: CellStatusT;
  machineDraft: string | null;
  staleReason: StaleReason | null;
}

/** The drafting state of one cell, in either language. */
export interface CellDraftState {
  paragraphId: number;
  lang: TargetLangT;
  status: CellStatusT;
  machineDraft: string | null;
  staleReason: StaleReason | null;
  /** True while the last reconvert of the cell can be undone. */
  canUndoReconvert: boolean;
}

/** A cell as it was before a reconvert. */
export interface ReconvertUndo {
  text: string;
  status: CellStatusT;
  machineDraft: string | null;
  staleReason: StaleReason | null;
  /** The text the reconvert wrote: undo applies only while the cell still holds it. */
  reconvertedText: string;
}

const DRAFT_CELL_SELECT = `
  SELECT p.id AS paragraphId, p.document_id AS documentId, d.project_id AS projectId,
    d.source_variant AS variant, p.source, t.text, t.status,
    t.machine_draft AS machineDraft, t.stale_reason AS staleReason
  FROM paragraphs p
  JOIN documents d ON d.id = p.document_id
  JOIN targets t ON t.paragraph_id = p.id AND t.lang = 'zh-Hans'`;

const STATE_SELECT = `
  SELECT t.paragraph_id AS paragraphId, t.lang, t.status, t.machine_draft AS machineDraft,
    t.stale_reason AS staleReason, (u.reconverted_text IS t.text) AS canUndoReconvert
  FROM targets t LEFT JOIN reconvert_undo u ON u.paragraph_id = t.paragraph_id AND u.lang = t.lang`;

type StoredState = Omit<CellDraftState, 'canUndoReconvert'> & { canUndoReconvert: 0 | 1 };
const stateFromStored = (row: StoredState): CellDraftState => ({ ...row, canUndoReconvert: row.canUndoReconvert === 1 });

export class SimplifiedCellRepository {
  private readonly variantOf;
  private readonly updateVariant;
  private readonly updateSource;
  private readonly touchDocument;
  private readonly cell;
  private readonly cellsOfDocument;
  private readonly cellsContaining;
  private readonly statesOfParagraph;
  private readonly statesOfDocument;
  private readonly updateState;
  private readonly insertUndo;
  private readonly undo;
  private readonly removeUndo;

  constructor(db: Database.Database) {
    this.variantOf = db.prepare('SELECT source_variant FROM documents WHERE id = ?').pluck();
    this.updateVariant = db.prepare('UPDATE documents SET source_variant = ?, updated_at = ? WHERE id = ?');
    this.updateSource = db.prepare('UPDATE paragraphs SET source = ? WHERE id = ?');
    this.touchDocument = db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?');
    this.cell = db.prepare(`${DRAFT_CELL_SELECT} WHERE p.id = ?`);
    this.cellsOfDocument = db.prepare(`${DRAFT_CELL_SELECT} WHERE p.document_id = ? ORDER BY p.position`);
    // A vocabulary change can alter only drafts whose source contains one of the changed phrases.
    this.cellsContaining = db.prepare(`${DRAFT_CELL_SELECT}
      WHERE (@projectId IS NULL OR d.project_id = @projectId)
        AND EXISTS (SELECT 1 FROM json_each(@phrases) j WHERE instr(p.source, j.value) > 0)
      ORDER BY p.document_id, p.position`);
    this.statesOfParagraph = db.prepare(`${STATE_SELECT} WHERE t.paragraph_id = ? ORDER BY t.lang`);
    this.statesOfDocument = db.prepare(`${STATE_SELECT}
      JOIN paragraphs p ON p.id = t.paragraph_id WHERE p.document_id = ? ORDER BY p.position, t.lang`);
    this.updateState = db.prepare(
      'UPDATE targets SET machine_draft = ?, stale_reason = ? WHERE paragraph_id = ? AND lang = ?',
    );
    this.insertUndo = db.prepare(`
      INSERT OR REPLACE INTO reconvert_undo
        (paragraph_id, lang, text, status, machine_draft, stale_reason, reconverted_text, created_at)
      VALUES (@paragraphId, @lang, @text, @status, @machineDraft, @staleReason, @reconvertedText, @now)`);
    this.undo = db.prepare(`
      SELECT text, status, machine_draft AS machineDraft, stale_reason AS staleReason, reconverted_text AS reconvertedText
      FROM reconvert_undo WHERE paragraph_id = ? AND lang = ?`);
    this.removeUndo = db.prepare('DELETE FROM reconvert_undo WHERE paragraph_id = ? AND lang = ?');
  }

  variant(documentId: number): SourceVariant | undefined {
    return this.variantOf.get(documentId) as SourceVariant | undefined;
  }

  setVariant(documentId: number, variant: SourceVariant, now: string): void {
    this.updateVariant.run(variant, now, documentId);
  }

  setSource(paragraph: { paragraphId: number; documentId: number }, source: string, now: string): void {
    this.updateSource.run(source, paragraph.paragraphId);
    this.touchDocument.run(now, paragraph.documentId);
  }

  /** The paragraph's Simplified cell. */
  find(paragraphId: number): DraftCellRow | undefined {
    return this.cell.get(paragraphId) as DraftCellRow | undefined;
  }

  ofDocument(documentId: number): DraftCellRow[] {
    return this.cellsOfDocument.all(documentId) as DraftCellRow[];
  }

  /** Cells whose source contains any of the phrases, in one project or (null) in all. */
  containing(phrases: readonly string[], projectId: number | null): DraftCellRow[] {
    return this.cellsContaining.all({ projectId, phrases: JSON.stringify(phrases) }) as DraftCellRow[];
  }

  /** The drafting state of both cells of a paragraph. */
  statesOf(paragraphId: number): CellDraftState[] {
    return (this.statesOfParagraph.all(paragraphId) as StoredState[]).map(stateFromStored);
  }

  /** The drafting state of every cell of a document, for the grid to show flags and undo. */
  statesOfDocumentCells(documentId: number): CellDraftState[] {
    return (this.statesOfDocument.all(documentId) as StoredState[]).map(stateFromStored);
  }

  setState(paragraphId: number, lang: TargetLangT, machineDraft: string | null, staleReason: StaleReason | null): void {
    this.updateState.run(machineDraft, staleReason, paragraphId, lang);
  }

  saveUndo(paragraphId: number, lang: TargetLangT, undo: ReconvertUndo, now: string): void {
    this.insertUndo.run({ paragraphId, lang, ...undo, now });
  }

  findUndo(paragraphId: number, lang: TargetLangT): ReconvertUndo | undefined {
    return this.undo.get(paragraphId, lang) as ReconvertUndo | undefined;
  }

  deleteUndo(paragraphId: number, lang: TargetLangT): void {
    this.removeUndo.run(paragraphId, lang);
  }
}
