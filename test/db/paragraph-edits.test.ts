import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CellPair } from '../../core/import/edits.ts';
import { Store } from '../../db/store.ts';
import { useTempDir } from '../support/temp.ts';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';
const T2 = '2025-01-03T00:00:00.000Z';

const SOURCES = [
  { source: '巴士加價', kind: 'heading' as const, zhHansDraft: '巴士加价' },
  { source: '第一句。第二句。', kind: 'body' as const, zhHansDraft: '第一句。第二句。' },
  { source: '第三段。', kind: 'body' as const, zhHansDraft: '第三段。' },
  { source: '分享到:', kind: 'boilerplate' as const, zhHansDraft: '分享到:' },
];

const cells = (en: string, zh: string, now = T1): CellPair => ({
  en: { text: en, status: en === '' ? 'empty' : 'draft', updatedAt: now },
  'zh-Hans': { text: zh, status: 'auto', updatedAt: now },
});

function open(dir: string) {
  const path = join(dir, 'edits.sqlite');
  const store = Store.open(path);
  const documentId = store.documents.create('doc', SOURCES, T0);
  const ids = store.documents.paragraphsOf(documentId).map((p) => p.id);
  // A direct connection to check what the repository wrote (WAL lets both see the same data).
  const db = new Database(path);
  return { store, documentId, ids, db, edits: store.paragraphEdits };
}

/** Every row of every table, for "restored exactly"; the document's updated_at is a change time and moves on. */
function dump(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'paragraph_edits' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      const cleaned = rows.map((row) => (table === 'documents' ? { ...row, updated_at: null } : row));
      return [table, cleaned.map((row) => JSON.stringify(row)).sort()];
    }),
  );
}

const sources = (store: Store, documentId: number) => store.documents.paragraphsOf(documentId).map((p) => p.source);

