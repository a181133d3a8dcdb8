import type Database from 'better-sqlite3';

export interface ProjectRow {
  id: number;
  name: string;
  createdAt: string;
}

/** Projects: the groups documents belong to. Their documents' rows live in db/documents.ts. */
export class ProjectRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      list: db.prepare('SELECT id, name, created_at AS createdAt FROM projects ORDER BY id'),
      find: db.prepare('SELECT id, name, created_at AS createdAt FROM projects WHERE id = ?'),
      insert: db.prepare('INSERT INTO projects (name, created_at) VALUES (?, ?)'),
      rename: db.prepare('UPDATE projects SET name = ? WHERE id = ?'),
      // The project's own memory is named after it (db/tm.ts projectTm) and follows a rename.
      renameTm: db.prepare('UPDATE tms SET name = ? WHERE project_id = ?'),
      documents: db.prepare(
        'SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS trashed FROM documents WHERE project_id = ?',
      ),
      remove: db.prepare('DELETE FROM projects WHERE id = ?'),
    };
  }

  list(): ProjectRow[] {
    return this.statements.list.all() as ProjectRow[];
  }

  find(projectId: number): ProjectRow | undefined {
    return this.statements.find.get(projectId) as ProjectRow | undefined;
  }

  create(name: string, now: string): number {
    return Number(this.statements.insert.run(name, now).lastInsertRowid);
  }

  /** Call inside a transaction: the project and its memory are renamed together. */
  rename(projectId: number, name: string): void {
    this.statements.rename.run(name, projectId);
    this.statements.renameTm.run(name, projectId);
  }

  /** How many documents the project holds, outside and inside the trash. */
  documentCounts(projectId: number): { live: number; trashed: number } {
    return this.statements.documents.get(projectId) as { live: number; trashed: number };
  }

  /**
   * Deletes the project with what only it uses (glossary, vocabulary, spelling words, attachments:
   * ON DELETE CASCADE); its memory stays as a standalone one (ON DELETE SET NULL). The caller makes
   * sure it holds no documents, which would cascade too.
   */
  remove(projectId: number): void {
    this.statements.remove.run(projectId);
  }
}
