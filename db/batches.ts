import type Database from 'better-sqlite3';
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';
import type { TargetRepository } from './targets.ts';

export interface BatchChange {
  paragraphId: number;
  lang: TargetLangT;
  before: string;
  beforeStatus: CellStatusT;
  after: string;
}

/**
 * Edits of many cells at once (find and replace), applied in one transaction and
 * remembered cell by cell, so the whole batch can be undone exactly.
 */
export class BatchRepository {
  private readonly db: Database.Database;
  private readonly targets: TargetRepository;
  private readonly insertBatch;
  private readonly insertCell;
  private readonly cells;
  private readonly batch;
  private readonly markUndone;

  constructor(db: Database.Database, targets: TargetRepository) {
    this.db = db;
    this.targets = targets;
    this.insertBatch = db.prepare('INSERT INTO edit_batches (document_id, description, created_at) VALUES (?, ?, ?)');
    this.insertCell = db.prepare(
      'INSERT INTO edit_batch_cells (batch_id, paragraph_id, lang, before_text, before_status, after_text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.cells = db.prepare(
      'SELECT paragraph_id AS paragraphId, lang, before_text AS before, before_status AS beforeStatus, after_text AS after FROM edit_batch_cells WHERE batch_id = ?',
    );
    this.batch = db.prepare('SELECT id, undone_at AS undoneAt FROM edit_batches WHERE id = ?');
    this.markUndone = db.prepare('UPDATE edit_batches SET undone_at = ? WHERE id = ?');
  }

  /** Applies the changes (edited cells become drafts) and returns the batch id for undo. */
  apply(documentId: number, description: string, changes: readonly BatchChange[], now: string): number {
    return this.db.transaction(() => {
      const batchId = Number(this.insertBatch.run(documentId, description, now).lastInsertRowid);
      for (const change of changes) {
        this.insertCell.run(batchId, change.paragraphId, change.lang, change.before, change.beforeStatus, change.after);
        this.targets.write(change.paragraphId, change.lang, {
          text: change.after,
          status: change.after === '' ? 'empty' : 'draft',
          updatedAt: now,
        });
      }
      return batchId;
    }).immediate();
  }

  /**
   * Restores every cell of the batch to its text and status from before. A cell edited
   * again since the batch is left alone and reported, so no later work is lost.
   */
  undo(batchId: number, now: string): { restored: number; skipped: number } | null {
    return this.db.transaction(() => {
      const batch = this.batch.get(batchId) as { id: number; undoneAt: string | null } | undefined;
      if (!batch || batch.undoneAt !== null) return null;
      let restored = 0;
      let skipped = 0;
      for (const cell of this.cells.all(batchId) as BatchChange[]) {
        if (this.targets.find(cell.paragraphId, cell.lang)?.text !== cell.after) {
          skipped += 1;
          continue;
        }
        this.targets.write(cell.paragraphId, cell.lang, { text: cell.before, status: cell.beforeStatus, updatedAt: now });
        restored += 1;
      }
      this.markUndone.run(now, batchId);
      return { restored, skipped };
    }).immediate();
  }
}
