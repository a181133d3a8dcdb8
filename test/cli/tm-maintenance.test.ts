import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbench } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';
import { tmxOf } from '../support/tmx.ts';

const PAIRS: [string, string][] = [
  ['港鐵票價維持不變。', 'MTR fares are frozen.'],
  ['天文台預測明天有雨。', 'The Observatory forecasts rain tomorrow.'],
  ['港鐵票價維持不變。', 'MTR fares are frozen.'],
];

describe('workbench tm upkeep', () => {
  const tempDir = useTempDir();

  it('creates, attaches, browses, edits, deduplicates, deletes and detaches', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    const tm = (...args: string[]) => workbench('--db', db, 'tm', ...args);
    const json = async (...args: string[]) => JSON.parse((await workbench('--db', db, '--json', 'tm', ...args)).stdout);
    writeFileSync(join(dir, 'doc.txt'), '港鐵票價維持不變。\n');
    writeFileSync(join(dir, 'reference.tmx'), tmxOf(PAIRS));
    expect((await workbench('--db', db, 'import', join(dir, 'doc.txt'))).code).toBe(0);

    expect(await json('create', 'Reference')).toEqual({ tmId: 1, name: 'Reference' });
    expect((await tm('import', join(dir, 'reference.tmx'), '--tm', '1')).stdout).toContain('Imported 3 of 3 units into memory 1');

    expect((await tm('attach', '--project', '1', '--tm', '1', '--penalty', '15')).stdout).toContain('with a penalty of 15');
    expect((await tm('attached', '--project', '1')).stdout.trim()).toBe('1\tReference\tread-only, penalty 15');

    const page = await json('units', '--tm', '1', '--limit', '2');
    expect(page.hits.map((hit: { unitId: number }) => hit.unitId)).toEqual([3, 2]);
    expect(page.more).toBe(true);
    expect((await tm('units', '--tm', '1', '--limit', '2')).stdout).toContain('…more (--offset 2)');

    const edited = await tm('edit', '2', '--en', 'Rain is expected tomorrow.', '--zh-hans', '明天有雨。');
    expect(edited.stdout.trim()).toBe('2\t天文台預測明天有雨。\tRain is expected tomorrow.\t明天有雨。');
    expect((await json('units', '--tm', '1', '--query', 'expected')).hits).toMatchObject([{ unitId: 2, zhHans: '明天有雨。' }]);

    expect((await tm('dedupe', '--tm', '1')).stdout).toContain('Removed 1 duplicates from memory 1');
    expect((await tm('delete', '2')).stdout).toContain('Deleted 1 of 1 units');
    expect((await json('stats')).memories).toMatchObject([{ id: 1, units: 1 }]);

    expect((await tm('detach', '--project', '1', '--tm', '1')).code).toBe(0);
    expect((await tm('attached', '--project', '1')).stdout).toContain('Project 1 looks up no memory yet');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'e.sqlite');
    writeFileSync(join(dir, 'doc.txt'), '港鐵票價維持不變。\n');
    await workbench('--db', db, 'import', join(dir, 'doc.txt'));
    await workbench('--db', db, 'tm', 'create', 'Reference');
    const before = (await workbench('--db', db, '--json', 'tm', 'stats')).stdout;
    const cases: [string[], string][] = [
      [['attach', '--project', '1'], 'tm attach needs --tm ID'],
      [['attach', '--project', '7', '--tm', '1'], 'Project 7 does not exist'],
      [['attach', '--project', '1', '--tm', '1', '--penalty', '101'], 'penalty'],
      [['attach', '--project', '1', '--tm', '1', '--penalty', 'high'], '--penalty needs points from 0 to 100, not "high"'],
      [['units', '--tm', '9'], 'Translation memory 9 does not exist'],
      [['dedupe', '--tm', '9'], 'Translation memory 9 does not exist'],
      [['edit', '1'], 'tm edit needs --source, --en or --zh-hans'],
      [['edit', '99', '--en', 'x'], 'TM unit 99 does not exist'],
      [['delete', 'x'], 'tm delete needs UNIT ids, not "x"'],
      [['create'], 'tm create needs a NAME'],
      [['create', ' '], 'A memory needs a name'],
    ];
    for (const [args, message] of cases) {
      const result = await workbench('--db', db, 'tm', ...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toContain(message);
    }
    expect((await workbench('--db', db, '--json', 'tm', 'stats')).stdout).toBe(before);
    expect((await workbench('--db', db, 'tm', 'attached', '--project', '1')).stdout).toContain('looks up no memory yet');
  });
});
