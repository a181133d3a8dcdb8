/** The personal spelling dictionary (migration 007) and the spelling variant (009) of each project. */
import type Database from 'better-sqlite3';
import type { SpellingVariant } from '../core/qa/spelling.ts';

export interface SpellingWord {
  word: string;
  createdAt: string;
}

export class SpellingRepository {
  private readonly ofProject;
  private readonly project;
  private readonly insert;
  private readonly remove;
  private readonly variantOf;
  private readonly updateVariant;

  constructor(db: Database.Database) {
    this.ofProject = db.prepare('SELECT word, created_at AS createdAt FROM spelling_words WHERE project_id = ? ORDER BY word');
    this.project = db.prepare('SELECT 1 FROM projects WHERE id = ?').pluck();
    // Adding a word again (in any case) keeps the first entry.
    this.insert = db.prepare('INSERT INTO spelling_words (project_id, word, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    this.remove = db.prepare('DELETE FROM spelling_words WHERE project_id = ? AND word = ?');
    this.variantOf = db.prepare('SELECT spelling_variant FROM projects WHERE id = ?').pluck();
    this.updateVariant = db.prepare('UPDATE projects SET spelling_variant = ? WHERE id = ?');
  }

  projectExists(projectId: number): boolean {
    return this.project.get(projectId) !== undefined;
  }

  list(projectId: number): SpellingWord[] {
    return this.ofProject.all(projectId) as SpellingWord[];
  }

  /** False when the project already had the word. */
  add(projectId: number, word: string, now: string): boolean {
    return this.insert.run(projectId, word, now).changes === 1;
  }

  /** False when the project did not have the word. */
  delete(projectId: number, word: string): boolean {
    return this.remove.run(projectId, word).changes === 1;
  }

  /** Undefined when the project does not exist. */
  variant(projectId: number): SpellingVariant | undefined {
    return this.variantOf.get(projectId) as SpellingVariant | undefined;
  }

  /** False when the project does not exist. */
  setVariant(projectId: number, variant: SpellingVariant): boolean {
    return this.updateVariant.run(variant, projectId).changes === 1;
  }
}
