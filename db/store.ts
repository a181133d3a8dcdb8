import type Database from 'better-sqlite3';
import { openDatabase } from './connection.ts';
import { DocumentRepository } from './documents.ts';
import { TargetRepository } from './targets.ts';
import { TmRepository } from './tm.ts';

/** The repositories over one open database: the only door to SQLite for the rest of the app. */
export class Store {
  readonly documents: DocumentRepository;
  readonly targets: TargetRepository;
  readonly tm: TmRepository;

  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.documents = new DocumentRepository(db);
    this.targets = new TargetRepository(db);
    this.tm = new TmRepository(db);
  }

  static open(path: string): Store {
    return new Store(openDatabase(path));
  }

  /** Runs several repository calls as one transaction (nested calls join it). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }
}
