/**
 * Import details and paragraph edits: split, merge, include/exclude and the document's
 * boilerplate setting, each in one transaction and each undoable (last edit first).
 *
 * Undo restores the rows as they were. A paragraph that a merge removes is saved whole with
 * every row that depends on it (found from the schema's foreign keys, so tables added by later
 * migrations are kept too) and put back with its own ids where they are still free. A target
 * cell edited after the split or merge keeps that work: undoing a split joins the two edited
 * cells, undoing a merge leaves the edited cell on the first paragraph.
 */
import type Database from 'better-sqlite3';
import type { ParagraphKindT, TargetLangT } from '../core/api/contract.ts';
import { joinCells, TARGET_LANGS, type CellPair, type CellValue } from '../core/import/edits.ts';

type SqlValue = string | number | null;
type Row = Record<string, SqlValue>;

export type EditKind = 'split' | 'merge' | 'inclusion' | 'boilerplate';

export interface ParagraphState {
  id: number;
  documentId: number;
  position: number;
  source: string;
  kind: ParagraphKindT;
  /** Null: follows the kind and the document's boilerplate setting. */
  includeOverride: boolean | null;
  cells: CellPair;
}

export interface SourceDetails {
  format: string;
  encoding: string | null;
}

export interface DocumentImportSettings extends Partial<SourceDetails> {
  includeBoilerplate: boolean;
}

export interface EditOutcome {
  editId: number;
  kind: EditKind;
  documentId: number;
  /** The paragraphs the edit (or its undo) changed, created or restored. */
  paragraphIds: number[];
}

export interface SplitWrite {
  paragraph: ParagraphState;
  first: { source: string; cells: CellPair };
  second: { source: string; cells: CellPair };
  now: string;
}

export interface MergeWrite {
  first: ParagraphState;
  second: ParagraphState;
  source: string;
  cells: CellPair;
  now: string;
}

/** A paragraph removed by a merge, with the rows that depended on it. */
interface Removed {
  paragraph: Row;
  cascaded: { table: string; rows: Row[] }[];
  /** Rows whose reference was set to NULL, by table and rowid. */
  unlinked: { table: string; column: string; rowids: number[] }[];
}

type UndoRecord =
  | { kind: 'split'; paragraph: Row; targets: Row[]; created: number; after: { first: CellPair; second: CellPair } }
  | { kind: 'merge'; paragraph: Row; targets: Row[]; removed: Removed; after: CellPair }
  | { kind: 'inclusion'; paragraphId: number; previous: 0 | 1 | null }
  | { kind: 'boilerplate'; previous: 0 | 1 };

/** A foreign key pointing at a paragraph, directly or through its target cells. */
interface Reference {
  table: string;
  column: string;
  onDelete: string;
  viaTargets: boolean;
  rowid: boolean;
}

interface ForeignKeyRow {
  id: number;
  table: string;
  from: string;
  to: string | null;
  on_delete: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sameCell = (a: CellValue, b: CellValue) => a.text === b.text && a.status === b.status;

export class ParagraphEditRepository {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private referencesCache: Reference[] | undefined;

  constructor(db: Database.Database) {
    this.db = db;
  }

  /** Prepared once per SQL text: the generic row copies build their SQL from the schema. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  // ---- reading ---------------------------------------------------------------------------

  paragraph(paragraphId: number): ParagraphState | undefined {
    const row = this.sql(
      `SELECT id, document_id AS documentId, position, source, kind, include_override AS includeOverride
       FROM paragraphs WHERE id = ?`,
    ).get(paragraphId) as (Omit<ParagraphState, 'cells' | 'includeOverride'> & { includeOverride: 0 | 1 | null }) | undefined;
    if (!row) return undefined;
    const cells = this.sql('SELECT lang, text, status, updated_at AS updatedAt FROM targets WHERE paragraph_id = ?').all(
      paragraphId,
    ) as (CellValue & { lang: TargetLangT })[];
    const pair = Object.fromEntries(cells.map(({ lang, ...cell }) => [lang, cell])) as CellPair;
    return { ...row, includeOverride: row.includeOverride === null ? null : row.includeOverride === 1, cells: pair };
  }

  /** The paragraph after this one in its document, if any. */
  next(paragraph: ParagraphState): ParagraphState | undefined {
    const id = this.sql('SELECT id FROM paragraphs WHERE document_id = ? AND position = ?')
      .pluck()
      .get(paragraph.documentId, paragraph.position + 1) as number | undefined;
    return id === undefined ? undefined : this.paragraph(id);
  }

