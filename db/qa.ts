/** QA issues a person chose to ignore, with their reason; schema in migration 006. */
import type Database from 'better-sqlite3';
import type { TargetLangT } from '../core/api/contract.ts';
import type { QaCheckId } from '../core/qa/types.ts';

export interface IgnoredIssue {
  paragraphId: number;
  lang: TargetLangT;
  check: QaCheckId;
  key: string;
  reason: string;
  createdAt: string;
}

const SELECT = `SELECT i.paragraph_id AS paragraphId, i.lang, i.check_id AS "check", i.key, i.reason, i.created_at AS createdAt
  FROM qa_ignored i`;

export class QaIgnoreRepository {
  private readonly paragraphRows;
  private readonly documentRows;
  private readonly upsert;
  private readonly remove;

  constructor(db: Database.Database) {
    this.paragraphRows = db.prepare(`${SELECT} WHERE i.paragraph_id = ?`);
    this.documentRows = db.prepare(`${SELECT} JOIN paragraphs p ON p.id = i.paragraph_id WHERE p.document_id = ?`);
    // Ignoring again replaces the reason: the latest word on an issue is the one kept.
    this.upsert = db.prepare(`
      INSERT INTO qa_ignored (paragraph_id, lang, check_id, key, reason, created_at)
      VALUES (@paragraphId, @lang, @check, @key, @reason, @createdAt)
      ON CONFLICT (paragraph_id, lang, check_id, key) DO UPDATE SET reason = excluded.reason, created_at = excluded.created_at`);
    this.remove = db.prepare('DELETE FROM qa_ignored WHERE paragraph_id = ? AND lang = ? AND check_id = ? AND key = ?');
  }

  ofParagraph(paragraphId: number): IgnoredIssue[] {
    return this.paragraphRows.all(paragraphId) as IgnoredIssue[];
  }

  ofDocument(documentId: number): IgnoredIssue[] {
    return this.documentRows.all(documentId) as IgnoredIssue[];
  }

  ignore(ignored: IgnoredIssue): void {
    this.upsert.run(ignored);
  }

  /** Shows an ignored issue again; false when it was not ignored. */
  unignore(paragraphId: number, lang: TargetLangT, check: QaCheckId, key: string): boolean {
    return this.remove.run(paragraphId, lang, check, key).changes === 1;
  }
}
