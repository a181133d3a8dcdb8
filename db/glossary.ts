/** Storage of the glossary (termbase); schema in migration 006. Entries are checked in core/glossary. */
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';
import type { GlossaryEntry, GlossaryTerm } from '../core/glossary/entry.ts';

const SELECT = `SELECT id, project_id AS projectId, zh_hant AS zhHant, en, zh_hans AS zhHans, notes,
  part_of_speech AS partOfSpeech, forbidden, created_at AS createdAt, updated_at AS updatedAt FROM glossary_entries`;

type StoredEntry = Omit<GlossaryEntry, 'forbidden'> & { forbidden: 0 | 1 };
const fromStored = (row: StoredEntry): GlossaryEntry => ({ ...row, forbidden: row.forbidden === 1 });
const stored = (term: GlossaryTerm) => ({ ...term, forbidden: term.forbidden ? 1 : 0 });

/** What an import did: new entries, entries whose notes, part of speech or flag changed, and the rest. */
export interface GlossaryImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export class GlossaryRepository {
  private readonly all;
  private readonly ofScope;
  private readonly applicable;
  private readonly byId;
  private readonly identical;
  private readonly insert;
  private readonly change;
  private readonly remove;
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.all = db.prepare(`${SELECT} ORDER BY id`);
    this.ofScope = db.prepare(`${SELECT} WHERE project_id IS ? ORDER BY id`);
    this.applicable = db.prepare(`${SELECT} WHERE project_id IS NULL OR project_id = ? ORDER BY id`);
    this.byId = db.prepare(`${SELECT} WHERE id = ?`);
    this.identical = db.prepare(`${SELECT} WHERE ifnull(project_id, 0) = ifnull(@projectId, 0) AND zh_hant = @zhHant AND en = @en AND zh_hans = @zhHans`);
    this.insert = db.prepare(`
      INSERT INTO glossary_entries (project_id, zh_hant, en, zh_hans, notes, part_of_speech, forbidden, created_at, updated_at)
      VALUES (@projectId, @zhHant, @en, @zhHans, @notes, @partOfSpeech, @forbidden, @now, @now)`);
    this.change = db.prepare(`
      UPDATE glossary_entries SET zh_hant = @zhHant, en = @en, zh_hans = @zhHans, notes = @notes,
        part_of_speech = @partOfSpeech, forbidden = @forbidden, updated_at = @now WHERE id = @id`);
    this.remove = db.prepare('DELETE FROM glossary_entries WHERE id = ?');
  }

  /** Every entry (undefined), the global ones (null), or one project's own. */
  list(projectId?: number | null): GlossaryEntry[] {
    const rows = projectId === undefined ? this.all.all() : this.ofScope.all(projectId);
    return (rows as StoredEntry[]).map(fromStored);
  }

  /** The global entries and the project's own. */
  applicableTo(projectId: number): GlossaryEntry[] {
    return (this.applicable.all(projectId) as StoredEntry[]).map(fromStored);
  }

  find(id: number): GlossaryEntry | undefined {
    const row = this.byId.get(id) as StoredEntry | undefined;
    return row && fromStored(row);
  }

  /** Adds a checked entry (core/glossary/entry.ts). */
  add(projectId: number | null, term: GlossaryTerm, now: string): GlossaryEntry {
    const id = this.refusingDuplicates(projectId, term, () => Number(this.insert.run({ projectId, ...stored(term), now }).lastInsertRowid));
    return this.existing(id);
  }

  update(id: number, term: GlossaryTerm, now: string): GlossaryEntry {
    const { projectId } = this.existing(id);
    this.refusingDuplicates(projectId, term, () => this.change.run({ id, ...stored(term), now }));
    return this.existing(id);
  }

  /** Deletes an entry and returns it as it was. */
  delete(id: number): GlossaryEntry {
    const entry = this.existing(id);
    this.remove.run(id);
    return entry;
  }

  /**
   * Adds a file's entries in one transaction. An entry already there with the same terms keeps
   * its id and takes the file's notes, part of speech and forbidden flag.
   */
  import(projectId: number | null, terms: readonly GlossaryTerm[], now: string): GlossaryImportCounts {
    return this.db.transaction(() => {
      const counts: GlossaryImportCounts = { added: 0, updated: 0, unchanged: 0 };
      for (const term of terms) {
        const found = this.identical.get({ projectId, zhHant: term.zhHant, en: term.en, zhHans: term.zhHans }) as StoredEntry | undefined;
        if (!found) {
          this.add(projectId, term, now);
          counts.added += 1;
        } else if (found.notes !== term.notes || found.partOfSpeech !== term.partOfSpeech || (found.forbidden === 1) !== term.forbidden) {
          this.change.run({ id: found.id, ...stored(term), now });
          counts.updated += 1;
        } else {
          counts.unchanged += 1;
        }
      }
      return counts;
    }).immediate();
  }

  private existing(id: number): GlossaryEntry {
    const entry = this.find(id);
    if (!entry) throw new WorkbenchError('NOT_FOUND', `Glossary entry ${id} does not exist`);
    return entry;
  }

  /** Turns SQLite's constraint errors into messages that name the term or the project. */
  private refusingDuplicates<T>(projectId: number | null, term: GlossaryTerm, write: () => T): T {
    try {
      return write();
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
        const scope = projectId === null ? 'the global glossary' : `project ${projectId}'s glossary`;
        throw new WorkbenchError('INVALID_PAYLOAD', `"${term.zhHant}" with these renderings is already in ${scope}`);
      }
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new WorkbenchError('NOT_FOUND', `Project ${projectId} does not exist`);
      throw error;
    }
  }
}
