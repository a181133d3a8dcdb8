import type Database from 'better-sqlite3';

/** One comment per paragraph, for the translator's and reviewer's notes; empty text removes it. */
export class CommentRepository {
  private readonly upsert;
  private readonly remove;
  private readonly ofDocument;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(`INSERT INTO comments (paragraph_id, text, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (paragraph_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`);
    this.remove = db.prepare('DELETE FROM comments WHERE paragraph_id = ?');
    this.ofDocument = db.prepare(
      'SELECT c.paragraph_id AS paragraphId, c.text FROM comments c JOIN paragraphs p ON p.id = c.paragraph_id WHERE p.document_id = ?',
    );
  }

  set(paragraphId: number, text: string, now: string): void {
    if (text.trim() === '') this.remove.run(paragraphId);
    else this.upsert.run(paragraphId, text, now);
  }

  /** Comments of a document by paragraph id. */
  ofDocumentMap(documentId: number): Map<number, string> {
    const rows = this.ofDocument.all(documentId) as { paragraphId: number; text: string }[];
    return new Map(rows.map((r) => [r.paragraphId, r.text]));
  }
}
