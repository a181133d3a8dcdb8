import type Database from 'better-sqlite3';
import { exportArchive } from './archive.ts';
import { copyOpenDatabase, type BackupReason } from './backup.ts';
import { openDatabase } from './connection.ts';
import { BatchRepository } from './batches.ts';
import { CellHistoryRepository } from './cell-history.ts';
import { CommentRepository } from './comments.ts';
import { DocumentRepository } from './documents.ts';
import { GlossaryRepository } from './glossary.ts';
import { ParagraphEditRepository } from './paragraph-edits.ts';
import { ProjectRepository } from './projects.ts';
import { QaIgnoreRepository } from './qa.ts';
import { RevisionRepository } from './revisions.ts';
import { SpellingRepository } from './spelling.ts';
import { TargetRepository } from './targets.ts';
import { TmRepository } from './tm.ts';
import { SimplifiedCellRepository, VocabularyRepository } from './vocabulary.ts';

/** The repositories over one open database: the only door to SQLite for the rest of the app. */
export class Store {
  readonly projects: ProjectRepository;
  readonly documents: DocumentRepository;
  readonly targets: TargetRepository;
  readonly tm: TmRepository;
  readonly comments: CommentRepository;
  readonly revisions: RevisionRepository;
  readonly batches: BatchRepository;
  readonly history: CellHistoryRepository;
  readonly vocabulary: VocabularyRepository;
  readonly simplifiedCells: SimplifiedCellRepository;
  readonly paragraphEdits: ParagraphEditRepository;
  readonly glossary: GlossaryRepository;
  readonly qaIgnored: QaIgnoreRepository;
  readonly spelling: SpellingRepository;

  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.projects = new ProjectRepository(db);
    this.documents = new DocumentRepository(db);
    this.targets = new TargetRepository(db);
    this.tm = new TmRepository(db);
    this.comments = new CommentRepository(db);
    this.revisions = new RevisionRepository(db);
    this.batches = new BatchRepository(db, this.targets);
    this.history = new CellHistoryRepository(db);
    this.vocabulary = new VocabularyRepository(db);
    this.simplifiedCells = new SimplifiedCellRepository(db);
    this.paragraphEdits = new ParagraphEditRepository(db);
    this.glossary = new GlossaryRepository(db);
    this.qaIgnored = new QaIgnoreRepository(db);
    this.spelling = new SpellingRepository(db);
  }

  static open(path: string): Store {
    return new Store(openDatabase(path));
  }

  /**
   * Runs several repository calls as one transaction (nested calls join it). Every transaction in
   * db/ begins IMMEDIATE: one that began as a reader and then wrote would fail at once with
   * SQLITE_BUSY when another process (the CLI) had written meanwhile, instead of waiting busy_timeout.
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /**
   * A transaction held open across awaits, for a long job that gives way between chunks. The
   * caller keeps every other write out meanwhile (service/call-gate.ts). Nested calls join it.
   */
  async transactionAsync<T>(work: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return work();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The whole workbench (documents, memories, glossary, settings) as one archive file. */
  exportArchive(now?: Date): Uint8Array {
    return exportArchive(this.db, now);
  }

  /** The database file (':memory:' for a database without one). */
  get path(): string {
    return this.db.name;
  }

  /** A backup of this database made on its own connection, so no write can slip in between (see db/backup.ts). */
  backUp(reason: BackupReason): string {
    return copyOpenDatabase(this.db, this.path, reason);
  }

  close(): void {
    this.db.close();
  }
}
