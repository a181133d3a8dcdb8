import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STARTER_VOCABULARY } from '../../core/simplified/starter-vocabulary.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrations } from '../../db/migrations/index.ts';
import { Store } from '../../db/store.ts';
import { useTempDir } from '../support/temp.ts';

const NOW = '2026-01-02T03:04:05.000Z';
const LATER = '2026-01-03T00:00:00.000Z';
const text = (traditional: string, simplified: string, note = '') => ({ traditional, simplified, note });

describe('the vocabulary table', () => {
  const tempDir = useTempDir();
  const openStore = () => Store.open(join(tempDir(), 'vocabulary.sqlite'));

  it('starts with the starter list as global entries, all switched on', () => {
    const store = openStore();
    const rows = store.vocabulary.list();
    expect(rows).toHaveLength(STARTER_VOCABULARY.length);
    expect(rows.map(({ traditional, simplified, note }) => ({ traditional, simplified, note }))).toEqual(STARTER_VOCABULARY);
    for (const row of rows) expect(row).toMatchObject({ projectId: null, enabled: true, origin: 'starter' });
    expect(rows[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    store.close();
  });

  it('adds, updates, switches and deletes entries, per scope', () => {
    const store = openStore();
    const projectId = store.documents.defaultProjectId(NOW);
    const global = store.vocabulary.add(null, text('巴士站', '公交车站', 'bus stop'), NOW);
    const own = store.vocabulary.add(projectId, text('的士', '计程车'), NOW);
    expect(global).toMatchObject({ projectId: null, traditional: '巴士站', enabled: true, origin: 'user', createdAt: NOW });
    expect(store.vocabulary.listScope(projectId)).toEqual([own]);
    expect(store.vocabulary.listScope(null)).toHaveLength(STARTER_VOCABULARY.length + 1);
    expect(store.vocabulary.applicableTo(projectId)).toContainEqual(own);
    expect(store.vocabulary.applicableTo(projectId + 1)).not.toContainEqual(own);

    expect(store.vocabulary.update(global.id, text('巴士總站', '公交总站', 'terminus'), LATER)).toMatchObject({
      traditional: '巴士總站',
      simplified: '公交总站',
      note: 'terminus',
      createdAt: NOW,
      updatedAt: LATER,
    });
    expect(store.vocabulary.setEnabled(own.id, false, LATER)).toMatchObject({ enabled: false, updatedAt: LATER });
    expect(store.vocabulary.delete(own.id)).toMatchObject({ id: own.id, enabled: false });
    expect(store.vocabulary.find(own.id)).toBeUndefined();
    store.close();
  });

  it('refuses a second entry for a phrase in the same scope, and changes nothing', () => {
    const store = openStore();
    const projectId = store.documents.defaultProjectId(NOW);
    const before = store.vocabulary.list();
    expect(() => store.vocabulary.add(null, text('的士', '计程车'), NOW)).toThrow(
      expect.objectContaining({ code: 'INVALID_PAYLOAD', message: '"的士" is already in the global vocabulary' }),
    );
    expect(store.vocabulary.list()).toEqual(before);
    // The same phrase in a project is an override, not a duplicate.
    const own = store.vocabulary.add(projectId, text('的士', '计程车'), NOW);
    const other = store.vocabulary.add(projectId, text('小巴', '小巴'), NOW);
    expect(() => store.vocabulary.update(other.id, text('的士', 'x'), NOW)).toThrow(/already in project \d+'s vocabulary/);
    expect(store.vocabulary.find(own.id)?.simplified).toBe('计程车');
    store.close();
  });

  it('names a missing entry or project', () => {
    const store = openStore();
    expect(() => store.vocabulary.setEnabled(999_999, false, NOW)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => store.vocabulary.delete(999_999)).toThrow(/Vocabulary entry 999999 does not exist/);
    expect(() => store.vocabulary.add(42, text('的士', '出租车'), NOW)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'Project 42 does not exist' }),
    );
    store.close();
  });

  it('removes a project’s entries with the project', () => {
    const path = join(tempDir(), 'cascade.sqlite');
    const store = Store.open(path);
    const projectId = store.documents.defaultProjectId(NOW);
    store.vocabulary.add(projectId, text('的士', '计程车'), NOW);
    store.close();
    const db = openDatabase(path);
    db.prepare('DELETE FROM projects WHERE id = ?').run(projectId);
    expect(db.prepare('SELECT count(*) FROM vocabulary WHERE project_id IS NOT NULL').pluck().get()).toBe(0);
    db.close();
  });
});

describe('the drafting state of target cells', () => {
  const tempDir = useTempDir();

  function storeWithDocument() {
    const path = join(tempDir(), 'cells.sqlite');
    const store = Store.open(path);
    const documentId = store.documents.create('doc', [{ source: '巴士站', kind: 'body', zhHansDraft: '巴士站' }], NOW);
    const [paragraph] = store.documents.paragraphsOf(documentId);
    return { path, store, documentId, paragraphId: paragraph!.id };
  }

  it('records the machine draft a person started from when they take an auto cell over', () => {
    const { store, paragraphId } = storeWithDocument();
    expect(store.simplifiedCells.find(paragraphId)).toMatchObject({ status: 'auto', machineDraft: null, variant: 'hk' });
    store.targets.write(paragraphId, 'zh-Hans', { text: '公交车站', status: 'draft', updatedAt: LATER });
    expect(store.simplifiedCells.find(paragraphId)).toMatchObject({ text: '公交车站', status: 'draft', machineDraft: '巴士站' });
    // A later edit by the person keeps the draft they started from.
    store.targets.write(paragraphId, 'zh-Hans', { text: '公交站', status: 'translated', updatedAt: LATER });
    expect(store.simplifiedCells.find(paragraphId)?.machineDraft).toBe('巴士站');
    store.close();
  });

  it('lets a writer that sets the machine draft itself keep its own value', () => {
    const { store, paragraphId } = storeWithDocument();
    store.transaction(() => {
      store.targets.write(paragraphId, 'zh-Hans', { text: '我的', status: 'draft', updatedAt: LATER });
      store.simplifiedCells.setState(paragraphId, 'zh-Hans', '旧稿', 'vocabulary');
    });
    expect(store.simplifiedCells.find(paragraphId)).toMatchObject({ machineDraft: '旧稿', staleReason: 'vocabulary' });
    store.close();
  });

  it('keeps one reconvert undo per cell, offered only while the cell holds the reconverted text', () => {
    const { store, documentId, paragraphId } = storeWithDocument();
    const undo = { text: '我的', status: 'draft' as const, machineDraft: '巴士站', staleReason: 'source' as const, reconvertedText: '巴士站' };
    store.simplifiedCells.saveUndo(paragraphId, 'zh-Hans', undo, NOW);
    expect(store.simplifiedCells.findUndo(paragraphId, 'zh-Hans')).toEqual(undo);
    const zhState = () => store.simplifiedCells.statesOfDocumentCells(documentId).find((s) => s.lang === 'zh-Hans');
    expect(zhState()?.canUndoReconvert).toBe(true);
    store.targets.write(paragraphId, 'zh-Hans', { text: '改过', status: 'draft', updatedAt: LATER });
    expect(zhState()?.canUndoReconvert).toBe(false);
    store.simplifiedCells.deleteUndo(paragraphId, 'zh-Hans');
    expect(store.simplifiedCells.findUndo(paragraphId, 'zh-Hans')).toBeUndefined();
    store.close();
  });

  it('finds the cells whose source contains a phrase, in one project or all', () => {
    const { store, paragraphId } = storeWithDocument();
    const projectId = store.documents.defaultProjectId(NOW);
    expect(store.simplifiedCells.containing(['巴士'], null).map((c) => c.paragraphId)).toEqual([paragraphId]);
    expect(store.simplifiedCells.containing(['的士', '站'], projectId).map((c) => c.paragraphId)).toEqual([paragraphId]);
    expect(store.simplifiedCells.containing(['的士'], null)).toEqual([]);
    expect(store.simplifiedCells.containing(['巴士'], projectId + 1)).toEqual([]);
    store.close();
  });

  it('refuses a stale reason it does not know', () => {
    const { path, store, paragraphId } = storeWithDocument();
    store.close();
    const db = new Database(path);
    expect(() => db.prepare("UPDATE targets SET stale_reason = 'whim' WHERE paragraph_id = ?").run(paragraphId)).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 002 on an existing database', () => {
  const tempDir = useTempDir();

  it('keeps existing cells, with no machine draft or flag, and adds the starter list', () => {
    const path = join(tempDir(), 'v1.sqlite');
    const v1 = openDatabase(path, migrations.slice(0, 1));
    v1.exec(`
      INSERT INTO projects (id, name, created_at) VALUES (1, 'p', 'then');
      INSERT INTO documents (id, project_id, title, created_at, updated_at) VALUES (1, 1, 'd', 'then', 'then');
      INSERT INTO paragraphs (id, document_id, position, source) VALUES (1, 1, 0, '的士');
      INSERT INTO targets (paragraph_id, lang, text, status, updated_at) VALUES (1, 'zh-Hans', '的士(人改)', 'draft', 'then');`);
    v1.close();
    const db = openDatabase(path, migrations.slice(0, 2));
    expect(db.prepare('SELECT text, status, machine_draft, stale_reason FROM targets').get()).toEqual({
      text: '的士(人改)',
      status: 'draft',
      machine_draft: null,
      stale_reason: null,
    });
    expect(db.prepare("SELECT count(*) FROM vocabulary WHERE origin = 'starter'").pluck().get()).toBe(STARTER_VOCABULARY.length);
    db.close();
  });
});