describe('ParagraphEditRepository', () => {
  const tempDir = useTempDir();

  it('records the import details and excludes boilerplate by default, until the document includes it', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    edits.recordSource(documentId, { format: 'text', encoding: 'big5-hkscs' });
    expect(edits.settings(documentId)).toEqual({ includeBoilerplate: false, format: 'text', encoding: 'big5-hkscs' });
    expect(edits.excludedParagraphIds(documentId)).toEqual([ids[3]]);

    edits.setIncludeBoilerplate(documentId, true, T1);
    expect(edits.excludedParagraphIds(documentId)).toEqual([]);
    expect(db.prepare('SELECT updated_at FROM documents WHERE id = ?').pluck().get(documentId)).toBe(T1);
    edits.undo(documentId, T2);
    expect(edits.excludedParagraphIds(documentId)).toEqual([ids[3]]);
    db.close();
    store.close();
  });

  it('lets a paragraph be excluded or included by hand, over its kind and the document setting', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    edits.setInclusion(edits.paragraph(ids[1]!)!, false, T1);
    edits.setInclusion(edits.paragraph(ids[3]!)!, true, T1);
    expect(edits.excludedParagraphIds(documentId)).toEqual([ids[1]]);
    edits.setIncludeBoilerplate(documentId, false, T1);
    expect(edits.excludedParagraphIds(documentId)).toEqual([ids[1]]);
    edits.undo(documentId, T2);
    edits.undo(documentId, T2);
    edits.undo(documentId, T2);
    expect(edits.excludedParagraphIds(documentId)).toEqual([ids[3]]);
    expect(edits.undo(documentId, T2)).toBeUndefined();
    db.close();
    store.close();
  });

  it('splits a paragraph, moving the later ones down, and undoes it exactly', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    const before = dump(db);
    const paragraph = edits.paragraph(ids[1]!)!;
    const outcome = edits.split({
      paragraph,
      first: { source: '第一句。', cells: cells('First.', '第一句。') },
      second: { source: '第二句。', cells: cells('', '第二句。') },
      now: T1,
    });
    expect(outcome).toMatchObject({ kind: 'split', documentId, paragraphIds: [ids[1], expect.any(Number)] });
    expect(sources(store, documentId)).toEqual(['巴士加價', '第一句。', '第二句。', '第三段。', '分享到:']);
    const created = edits.paragraph(outcome.paragraphIds[1]!)!;
    expect(created).toMatchObject({ position: 2, kind: 'body', cells: { en: { text: '', status: 'empty' }, 'zh-Hans': { text: '第二句。', status: 'auto' } } });
    expect(edits.paragraph(ids[1]!)!.cells.en).toMatchObject({ text: 'First.', status: 'draft' });

    expect(edits.undo(documentId, T2)).toMatchObject({ kind: 'split', paragraphIds: [ids[1]] });
    expect(dump(db)).toEqual(before);
    db.close();
    store.close();
  });

  it('merges with the next paragraph and undoes it exactly, bringing back its revisions and TM links', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    const second = ids[2]!;
    db.prepare("INSERT INTO target_revisions (paragraph_id, lang, text, status, created_at) VALUES (?, 'en', 'Para three.', 'translated', ?)").run(second, T0);
    db.prepare("UPDATE targets SET text = 'Para three.', status = 'translated' WHERE paragraph_id = ? AND lang = 'en'").run(second);
    const unit = db
      .prepare("INSERT INTO tm_units (source, en, origin_paragraph_id, created_at, updated_at) VALUES ('第三段。', 'Para three.', ?, ?, ?)")
      .run(second, T0, T0).lastInsertRowid;
    const before = dump(db);

    const first = edits.paragraph(ids[1]!)!;
    const next = edits.next(first)!;
    expect(next.id).toBe(second);
    edits.merge({ first, second: next, source: '第一句。第二句。第三段。', cells: cells('Para three.', '第一句。第二句。第三段。'), now: T1 });
    expect(sources(store, documentId)).toEqual(['巴士加價', '第一句。第二句。第三段。', '分享到:']);
    expect(edits.paragraph(second)).toBeUndefined();
    expect(db.prepare('SELECT count(*) FROM target_revisions WHERE paragraph_id = ?').pluck().get(second)).toBe(0);
    expect(db.prepare('SELECT origin_paragraph_id FROM tm_units WHERE id = ?').pluck().get(unit)).toBeNull();

    expect(edits.undo(documentId, T2)).toMatchObject({ kind: 'merge', paragraphIds: [ids[1], second] });
    expect(dump(db)).toEqual(before);
    db.close();
    store.close();
  });

  it('restores a cell exactly even where a trigger reacts to its status changing back', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    // The translator cleared the Simplified draft: the cell is empty, and the schema keeps the draft it held.
    store.targets.write(ids[1]!, 'zh-Hans', { text: '', status: 'empty', updatedAt: T0 });
    const before = dump(db);
    const first = edits.paragraph(ids[1]!)!;
    // Joined with the next paragraph's machine draft, the cell becomes a machine draft again.
    const merged: CellPair = { en: first.cells.en, 'zh-Hans': { text: '第三段。', status: 'auto', updatedAt: T1 } };
    edits.merge({ first, second: edits.next(first)!, source: '第一句。第二句。第三段。', cells: merged, now: T1 });
    edits.undo(documentId, T2);
    expect(dump(db)).toEqual(before);
    db.close();
    store.close();
  });

  it('undoes a series of edits last first, back to the original rows', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    const before = dump(db);
    const split = edits.split({
      paragraph: edits.paragraph(ids[1]!)!,
      first: { source: '第一句。', cells: cells('', '第一句。') },
      second: { source: '第二句。', cells: cells('', '第二句。') },
      now: T1,
    });
    const created = edits.paragraph(split.paragraphIds[1]!)!;
    edits.merge({ first: created, second: edits.next(created)!, source: '第二句。第三段。', cells: cells('', '第二句。第三段。'), now: T1 });
    edits.setInclusion(edits.paragraph(ids[0]!)!, false, T1);
    expect(sources(store, documentId)).toEqual(['巴士加價', '第一句。', '第二句。第三段。', '分享到:']);
    for (let i = 0; i < 3; i += 1) edits.undo(documentId, T2);
    expect(dump(db)).toEqual(before);
    db.close();
    store.close();
  });

  it('keeps target text typed after a split when the split is undone, joining the two cells', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    const split = edits.split({
      paragraph: edits.paragraph(ids[1]!)!,
      first: { source: '第一句。', cells: cells('', '第一句。') },
      second: { source: '第二句。', cells: cells('', '第二句。') },
      now: T1,
    });
    store.targets.write(ids[1]!, 'en', { text: 'Sentence one.', status: 'draft', updatedAt: T1 });
    store.targets.write(split.paragraphIds[1]!, 'en', { text: 'Sentence two.', status: 'draft', updatedAt: T1 });
    edits.undo(documentId, T2);
    const restored = edits.paragraph(ids[1]!)!;
    expect(restored.source).toBe('第一句。第二句。');
    expect(restored.cells.en).toEqual({ text: 'Sentence one. Sentence two.', status: 'draft', updatedAt: T2 });
    // The untouched Simplified draft is restored exactly.
    expect(restored.cells['zh-Hans']).toEqual({ text: '第一句。第二句。', status: 'auto', updatedAt: T0 });
    db.close();
    store.close();
  });

  it('keeps an edit made to a merged cell on the first paragraph when the merge is undone', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    const first = edits.paragraph(ids[1]!)!;
    edits.merge({ first, second: edits.next(first)!, source: '第一句。第二句。第三段。', cells: cells('', '合併。'), now: T1 });
    store.targets.write(ids[1]!, 'en', { text: 'All three sentences.', status: 'draft', updatedAt: T1 });
    edits.undo(documentId, T2);
    expect(sources(store, documentId)).toEqual(['巴士加價', '第一句。第二句。', '第三段。', '分享到:']);
    expect(edits.paragraph(ids[1]!)!.cells.en.text).toBe('All three sentences.');
    expect(edits.paragraph(ids[2]!)!.cells.en).toMatchObject({ text: '', status: 'empty' });
    db.close();
    store.close();
  });

  it('puts a merged-away paragraph back under a new id when its old one was taken meanwhile', () => {
    const { store, documentId, ids, edits, db } = open(tempDir());
    const last = ids[3]!;
    db.prepare("INSERT INTO target_revisions (paragraph_id, lang, text, status, created_at) VALUES (?, 'en', 'Share:', 'draft', ?)").run(last, T0);
    const third = edits.paragraph(ids[2]!)!;
    edits.merge({ first: third, second: edits.next(third)!, source: '第三段。分享到:', cells: cells('', '第三段。分享到:'), now: T1 });
    // Another document takes the freed id (SQLite reuses the highest rowid).
    const other = store.documents.create('other', [SOURCES[0]!], T1);
    expect(store.documents.paragraphsOf(other)[0]!.id).toBe(last);

    const undone = edits.undo(documentId, T2)!;
    const restoredId = undone.paragraphIds[1]!;
    expect(restoredId).not.toBe(last);
    expect(sources(store, documentId)).toEqual(['巴士加價', '第一句。第二句。', '第三段。', '分享到:']);
    expect(edits.paragraph(restoredId)).toMatchObject({ source: '分享到:', kind: 'boilerplate', position: 3 });
    expect(db.prepare('SELECT text FROM target_revisions WHERE paragraph_id = ?').pluck().all(restoredId)).toEqual(['Share:']);
    expect(sources(store, other)).toEqual(['巴士加價']);
    db.close();
    store.close();
  });

  it('counts the rows of every table', () => {
    const { store, edits, db } = open(tempDir());
    expect(edits.rowCounts()).toMatchObject({ documents: 1, paragraphs: 4, targets: 8, paragraph_edits: 0 });
    db.close();
    store.close();
  });
});
