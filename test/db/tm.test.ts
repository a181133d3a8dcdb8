import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGrams } from '../../core/tm/grams.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrations } from '../../db/migrations/index.ts';
import { Store } from '../../db/store.ts';
import { TmService } from '../../service/tm.ts';
import { sharedPath } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const NOW = '2024-05-01T00:00:00.000Z';
const unit = (tmId: number, source: string, en: string) => ({ tmId, source, en, zhHans: null, origin: 't', level: 'paragraph' as const, createdAt: NOW, updatedAt: NOW });

describe('TM storage', () => {
  const tempDir = useTempDir();

  it('moves units of a version-2 database into their project memory and indexes them on first lookup', () => {
    const path = join(tempDir(), 'old.sqlite');
    openDatabase(path, migrations.filter((m) => m.version < 3)).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO projects (id, name, created_at) VALUES (1, 'Old project', ?)").run(NOW);
    raw.prepare(`INSERT INTO tm_units (project_id, source, source_key, en, origin_label, created_at, updated_at)
      VALUES (1, '香港特區政府今日宣佈新措施。', 'x', 'Old unit.', 'old', ?, ?)`).run(NOW, NOW);
    raw.close();

    const store = Store.open(path);
    expect(store.tm.list()).toEqual([expect.objectContaining({ name: 'Old project', projectId: 1, unitCount: 1 })]);
    const tm = new TmService(store);
    const [match] = tm.findMatches(store.tm.scope(1), { source: '香港特區政府昨日宣佈新措施。' });
    expect(match).toMatchObject({ en: 'Old unit.', kind: 'fuzzy', tmName: 'Old project' });
    store.close();
  });

  it('finds units through bulk segments and live postings alike, and skips deleted units', () => {
    const store = Store.open(join(tempDir(), 'tm.sqlite'));
    const tmId = store.tm.createTm('bulk', NOW);
    store.transaction(() => {
      const writer = store.tm.bulkWriter(tmId);
      writer.add(unit(tmId, '今日天氣很好。', 'Fine today.'));
      writer.add(unit(tmId, '明天會下雨。', 'Rain tomorrow.'));
      writer.finish();
    });
    const live = store.tm.insert(unit(tmId, '今日天氣很差。', 'Bad today.'));
    const tm = new TmService(store);
    const scope = tm.allMemories();
    expect(tm.findMatches(scope, { source: '今日天氣很好。' }).map((m) => m.en)).toEqual(['Fine today.', 'Bad today.']);
    store.tm.delete([live]);
    expect(tm.findMatches(scope, { source: '今日天氣很好。' }).map((m) => m.en)).toEqual(['Fine today.']);
    expect(store.tm.count(tmId)).toBe(2);
    store.close();
  });

  it('stores and indexes a bulk import exactly as the same units written one at a time', () => {
    // Real sentences (grams repeated within and across units) over several insert batches, a
    // Simplified target that folds like its source, some units with context or markup (another
    // insert statement), and a unit without any gram.
    const pairs = readFileSync(sharedPath('testdata/parallel/tatoeba-cmn.txt'), 'utf8')
      .split('\n')
      .slice(1, 101)
      .map((line) => line.split('\t') as [string, string]);
    const units = (tmId: number) => [
      ...pairs.map(([en, zh], i) => ({
        ...unit(tmId, zh, en),
        zhHans: i % 3 === 0 ? zh : null,
        contextBefore: i % 5 === 0 ? pairs[i - 1]?.[1] ?? '' : null,
        markup: i % 7 === 0 ? '{"en":["<b>"]}' : null,
      })),
      unit(tmId, '……', '...'),
    ];
    const written = (name: string, bulk: boolean) => {
      const store = Store.open(join(tempDir(), name));
      const tmId = store.tm.createTm(name, NOW);
      const [first, ...rest] = units(tmId);
      // A unit already there: the bulk writer numbers its units after it.
      store.tm.insert(first!);
      store.transaction(() => {
        if (!bulk) return rest.forEach((u) => store.tm.insert(u));
        const writer = store.tm.bulkWriter(tmId);
        rest.forEach((u) => writer.add(u));
        writer.finish();
      });
      const rows = [...store.tm.iterate(tmId)];
      const keys = store.tm.matchKeys(rows.map((r) => r.id), tmId);
      const grams = [...new Set(units(tmId).flatMap((u) => [...indexGrams([u.source, u.en, u.zhHans])]))];
      const postings = grams.map((gram) => store.tm.index.postings(tmId, gram).flatMap((list) => [...list]).sort((a, b) => a - b));
      store.close();
      return { rows, keys, postings };
    };
    const bulk = written('bulk.sqlite', true);
    expect(bulk.rows).toHaveLength(101);
    expect(bulk).toEqual(written('live.sqlite', false));
  });
});