  settings(documentId: number): DocumentImportSettings | undefined {
    const row = this.sql(
      'SELECT source_format AS format, source_encoding AS encoding, include_boilerplate AS include FROM documents WHERE id = ?',
    ).get(documentId) as { format: string | null; encoding: string | null; include: number } | undefined;
    if (!row) return undefined;
    return { includeBoilerplate: row.include === 1, ...(row.format ? { format: row.format, encoding: row.encoding } : {}) };
  }

  /** Ids of the document's paragraphs left out of translation, statistics and exports. */
  excludedParagraphIds(documentId: number): number[] {
    return this.sql('SELECT paragraph_id FROM paragraph_inclusion WHERE document_id = ? AND included = 0 ORDER BY paragraph_id')
      .pluck()
      .all(documentId) as number[];
  }

  /** Rows per table: lets callers prove that a refused import or edit wrote nothing. */
  rowCounts(): Record<string, number> {
    const tables = this.sql("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((table) => [table, this.sql(`SELECT count(*) FROM ${quote(table)}`).pluck().get() as number]));
  }

  // ---- writing ---------------------------------------------------------------------------

  recordSource(documentId: number, details: SourceDetails): void {
    this.sql('UPDATE documents SET source_format = ?, source_encoding = ? WHERE id = ?').run(details.format, details.encoding, documentId);
  }

  split({ paragraph, first, second, now }: SplitWrite): EditOutcome {
    return this.db.transaction(() => {
      const before = this.sql('SELECT * FROM paragraphs WHERE id = ?').get(paragraph.id) as Row;
      const targets = this.targetRows(paragraph.id);
      this.shift(paragraph.documentId, paragraph.position + 1, 1);
      this.sql('UPDATE paragraphs SET source = ? WHERE id = ?').run(first.source, paragraph.id);
      this.writeCells(paragraph.id, first.cells);
      const created = Number(
        this.sql('INSERT INTO paragraphs (document_id, position, source, kind, include_override) VALUES (?, ?, ?, ?, ?)').run(
          paragraph.documentId,
          paragraph.position + 1,
          second.source,
          paragraph.kind,
          before.include_override,
        ).lastInsertRowid,
      );
      for (const lang of TARGET_LANGS) {
        const cell = second.cells[lang];
        this.sql('INSERT INTO targets (paragraph_id, lang, text, status, updated_at) VALUES (?, ?, ?, ?, ?)').run(
          created,
          lang,
          cell.text,
          cell.status,
          cell.updatedAt,
        );
      }
      const record: UndoRecord = {
        kind: 'split',
        paragraph: before,
        targets,
        created,
        after: { first: first.cells, second: second.cells },
      };
      return this.record(paragraph.documentId, record, now, [paragraph.id, created]);
    }).immediate();
  }

  merge({ first, second, source, cells, now }: MergeWrite): EditOutcome {
    return this.db.transaction(() => {
      const before = this.sql('SELECT * FROM paragraphs WHERE id = ?').get(first.id) as Row;
      const targets = this.targetRows(first.id);
      const removed = this.snapshot(second.id);
      this.sql('UPDATE paragraphs SET source = ? WHERE id = ?').run(source, first.id);
      this.writeCells(first.id, cells);
      this.sql('DELETE FROM paragraphs WHERE id = ?').run(second.id);
      this.shift(first.documentId, second.position + 1, -1);
      const record: UndoRecord = { kind: 'merge', paragraph: before, targets, removed, after: cells };
      return this.record(first.documentId, record, now, [first.id]);
    }).immediate();
  }

  /** Includes (true) or excludes (false) a paragraph by hand; null returns it to the default for its kind. */
  setInclusion(paragraph: ParagraphState, include: boolean | null, now: string): EditOutcome {
    return this.db.transaction(() => {
      const previous = paragraph.includeOverride === null ? null : paragraph.includeOverride ? 1 : 0;
      this.sql('UPDATE paragraphs SET include_override = ? WHERE id = ?').run(include === null ? null : include ? 1 : 0, paragraph.id);
      return this.record(paragraph.documentId, { kind: 'inclusion', paragraphId: paragraph.id, previous }, now, [paragraph.id]);
    }).immediate();
  }

  setIncludeBoilerplate(documentId: number, include: boolean, now: string): EditOutcome {
    return this.db.transaction(() => {
      const previous = this.sql('SELECT include_boilerplate FROM documents WHERE id = ?').pluck().get(documentId) as 0 | 1;
      this.sql('UPDATE documents SET include_boilerplate = ? WHERE id = ?').run(include ? 1 : 0, documentId);
      const boilerplate = this.sql("SELECT id FROM paragraphs WHERE document_id = ? AND kind = 'boilerplate' ORDER BY position")
        .pluck()
        .all(documentId) as number[];
      return this.record(documentId, { kind: 'boilerplate', previous }, now, boilerplate);
    }).immediate();
  }

  /** Undoes the document's latest edit; undefined when there is nothing left to undo. */
  undo(documentId: number, now: string): EditOutcome | undefined {
    return this.db.transaction(() => {
      const latest = this.sql('SELECT id, undo FROM paragraph_edits WHERE document_id = ? ORDER BY id DESC LIMIT 1').get(documentId) as
        | { id: number; undo: string }
        | undefined;
      if (!latest) return undefined;
      const record = JSON.parse(latest.undo) as UndoRecord;
      const paragraphIds = this.reverse(documentId, record, now);
      this.sql('DELETE FROM paragraph_edits WHERE id = ?').run(latest.id);
      this.touch(documentId, now);
      return { editId: latest.id, kind: record.kind, documentId, paragraphIds };
    }).immediate();
  }

  // ---- undo ------------------------------------------------------------------------------

  private reverse(documentId: number, record: UndoRecord, now: string): number[] {
    switch (record.kind) {
      case 'inclusion':
        this.sql('UPDATE paragraphs SET include_override = ? WHERE id = ?').run(record.previous, record.paragraphId);
        return [record.paragraphId];
      case 'boilerplate':
        this.sql('UPDATE documents SET include_boilerplate = ? WHERE id = ?').run(record.previous, documentId);
        return this.sql("SELECT id FROM paragraphs WHERE document_id = ? AND kind = 'boilerplate' ORDER BY position")
          .pluck()
          .all(documentId) as number[];
      case 'split':
        return this.unsplit(record, now);
      case 'merge':
        return this.unmerge(record);
    }
  }

  private unsplit(record: Extract<UndoRecord, { kind: 'split' }>, now: string): number[] {
    const id = Number(record.paragraph.id);
    const first = this.paragraph(id);
    const second = this.paragraph(record.created);
    if (!first || !second) throw new Error(`The paragraphs of split ${id} are gone; the edit cannot be undone`);
    this.sql('DELETE FROM paragraphs WHERE id = ?').run(second.id);
    this.shift(first.documentId, second.position + 1, -1);
    this.restoreRow('paragraphs', ['id'], record.paragraph, ['position']);
    for (const target of record.targets) {
      const lang = target.lang as TargetLangT;
      const untouched = sameCell(first.cells[lang], record.after.first[lang]) && sameCell(second.cells[lang], record.after.second[lang]);
      if (untouched) this.restoreRow('targets', ['paragraph_id', 'lang'], target);
      else this.writeCell(id, lang, joinCells(first.cells[lang], second.cells[lang], now));
    }
    return [id];
  }

  private unmerge(record: Extract<UndoRecord, { kind: 'merge' }>): number[] {
    const id = Number(record.paragraph.id);
    const first = this.paragraph(id);
    if (!first) throw new Error(`Paragraph ${id} is gone; the merge cannot be undone`);
    this.shift(first.documentId, first.position + 1, 1);
    const restored = this.putBack(record.removed, first.position + 1);
    this.restoreRow('paragraphs', ['id'], record.paragraph, ['position']);
    for (const target of record.targets) {
      const lang = target.lang as TargetLangT;
      // An edit made to the merged cell stays on the first paragraph rather than being lost.
      if (sameCell(first.cells[lang], record.after[lang])) this.restoreRow('targets', ['paragraph_id', 'lang'], target);
    }
    return [id, restored];
  }

  // ---- rows ------------------------------------------------------------------------------

  private record(documentId: number, record: UndoRecord, now: string, paragraphIds: number[]): EditOutcome {
    const editId = Number(
      this.sql('INSERT INTO paragraph_edits (document_id, kind, undo, created_at) VALUES (?, ?, ?, ?)').run(
        documentId,
        record.kind,
        JSON.stringify(record),
        now,
      ).lastInsertRowid,
    );
    this.touch(documentId, now);
    return { editId, kind: record.kind, documentId, paragraphIds };
  }

  private touch(documentId: number, now: string): void {
    this.sql('UPDATE documents SET updated_at = ? WHERE id = ?').run(now, documentId);
  }

  private targetRows(paragraphId: number): Row[] {
    return this.sql('SELECT * FROM targets WHERE paragraph_id = ? ORDER BY lang').all(paragraphId) as Row[];
  }

  private writeCell(paragraphId: number, lang: TargetLangT, cell: CellValue): void {
    this.sql('UPDATE targets SET text = ?, status = ?, updated_at = ? WHERE paragraph_id = ? AND lang = ?').run(
      cell.text,
      cell.status,
      cell.updatedAt,
      paragraphId,
      lang,
    );
  }

  private writeCells(paragraphId: number, cells: CellPair): void {
    for (const lang of TARGET_LANGS) this.writeCell(paragraphId, lang, cells[lang]);
  }

  /**
   * Moves the positions from `from` on by `delta`. UNIQUE(document_id, position) is checked
   * row by row, so the rows go through negative positions first.
   */
  private shift(documentId: number, from: number, delta: number): void {
    this.sql('UPDATE paragraphs SET position = -(position + ?) - 1 WHERE document_id = ? AND position >= ?').run(delta, documentId, from);
    this.sql('UPDATE paragraphs SET position = -position - 1 WHERE document_id = ? AND position < 0').run(documentId);
  }

  /**
   * Writes a saved row back. Status goes first, on its own: a trigger that reacts to a status
   * change (keeping the machine draft) must not overwrite the columns restored after it.
   */
  private restoreRow(table: string, keys: readonly string[], row: Row, skip: readonly string[] = []): void {
    const where = keys.map((key) => `${quote(key)} = ?`).join(' AND ');
    const keyValues = keys.map((key) => row[key]);
    const columns = Object.keys(row).filter((column) => !keys.includes(column) && !skip.includes(column));
    const phases = [columns.filter((column) => column === 'status'), columns.filter((column) => column !== 'status')];
    for (const phase of phases) {
      if (phase.length === 0) continue;
      const set = phase.map((column) => `${quote(column)} = ?`).join(', ');
      this.sql(`UPDATE ${quote(table)} SET ${set} WHERE ${where}`).run(...phase.map((column) => row[column]), ...keyValues);
    }
  }

  private insertRow(table: string, row: Row): number {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    return Number(this.sql(sql).run(...columns.map((column) => row[column])).lastInsertRowid);
  }

  /** Foreign keys that reach a paragraph, read from the schema once. */
  private references(): Reference[] {
    if (this.referencesCache) return this.referencesCache;
    const tables = this.sql("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      sql: string;
    }[];
    const references: Reference[] = [];
    for (const { name, sql } of tables) {
      const keys = this.db.pragma(`foreign_key_list(${quote(name)})`) as ForeignKeyRow[];
      for (const key of keys) {
        const direct = key.table === 'paragraphs' && (key.to === null || key.to === 'id');
        const viaTargets = key.table === 'targets' && key.to === 'paragraph_id';
        if (!direct && !viaTargets) continue;
        references.push({ table: name, column: key.from, onDelete: key.on_delete, viaTargets, rowid: !/WITHOUT\s+ROWID/i.test(sql) });
      }
    }
    // Rows that point at the paragraph go back before the rows that point at its cells.
    references.sort((a, b) => Number(a.viaTargets) - Number(b.viaTargets));
    this.referencesCache = references;
    return references;
  }

  /** Everything a paragraph's deletion would remove or unlink, to put it back on undo. */
  private snapshot(paragraphId: number): Removed {
    const removed: Removed = {
      paragraph: this.sql('SELECT * FROM paragraphs WHERE id = ?').get(paragraphId) as Row,
      cascaded: [],
      unlinked: [],
    };
    for (const reference of this.references()) {
      const column = quote(reference.column);
      if (reference.onDelete === 'CASCADE') {
        const rows = this.sql(`SELECT * FROM ${quote(reference.table)} WHERE ${column} = ?`).all(paragraphId) as Row[];
        if (rows.length > 0) removed.cascaded.push({ table: reference.table, rows });
      } else if (reference.onDelete === 'SET NULL' && reference.rowid) {
        const rowids = this.sql(`SELECT rowid FROM ${quote(reference.table)} WHERE ${column} = ?`).pluck().all(paragraphId) as number[];
        if (rowids.length > 0) removed.unlinked.push({ table: reference.table, column: reference.column, rowids });
      }
    }
    return removed;
  }

  /** Re-inserts a removed paragraph and its dependent rows, with their old ids where still free. */
  private putBack(removed: Removed, position: number): number {
    const oldId = Number(removed.paragraph.id);
    const free = this.sql('SELECT id FROM paragraphs WHERE id = ?').get(oldId) === undefined;
    const { id: _oldId, ...rest } = removed.paragraph;
    const id = this.insertRow('paragraphs', { ...(free ? { id: oldId } : {}), ...rest, position });
    for (const { table, rows } of removed.cascaded) {
      const columns = this.references().filter((reference) => reference.table === table).map((reference) => reference.column);
      const primary = this.integerPrimaryKey(table);
      for (const row of rows) {
        const copy: Row = { ...row };
        for (const column of columns) if (copy[column] === oldId) copy[column] = id;
        if (primary && this.sql(`SELECT 1 FROM ${quote(table)} WHERE ${quote(primary)} = ?`).get(copy[primary]) !== undefined) {
          delete copy[primary];
        }
        this.insertRow(table, copy);
      }
    }
    for (const { table, column, rowids } of removed.unlinked) {
      const relink = this.sql(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE rowid = ? AND ${quote(column)} IS NULL`);
      for (const rowid of rowids) relink.run(id, rowid);
    }
    return id;
  }

  /** The table's INTEGER PRIMARY KEY column (its rowid alias), if it has one. */
  private integerPrimaryKey(table: string): string | undefined {
    const columns = this.db.pragma(`table_info(${quote(table)})`) as { name: string; type: string; pk: number }[];
    const primary = columns.filter((column) => column.pk > 0);
    return primary.length === 1 && primary[0]!.type.toUpperCase() === 'INTEGER' ? primary[0]!.name : undefined;
  }
}
