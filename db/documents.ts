import type Database from 'better-sqlite3';
import type { CellStatusT, ParagraphKindT, TargetLangT } from '../core/api/contract.ts';

export interface NewParagraph {
  source: string;
  kind: ParagraphKindT;
  /** The machine-drafted Simplified text, stored with status auto. */
  zhHansDraft: string;
}

export interface DocumentRow {
  id: number;
  projectId: number;
  title: string;
  createdAt: string;
  paragraphCount: number;
  confirmedEn: number;
  confirmedZhHans: number;
}

export interface ParagraphRow {
  id: number;
  position: number;
  source: string;
  kind: ParagraphKindT;
  enText: string;
  enStatus: CellStatusT;
  enUpdatedAt: string;
  zhText: string;
  zhStatus: CellStatusT;
  zhUpdatedAt: string;
}

const SUMMARY_SELECT = `
  SELECT d.id, d.project_id AS projectId, d.title, d.created_at AS createdAt,
    (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS paragraphCount,
    (SELECT count(*) FROM paragraphs p JOIN targets t ON t.paragraph_id = p.id
      WHERE p.document_id = d.id AND t.lang = 'en' AND t.status IN ('translated', 'reviewed')) AS confirmedEn,
    (SELECT count(*) FROM paragraphs p JOIN targets t ON t.paragraph_id = p.id
      WHERE p.document_id = d.id AND t.lang = 'zh-Hans' AND t.status IN ('translated', 'reviewed')) AS confirmedZhHans
  FROM documents d`;

const emptyOrAuto = (text: string): CellStatusT => (text === '' ? 'empty' : 'auto');

export class DocumentRepository {
  private readonly insertProject;
  private readonly firstProject;
  private readonly insertDocument;
  private readonly insertParagraph;
  private readonly insertTarget;
  private readonly summaries;
  private readonly summary;
  private readonly paragraphs;
  private readonly trashed;
  private readonly setTitle;
  private readonly setProject;
  private readonly setDeleted;
  private readonly purge;

  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.insertProject = db.prepare('INSERT INTO projects (name, created_at) VALUES (?, ?)');
    this.firstProject = db.prepare('SELECT id FROM projects ORDER BY id LIMIT 1').pluck();
    this.insertDocument = db.prepare(
      'INSERT INTO documents (project_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    this.insertParagraph = db.prepare(
      'INSERT INTO paragraphs (document_id, position, source, kind) VALUES (?, ?, ?, ?)',
    );
    this.insertTarget = db.prepare(
      'INSERT INTO targets (paragraph_id, lang, text, status, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.summaries = db.prepare(`${SUMMARY_SELECT} WHERE d.deleted_at IS NULL ORDER BY d.id`);
    this.summary = db.prepare(`${SUMMARY_SELECT} WHERE d.id = ? AND d.deleted_at IS NULL`);
    this.trashed = db.prepare(
      `SELECT id, title, deleted_at AS deletedAt FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
    );
    this.setTitle = db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
    this.setProject = db.prepare('UPDATE documents SET project_id = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
    this.setDeleted = db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ? AND (deleted_at IS NULL) = (? IS NOT NULL)');
    this.purge = db.prepare('DELETE FROM documents WHERE deleted_at IS NOT NULL AND deleted_at < ?');
    this.paragraphs = db.prepare(`
      SELECT p.id, p.position, p.source, p.kind,
        en.text AS enText, en.status AS enStatus, en.updated_at AS enUpdatedAt,
        zh.text AS zhText, zh.status AS zhStatus, zh.updated_at AS zhUpdatedAt
      FROM paragraphs p
      JOIN targets en ON en.paragraph_id = p.id AND en.lang = 'en'
      JOIN targets zh ON zh.paragraph_id = p.id AND zh.lang = 'zh-Hans'
      WHERE p.document_id = ? ORDER BY p.position`);
  }

  /** The project new documents go into when none is chosen: the first one, made on first use. */
  defaultProjectId(now: string): number {
    const existing = this.firstProject.get() as number | undefined;
    return existing ?? Number(this.insertProject.run('My project', now).lastInsertRowid);
  }

  /** Stores a document with all its paragraphs and their target cells, atomically, in the project given or the default one. */
  create(title: string, paragraphs: readonly NewParagraph[], now: string, projectId?: number): number {
    return this.db.transaction(() => {
      const project = projectId ?? this.defaultProjectId(now);
      const documentId = Number(this.insertDocument.run(project, title, now, now).lastInsertRowid);
      paragraphs.forEach((paragraph, position) => {
        const id = this.insertParagraph.run(documentId, position, paragraph.source, paragraph.kind).lastInsertRowid;
        const cells: [TargetLangT, string][] = [['en', ''], ['zh-Hans', paragraph.zhHansDraft]];
        for (const [lang, text] of cells) this.insertTarget.run(id, lang, text, emptyOrAuto(text), now);
      });
      return documentId;
    }).immediate();
  }

  list(): DocumentRow[] {
    return this.summaries.all() as DocumentRow[];
  }

  find(documentId: number): DocumentRow | undefined {
    return this.summary.get(documentId) as DocumentRow | undefined;
  }

  paragraphsOf(documentId: number): ParagraphRow[] {
    return this.paragraphs.all(documentId) as ParagraphRow[];
  }

  /** Returns false when there is no such document (or it is in the trash). */
  rename(documentId: number, title: string, now: string): boolean {
    return this.setTitle.run(title, now, documentId).changes === 1;
  }

  /** Puts a document in another project; false when there is no such document (or it is in the trash). */
  moveToProject(documentId: number, projectId: number, now: string): boolean {
    return this.setProject.run(projectId, now, documentId).changes === 1;
  }

  /** Moves a document to the trash (deletedAt set) or back out of it (null). */
  setTrashed(documentId: number, deletedAt: string | null): boolean {
    return this.setDeleted.run(deletedAt, documentId, deletedAt).changes === 1;
  }

  trash(): { id: number; title: string; deletedAt: string }[] {
    return this.trashed.all() as { id: number; title: string; deletedAt: string }[];
  }

  /** Deletes for good the documents trashed before the cut-off, with their paragraphs and cells. */
  purgeTrashedBefore(cutoff: string): number {
    return this.purge.run(cutoff).changes;
  }
}
