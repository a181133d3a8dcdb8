import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../core/glossary/entry.ts';
import { Store } from '../../db/store.ts';
import { useTempDir } from '../support/temp.ts';

const NOW = '2026-01-02T03:04:05.000Z';
const LATER = '2026-01-03T03:04:05.000Z';
const term = (zhHant: string, en: string, zhHans = '', extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  zhHant, en, zhHans, notes: '', partOfSpeech: '', forbidden: false, ...extra,
});

describe('glossary repository', () => {
  const tempDir = useTempDir();
  const open = () => {
    const path = join(tempDir(), 'glossary.sqlite');
    return { path, store: Store.open(path) };
  };

  it('stores global and project entries, lists them by scope, and keeps them across a reopen', () => {
    const { path, store } = open();
    const project = store.documents.defaultProjectId(NOW);
    store.glossary.add(null, term('特區政府', 'the SAR Government', '特区政府', { notes: 'always', partOfSpeech: 'noun' }), NOW);
    store.glossary.add(project, term('特區政府', 'the HKSAR Government', '', { forbidden: true }), NOW);
    store.close();

    const again = Store.open(path);
    expect(again.glossary.list().map((e) => [e.projectId, e.en, e.forbidden])).toEqual([
      [null, 'the SAR Government', false],
      [project, 'the HKSAR Government', true],
    ]);
    expect(again.glossary.list(null)).toHaveLength(1);
    expect(again.glossary.list(project)).toHaveLength(1);
    expect(again.glossary.applicableTo(project)).toHaveLength(2);
    expect(again.glossary.applicableTo(project + 1)).toHaveLength(1);
    expect(again.glossary.list(null)[0]).toMatchObject({ notes: 'always', partOfSpeech: 'noun', zhHans: '特区政府', createdAt: NOW });
    again.close();
  });

  it('updates and deletes an entry, and says which one is missing', () => {
    const { store } = open();
    const entry = store.glossary.add(null, term('機器人', 'robot'), NOW);
    expect(store.glossary.update(entry.id, term('機器人', 'robot', '机器人'), LATER)).toMatchObject({ zhHans: '机器人', updatedAt: LATER, createdAt: NOW });
    expect(store.glossary.delete(entry.id).id).toBe(entry.id);
    expect(store.glossary.list()).toEqual([]);
    expect(() => store.glossary.delete(entry.id)).toThrow(`Glossary entry ${entry.id} does not exist`);
    store.close();
  });

  it('refuses the same renderings twice in one scope, and a project that does not exist', () => {
    const { store } = open();
    store.glossary.add(null, term('機器人', 'robot'), NOW);
    expect(() => store.glossary.add(null, term('機器人', 'robot'), NOW)).toThrow(/already in the global glossary/u);
    // Another rendering of the same term is a second sense, and is allowed.
    expect(store.glossary.add(null, term('機器人', 'android'), NOW).en).toBe('android');
    expect(() => store.glossary.add(99, term('機器人', 'robot'), NOW)).toThrow('Project 99 does not exist');
    store.close();
  });

  it('imports by upsert: new entries added, changed notes or flags updated, the rest counted as unchanged', () => {
    const { store } = open();
    store.glossary.add(null, term('特區政府', 'the SAR Government', '', { notes: 'old' }), NOW);
    store.glossary.add(null, term('機器人', 'robot'), NOW);
    const counts = store.glossary.import(null, [
      term('特區政府', 'the SAR Government', '', { notes: 'new' }),
      term('機器人', 'robot'),
      term('人工智能', 'artificial intelligence', '人工智能'),
    ], LATER);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(store.glossary.list().map((e) => [e.zhHant, e.notes, e.updatedAt])).toEqual([
      ['特區政府', 'new', LATER],
      ['機器人', '', NOW],
      ['人工智能', '', LATER],
    ]);
    store.close();
  });

  it('writes an import in one transaction: a failing entry leaves the glossary as it was', () => {
    const { store } = open();
    store.glossary.add(null, term('機器人', 'robot'), NOW);
    // An entry with no rendering at all breaks the table's CHECK, after a good one was written.
    expect(() => store.glossary.import(null, [term('人工智能', 'AI'), term('空', '')], LATER)).toThrow();
    expect(store.glossary.list().map((e) => e.zhHant)).toEqual(['機器人']);
    store.close();
  });
});
