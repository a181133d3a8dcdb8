/** `workbench backup keep [N]`: how many backups are kept, from the command line. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbench } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';

describe('workbench backup keep', () => {
  const tempDir = useTempDir();

  it('shows and sets how many backups are kept, and later backups are pruned to it', async () => {
    const dir = tempDir();
    const db = join(dir, 'b.sqlite');
    writeFileSync(join(dir, 'a.txt'), '第一段。');
    await workbench('--db', db, 'import', join(dir, 'a.txt'));

    const shown = await workbench('--db', db, 'backup', 'keep');
    expect(shown).toMatchObject({ code: 0, stdout: `Keeping the newest 10 backups in ${join(dir, 'backups')}\n` });
    for (let n = 0; n < 3; n += 1) expect((await workbench('--db', db, 'backup', 'create')).code).toBe(0);
    const set = await workbench('--db', db, '--json', 'backup', 'keep', '2');
    expect(JSON.parse(set.stdout)).toEqual({ keep: 2, folder: join(dir, 'backups') });
    const list = async () => JSON.parse((await workbench('--db', db, '--json', 'backup', 'list')).stdout) as unknown[];
    expect(await list()).toHaveLength(2);
    expect((await workbench('--db', db, 'backup', 'create')).code).toBe(0);
    expect(await list()).toHaveLength(2);
    expect((await workbench('--db', db, 'backup', 'keep')).stdout).toContain('Keeping the newest 2 backups');
  });

  it('refuses a number that is not a whole number from 1 to 100, and keeps the one set', async () => {
    const dir = tempDir();
    const db = join(dir, 'b.sqlite');
    await workbench('--db', db, 'list');
    expect((await workbench('--db', db, 'backup', 'keep', '5')).code).toBe(0);
    const refusals: [string, string][] = [
      ['lots', 'backup keep needs a whole number, not "lots"'],
      ['2.5', 'backup keep needs a whole number, not "2.5"'],
      ['0', 'Keep at least 1 backup'],
      ['101', 'Keep at most 100 backups'],
    ];
    for (const [value, message] of refusals) {
      const refused = await workbench('--db', db, 'backup', 'keep', value);
      expect(refused.code, value).toBe(1);
      expect(refused.stderr).toContain(message);
    }
    expect((await workbench('--db', db, 'backup', 'keep')).stdout).toContain('Keeping the newest 5 backups');
  });
});
