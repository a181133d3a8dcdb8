import type Database from 'better-sqlite3';
import type { TargetLangT } from '../core/api/contract.ts';
import { indexGrams } from '../core/tm/grams.ts';
import { keysOf } from '../core/tm/normalize.ts';
import { BatchedInsert } from './batched-insert.ts';
import { encodePosting, TmIndex } from './tm-index.ts';
import type { SegmentWriter } from './tm-segments.ts';

export type TmLevel = 'paragraph' | 'sentence';

export interface TmUnitRow {
  id: number;
  tmId: number;
  source: string;
  en: string | null;
  zhHans: string | null;
  origin: string;
  level: TmLevel;
  originDocumentId: number | null;
  originParagraphId: number | null;
  originSentence: number | null;
  originFile: string | null;
  contextBefore: string | null;
  contextAfter: string | null;
  /** JSON: the inline markup behind each placeholder, per language (see core/formats/tmx.ts). */
  markup: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewTmUnit {
  tmId: number;
  source: string;
  en: string | null;
  zhHans: string | null;
  origin: string;
  level: TmLevel;
  projectId?: number | null;
  documentId?: number | null;
  paragraphId?: number | null;
  sentence?: number | null;
  file?: string | null;
  contextBefore?: string | null;
  contextAfter?: string | null;
  markup?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConfirmedPair {
  tmId: number;
  projectId: number;
  documentId: number;
  paragraphId: number;
  origin: string;
  source: string;
  lang: TargetLangT;
  target: string;
  contextBefore: string;
  contextAfter: string;
  now: string;
}

export interface TmInfo {
  id: number;
  name: string;
  projectId: number | null;
  createdAt: string;
  unitCount: number;
}

export interface TmScopeEntry {
  tmId: number;
  name: string;
  penalty: number;
  writable: boolean;
}

export interface UnitEdit {
  source?: string;
  en?: string | null;
  zhHans?: string | null;
}

const UNIT_COLUMNS = `id, tm_id AS tmId, source, en, zh_hans AS zhHans, origin_label AS origin, level,
  origin_document_id AS originDocumentId, origin_paragraph_id AS originParagraphId,
  origin_sentence AS originSentence, origin_file AS originFile, context_before AS contextBefore,
  context_after AS contextAfter, markup, created_at AS createdAt, updated_at AS updatedAt`;
const UNIT_FIELDS = [
  'tm_id', 'project_id', 'source', 'match_key', 'en', 'zh_hans', 'origin_label', 'level', 'origin_document_id',
  'origin_paragraph_id', 'origin_sentence', 'origin_file', 'context_before', 'context_after', 'markup', 'created_at', 'updated_at',
];
const INSERT_UNIT = `INSERT INTO tm_units (${UNIT_FIELDS.join(', ')}) VALUES (${UNIT_FIELDS.map(() => '?').join(', ')})`;

/** The keys and index entries a unit's texts give. */
function keyed(source: string, en: string | null, zhHans: string | null) {
  const keys = keysOf(source);
  return { matchKey: keys.matchKey, length: keys.length, grams: indexGrams([source, en, zhHans]) };
}

/** Positional parameters, in UNIT_FIELDS order: binding a named object per row is measurably slower in a bulk import. */
function unitValues(unit: NewTmUnit, keys: { matchKey: string }): unknown[] {
  return [
    unit.tmId, unit.projectId ?? null, unit.source, keys.matchKey, unit.en, unit.zhHans, unit.origin,
    unit.level, unit.documentId ?? null, unit.paragraphId ?? null, unit.sentence ?? null, unit.file ?? null,
    unit.contextBefore ?? null, unit.contextAfter ?? null, unit.markup ?? null, unit.createdAt, unit.updatedAt,
  ];
}

/** The columns a unit imported from a file fills; it seldom has any other (a paragraph of origin, context, markup). */
const FILE_UNIT_FIELDS = ['id', 'tm_id', 'source', 'match_key', 'en', 'zh_hans', 'origin_label', 'level', 'origin_file', 'created_at', 'updated_at'];

function onlyFileFields(unit: NewTmUnit): boolean {
  return (unit.projectId ?? unit.documentId ?? unit.paragraphId ?? unit.sentence ?? unit.contextBefore ?? unit.contextAfter ?? unit.markup ?? null) === null;
}

/**
 * Bulk writes of one import: unit rows plus segment postings, inside the caller's transaction.
 * The writer numbers the units itself (as SQLite would: after the highest id), so a unit's
 * postings are taken at once while its row waits for its batch (see BatchedInsert). Nothing
 * else may add units until finish(), which must come before the commit.
 */
export class TmBulkWriter {
  /**
   * Units with only FILE_UNIT_FIELDS go through a statement that leaves the other columns to
   * their default, NULL: binding those NULLs cost a sixth of the row's time. Ids are explicit,
   * so rows of the two statements may reach the table out of order.
   */
  private readonly fileUnits: BatchedInsert;
  private readonly otherUnits: BatchedInsert;
  private readonly segments: SegmentWriter;
  private nextId: number;

  constructor(db: Database.Database, segments: SegmentWriter) {
    this.fileUnits = new BatchedInsert(db, 'tm_units', FILE_UNIT_FIELDS);
    this.otherUnits = new BatchedInsert(db, 'tm_units', [...UNIT_FIELDS, 'id']);
    this.segments = segments;
    this.nextId = ((db.prepare('SELECT max(id) FROM tm_units').pluck().get() as number | null) ?? 0) + 1;
  }

  add(unit: NewTmUnit): void {
    const keys = keysOf(unit.source);
    const id = this.nextId++;
    this.segments.add(encodePosting(id, keys.length), [unit.source, unit.en, unit.zhHans]);
    if (onlyFileFields(unit)) {
      const { tmId, source, en, zhHans, origin, level, file, createdAt, updatedAt } = unit;
      this.fileUnits.add([id, tmId, source, keys.matchKey, en, zhHans, origin, level, file ?? null, createdAt, updatedAt]);
    } else {
      const row = unitValues(unit, keys);
      row.push(id);
      this.otherUnits.add(row);
    }
  }

  finish(): void {
    this.fileUnits.flush();
    this.otherUnits.flush();
    this.segments.flush();
  }
}

export class TmRepository {
  readonly index: TmIndex;
  private readonly db: Database.Database;
  private readonly statements;

  constructor(db: Database.Database) {
    this.db = db;
    this.index = new TmIndex(db);
    this.statements = {
      projectTm: db.prepare('SELECT id FROM tms WHERE project_id = ?').pluck(),
      createTm: db.prepare('INSERT INTO tms (name, created_at) VALUES (?, ?)'),
      createProjectTm: db.prepare('INSERT INTO tms (name, project_id, created_at) SELECT name, id, ? FROM projects WHERE id = ?'),
      neighbours: db.prepare(`SELECT
        (SELECT source FROM paragraphs WHERE document_id = @documentId AND position = @position - 1) AS before,
        (SELECT source FROM paragraphs WHERE document_id = @documentId AND position = @position + 1) AS after`),
      tms: db.prepare(`SELECT t.id, t.name, t.project_id AS projectId, t.created_at AS createdAt,
        (SELECT count(*) FROM tm_units u WHERE u.tm_id = t.id) AS unitCount FROM tms t ORDER BY t.id`),
      tm: db.prepare('SELECT id, name, project_id AS projectId, created_at AS createdAt FROM tms WHERE id = ?'),
      attach: db.prepare(`INSERT INTO tm_attachments (project_id, tm_id, penalty) VALUES (?, ?, ?)
        ON CONFLICT (project_id, tm_id) DO UPDATE SET penalty = excluded.penalty`),
      detach: db.prepare('DELETE FROM tm_attachments WHERE project_id = ? AND tm_id = ?'),
      scope: db.prepare(`SELECT t.id AS tmId, t.name, 0 AS penalty, 1 AS writable FROM tms t WHERE t.project_id = ?
        UNION ALL SELECT a.tm_id, t.name, a.penalty, 0 FROM tm_attachments a JOIN tms t ON t.id = a.tm_id
        WHERE a.project_id = ? ORDER BY writable DESC, tmId`),
      byOrigin: db.prepare(
        "SELECT id, en, zh_hans AS zhHans FROM tm_units WHERE origin_paragraph_id = ? AND level = 'paragraph' AND tm_id = ? AND origin_paragraph_id IS NOT NULL",
      ),
      insert: db.prepare(INSERT_UNIT),
      update: db.prepare(`UPDATE tm_units SET source = @source, match_key = @matchKey,
        en = @en, zh_hans = @zhHans, updated_at = @updatedAt WHERE id = @id`),
      updateContext: db.prepare('UPDATE tm_units SET context_before = ?, context_after = ? WHERE id = ?'),
      unit: db.prepare(`SELECT ${UNIT_COLUMNS} FROM tm_units WHERE id = ?`),
      keys: db.prepare('SELECT id, match_key AS matchKey FROM tm_units WHERE id IN (SELECT value FROM json_each(?)) AND tm_id = ?'),
      units: db.prepare(`SELECT ${UNIT_COLUMNS} FROM tm_units WHERE tm_id = ? ORDER BY id`),
      page: db.prepare(`SELECT ${UNIT_COLUMNS} FROM tm_units WHERE tm_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`),
      project: db.prepare('SELECT 1 FROM projects WHERE id = ?').pluck(),
      sentencesOf: db.prepare("DELETE FROM tm_units WHERE origin_paragraph_id = ? AND level = 'sentence' AND tm_id = ? AND origin_paragraph_id IS NOT NULL"),
      remove: db.prepare('DELETE FROM tm_units WHERE id = ?'),
      dedupe: db.prepare(`DELETE FROM tm_units WHERE id IN (
        SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY match_key, en, zh_hans, level
          ORDER BY updated_at DESC, id DESC) AS rank FROM tm_units WHERE tm_id = ?) WHERE rank > 1)`),
      total: db.prepare('SELECT count(*) FROM tm_units').pluck(),
      totalOf: db.prepare('SELECT count(*) FROM tm_units WHERE tm_id = ?').pluck(),
      unindexed: db.prepare('SELECT id, tm_id AS tmId, source, en, zh_hans AS zhHans FROM tm_units WHERE match_key IS NULL LIMIT 1000'),
      setKey: db.prepare('UPDATE tm_units SET match_key = ? WHERE id = ?'),
    };
  }

  /** The project's own writable memory, named after the project and created on first use. */
  projectTm(projectId: number, now: string): number {
    const existing = this.statements.projectTm.get(projectId) as number | undefined;
    return existing ?? Number(this.statements.createProjectTm.run(now, projectId).lastInsertRowid);
  }

  createTm(name: string, now: string): number {
    return Number(this.statements.createTm.run(name, now).lastInsertRowid);
  }

  /** The source text of the paragraphs either side of a position ('' at the document's edges): a unit's context. */
  neighbours(documentId: number, position: number): { before: string; after: string } {
    const row = this.statements.neighbours.get({ documentId, position }) as { before: string | null; after: string | null };
    return { before: row.before ?? '', after: row.after ?? '' };
  }

  list(): TmInfo[] {
    return this.statements.tms.all() as TmInfo[];
  }

  find(tmId: number): Omit<TmInfo, 'unitCount'> | undefined {
    return this.statements.tm.get(tmId) as Omit<TmInfo, 'unitCount'> | undefined;
  }

  attach(projectId: number, tmId: number, penalty: number): void {
    this.statements.attach.run(projectId, tmId, penalty);
  }

  detach(projectId: number, tmId: number): void {
    this.statements.detach.run(projectId, tmId);
  }

  projectExists(projectId: number): boolean {
    return this.statements.project.get(projectId) !== undefined;
  }

  /** The memories a project looks up: its own (writable, no penalty), then those attached to it. */
  scope(projectId: number): TmScopeEntry[] {
    return (this.statements.scope.all(projectId, projectId) as (Omit<TmScopeEntry, 'writable'> & { writable: number })[]).map(
      (row) => ({ ...row, writable: row.writable === 1 }),
    );
  }

  /** Writes one unit and indexes it in the live postings. */
  insert(unit: NewTmUnit): number {
    const keys = keyed(unit.source, unit.en, unit.zhHans);
    const id = Number(this.statements.insert.run(unitValues(unit, keys)).lastInsertRowid);
    this.index.addUnit(unit.tmId, encodePosting(id, keys.length), keys.grams);
    return id;
  }

  /** A bulk writer for one memory; call it inside a transaction and finish() before committing. */
  bulkWriter(tmId: number): TmBulkWriter {
    return new TmBulkWriter(this.db, this.index.segmentWriter(tmId));
  }

  /**
   * Stores a confirmed translation. A paragraph owns one paragraph-level unit that collects both
   * of its target languages, so confirming English and then Simplified makes one three-language unit.
   */
  remember(pair: ConfirmedPair): number {
    const existing = this.statements.byOrigin.get(pair.paragraphId, pair.tmId) as
      | { id: number; en: string | null; zhHans: string | null }
      | undefined;
    if (existing !== undefined) {
      const en = pair.lang === 'en' ? pair.target : existing.en;
      const zhHans = pair.lang === 'zh-Hans' ? pair.target : existing.zhHans;
      this.edit(existing.id, { source: pair.source, en, zhHans }, pair.now);
      this.statements.updateContext.run(pair.contextBefore, pair.contextAfter, existing.id);
      return existing.id;
    }
    return this.insert({
      tmId: pair.tmId,
      source: pair.source,
      en: pair.lang === 'en' ? pair.target : null,
      zhHans: pair.lang === 'zh-Hans' ? pair.target : null,
      origin: pair.origin,
      level: 'paragraph',
      projectId: pair.projectId,
      documentId: pair.documentId,
      paragraphId: pair.paragraphId,
      contextBefore: pair.contextBefore,
      contextAfter: pair.contextAfter,
      createdAt: pair.now,
      updatedAt: pair.now,
    });
  }

  /** Replaces the sentence-level units derived from a paragraph. */
  replaceSentences(paragraphId: number, tmId: number, units: readonly NewTmUnit[]): void {
    this.statements.sentencesOf.run(paragraphId, tmId);
    for (const unit of units) this.insert(unit);
  }

  paragraphUnit(paragraphId: number, tmId: number): { id: number; en: string | null; zhHans: string | null } | undefined {
    return this.statements.byOrigin.get(paragraphId, tmId) as { id: number; en: string | null; zhHans: string | null } | undefined;
  }

  get(id: number): TmUnitRow | undefined {
    return this.statements.unit.get(id) as TmUnitRow | undefined;
  }

  /** The match keys of those units still in the memory (postings can outlive their unit), in one query. */
  matchKeys(ids: readonly number[], tmId: number): { id: number; matchKey: string }[] {
    return this.statements.keys.all(JSON.stringify(ids), tmId) as { id: number; matchKey: string }[];
  }

  /** Every unit of a memory in id order, one row at a time (exports of a million units). */
  iterate(tmId: number): IterableIterator<TmUnitRow> {
    return this.statements.units.iterate(tmId) as IterableIterator<TmUnitRow>;
  }

  /** A page of a memory's units, newest first: the manager's unit browser. */
  page(tmId: number, offset: number, limit: number): TmUnitRow[] {
    return this.statements.page.all(tmId, limit, offset) as TmUnitRow[];
  }

  edit(id: number, edit: UnitEdit, now: string): TmUnitRow | undefined {
    const unit = this.get(id);
    if (!unit) return undefined;
    const next = { source: unit.source, en: unit.en, zhHans: unit.zhHans, ...edit };
    const keys = keyed(next.source, next.en, next.zhHans);
    this.statements.update.run({ id, ...next, matchKey: keys.matchKey, updatedAt: now });
    this.index.addUnit(unit.tmId, encodePosting(id, keys.length), keys.grams);
    return this.get(id);
  }

  delete(ids: readonly number[]): number {
    return ids.reduce((removed, id) => removed + this.statements.remove.run(id).changes, 0);
  }

  /** Removes units with the same source (variants folded) and translations at the same level, keeping the newest. */
  dedupe(tmId: number): number {
    return this.statements.dedupe.run(tmId).changes;
  }

  count(tmId?: number): number {
    return (tmId === undefined ? this.statements.total.get() : this.statements.totalOf.get(tmId)) as number;
  }

  /** Keys and postings for units written before keys existed (a database from schema version 1). */
  ensureIndexed(): number {
    let done = 0;
    for (;;) {
      const rows = this.statements.unindexed.all() as { id: number; tmId: number; source: string; en: string | null; zhHans: string | null }[];
      if (rows.length === 0) return done;
      this.db.transaction(() => {
        for (const row of rows) {
          const keys = keyed(row.source, row.en, row.zhHans);
          this.statements.setKey.run(keys.matchKey, row.id);
          this.index.addUnit(row.tmId, encodePosting(row.id, keys.length), keys.grams);
        }
      }).immediate();
      done += rows.length;
    }
  }
}
