import type Database from 'better-sqlite3';
import { exportArchive } from './archive.ts';
import { openDatabase } from './connection.ts';
import { BatchRepository } from './batches.ts';
import { CommentRepository } from './comments.ts';
import { DocumentRepository } from './documents.ts';
import { GlossaryRepository } from './glossary.ts';
import { ParagraphEditRepository } from './paragraph-edits.ts';
import { QaIgnoreRepository } from './qa.ts';
import { RevisionRepository } from './revisions.ts';
import { TargetRepository } from './targets.ts';
import { TmRepository } from './tm.ts';
import { SimplifiedCellRepository, VocabularyRepository } from './vocabulary.ts';

/** The repositories over one open database: the only door to SQLite for the rest of the app. */
export class Store {
  readonly documents: DocumentRepository;
  readonly targets: TargetRepository;
  readonly tm: TmRepository;
  readonly comments: CommentRepository;
  readonly revisions: RevisionRepository;
  readonly batches: BatchRepository;
  readonly vocabulary: VocabularyRepository;
  readonly simplifiedCells: SimplifiedCellRepository;
  readonly paragraphEdits: ParagraphEditRepository;
  readonly glossary: GlossaryRepository;
  readonly qaIgnored: QaIgnoreRepository;

  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.documents = new DocumentRepository(db);
    this.targets = new TargetRepository(db);
    this.tm = new TmRepository(db);
    this.comments = new CommentRepository(db);
    this.revisions = new RevisionRepository(db);
    this.batches = new BatchRepository(db, this.targets);
    this.vocabulary = new VocabularyRepository(db);
    this.simplifiedCells = new SimplifiedCellRepository(db);
    this.paragraphEdits = new ParagraphEditRepository(db);
    this.glossary = new GlossaryRepository(db);
    this.qaIgnored = new QaIgnoreRepository(db);
  }

  static open(path: string): Store {
    return new Store(openDatabase(path));
  }

  /** Runs several repository calls as one transaction (nested calls join it). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** The whole workbench (documents, memories, glossary, settings) as one archive file. */
  exportArchive(now?: Date): Uint8Array {
    return exportArchive(this.db, now);
  }

  close(): void {
    this.db.close();
  }
}
