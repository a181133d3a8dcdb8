import type Database from 'better-sqlite3';
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';
import type { HistoryActionT } from '../core/api/history-schemas.ts';

/** Saves of one cell this close together belong to one typing session, and so to one undo step. */
export const TYPING_PAUSE_MS = 60 * 1000;

export interface CellState {
  text: string;
  status: CellStatusT;
}

export interface HistoryStep {
  id: number;
  documentId: number;
  paragraphId: number;
  lang: TargetLangT;
  action: HistoryActionT;
  before: CellState;
  after: CellState;
  updatedAt: string;
}

export type NewStep = Omit<HistoryStep, 'id' | 'updatedAt'>;

interface StepRow {
  id: number;
  documentId: number;
  paragraphId: number;
  lang: TargetLangT;
  action: HistoryActionT;
  beforeText: string;
  beforeStatus: CellStatusT;
  afterText: string;
  afterStatus: CellStatusT;
  updatedAt: string;
}

const SELECT = `SELECT id, document_id AS documentId, paragraph_id AS paragraphId, lang, action,
  before_text AS beforeText, before_status AS beforeStatus, after_text AS afterText, after_status AS afterStatus,
  updated_at AS updatedAt FROM cell_history`;

const toStep = ({ beforeText, beforeStatus, afterText, afterStatus, ...row }: StepRow): HistoryStep => ({
  ...row,
  before: { text: beforeText, status: beforeStatus },
  after: { text: afterText, status: afterStatus },
});

const sameState = (a: CellState, b: CellState) => a.text === b.text && a.status === b.status;

/**
 * The undo and redo stacks of each document's cell changes. Undo takes the newest step not
 * undone; redo the oldest undone one; any new step empties the document's redo stack.
 */
export class CellHistoryRepository {
  private readonly db: Database.Database;
  private readonly lastDoneStep;
  private readonly firstUndoneStep;
  private readonly insert;
  private readonly extend;
  private readonly remove;
  private readonly clearRedo;
  private readonly mark;

  constructor(db: Database.Database) {
    this.db = db;
    this.lastDoneStep = db.prepare(`${SELECT} WHERE document_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1`);
    this.firstUndoneStep = db.prepare(`${SELECT} WHERE document_id = ? AND undone = 1 ORDER BY id LIMIT 1`);
    this.insert = db.prepare(
      `INSERT INTO cell_history (document_id, paragraph_id, lang, action, before_text, before_status, after_text, after_status, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.extend = db.prepare('UPDATE cell_history SET after_text = ?, after_status = ?, updated_at = ? WHERE id = ?');
    this.remove = db.prepare('DELETE FROM cell_history WHERE id = ?');
    this.clearRedo = db.prepare('DELETE FROM cell_history WHERE document_id = ? AND undone = 1');
    this.mark = db.prepare('UPDATE cell_history SET undone = ? WHERE id = ?');
  }

  lastDone(documentId: number): HistoryStep | undefined {
    const row = this.lastDoneStep.get(documentId) as StepRow | undefined;
    return row && toStep(row);
  }

  firstUndone(documentId: number): HistoryStep | undefined {
    const row = this.firstUndoneStep.get(documentId) as StepRow | undefined;
    return row && toStep(row);
  }

  /**
   * Records a change (the caller passes only real changes) and empties the redo stack. A save
   * that continues the typing session on top of the stack (same cell, nothing else between,
   * no long pause) extends that step; a session that ends where it began is no step at all.
   */
  record(step: NewStep, now: string): void {
    this.db.transaction(() => {
      this.clearRedo.run(step.documentId);
      const last = this.lastDone(step.documentId);
      const continues =
        last !== undefined &&
        step.action === 'edit' &&
        last.action === 'edit' &&
        last.paragraphId === step.paragraphId &&
        last.lang === step.lang &&
        sameState(last.after, step.before) &&
        Date.parse(now) - Date.parse(last.updatedAt) < TYPING_PAUSE_MS;
      if (!continues) {
        const { before, after } = step;
        this.insert.run(step.documentId, step.paragraphId, step.lang, step.action, before.text, before.status, after.text, after.status, now);
      } else if (sameState(last.before, step.after)) this.remove.run(last.id);
      else this.extend.run(step.after.text, step.after.status, now, last.id);
    }).immediate();
  }

  setUndone(stepId: number, undone: boolean): void {
    this.mark.run(undone ? 1 : 0, stepId);
  }

  /** Forgets a step that can no longer be applied. */
  drop(stepId: number): void {
    this.remove.run(stepId);
  }
}
