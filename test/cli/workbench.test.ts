import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { workbench } from '../support/cli.ts';

describe('workbench CLI', () => {
  const tempDir = useTempDir();

  it('prints help', async () => {
    const { code, stdout } = await workbench('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('import FILE');
    expect(stdout).toContain('--json');
  });

  it.skipIf(!sharedAvailable(SEED_PATH))('imports the seed, lists it and exports both languages', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    const imported = await workbench('--db', db, '--json', 'import', SEED_PATH, '--title', '來論');
    expect(imported.code).toBe(0);
    const doc = JSON.parse(imported.stdout) as { documentId: number; paragraphCount: number; title: string; counts: { boilerplate: number } };
    expect(doc).toMatchObject({ documentId: 1, title: '來論', paragraphCount: 47, format: 'text', encoding: 'utf-8' });

    const again = await workbench('--db', db, 'import', SEED_PATH, '--encoding', 'utf-8');
    expect(again.stdout).toContain('encoding: utf-8');
    expect(again.stdout).toMatch(/paragraphs: 47 \(heading \d+, body \d+, caption 1, boilerplate \d+/);
    const listed = await workbench('--db', db, 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id: 1, paragraphCount: 47 }),
      expect.objectContaining({ id: 2, paragraphCount: 47 }),
    ]);
    expect((await workbench('--db', db, 'list')).stdout).toContain('1\t來論\t47 paragraphs');

    const out = join(dir, 'zh.txt');
    const exported = await workbench('--db', db, 'export', '1', '--format', 'txt', '--lang', 'zh-Hans', '--out', out);
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('【来论】屠海鸣:香港如何在人工智能领域“大展拳脚”');

    const empty = join(dir, 'en.txt');
    const english = await workbench('--db', db, '--json', 'export', '1', '--lang', 'en', '--out', empty);
    // Boilerplate is excluded from exports by default; every other paragraph is untranslated.
    expect(JSON.parse(english.stdout)).toEqual({ out: empty, omitted: 47 - doc.counts.boilerplate });
  });

  it.each([
    [['frobnicate'], 'Unknown command: frobnicate'],
    [['import'], 'import needs a FILE'],
    [['import', '/no/such/file.txt'], 'ENOENT'],
    [['export', '1', '--lang', 'fr', '--out', 'x.txt'], 'lang'],
    [['export', '7', '--lang', 'en', '--out', 'x.txt'], 'Document 7 does not exist'],
  ])('exits non-zero with a clear message for %j', async (args, message) => {
    const result = await workbench('--db', join(tempDir(), 'e.sqlite'), ...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
  });

  it('refuses an empty file with EMPTY_FILE in --json mode', async () => {
    const dir = tempDir();
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '\n\n');
    const result = await workbench('--db', join(dir, 'e.sqlite'), '--json', 'import', blank);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'EMPTY_FILE' } });
  });
});

describe('workbench backup', () => {
  const tempDir = useTempDir();

  it('creates, lists and restores backups of the database', async () => {
    const dir = tempDir();
    const db = join(dir, 'b.sqlite');
    const text = join(dir, 'a.txt');
    writeFileSync(text, '第一段。');
    await workbench('--db', db, 'import', text);
    const created = await workbench('--db', db, '--json', 'backup', 'create');
    expect(created.code).toBe(0);
    const { file } = JSON.parse(created.stdout) as { file: string };
    await workbench('--db', db, 'import', text);
    expect(JSON.parse((await workbench('--db', db, '--json', 'list')).stdout)).toHaveLength(2);

    const listed = JSON.parse((await workbench('--db', db, '--json', 'backup', 'list')).stdout) as { file: string }[];
    expect(listed.map((b) => b.file)).toEqual([file]);
    const restored = await workbench('--db', db, 'backup', 'restore', 'latest');
    expect(restored.code).toBe(0);
    expect(JSON.parse((await workbench('--db', db, '--json', 'list')).stdout)).toHaveLength(1);
    expect(JSON.parse((await workbench('--db', db, '--json', 'backup', 'list')).stdout)).toHaveLength(2);
  });
});

describe('workbench project', () => {
  const tempDir = useTempDir();

  it('moves every document, memory and glossary entry to another database, checked by its checksum', async () => {
    const from = join(tempDir(), 'from.sqlite');
    const to = join(tempDir(), 'to.sqlite');
    const text = join(tempDir(), 'a.txt');
    writeFileSync(text, '特區政府今日宣佈新措施。\n');
    await workbench('--db', from, 'import', text);
    const glossary = join(tempDir(), 'terms.csv');
    writeFileSync(glossary, '\ufeffzh-Hant,en,zh-Hans\n特區政府,the SAR Government,特区政府\n');
    expect((await workbench('--db', from, 'glossary', 'import', glossary)).code).toBe(0);
    const archive = join(tempDir(), 'work.bwarchive');
    expect((await workbench('--db', from, 'project', 'export', '--out', archive)).code).toBe(0);

    await workbench('--db', to, 'list');
    const imported = await workbench('--db', to, '--json', 'project', 'import', archive);
    expect(imported.code).toBe(0);
    expect(JSON.parse((await workbench('--db', to, '--json', 'list')).stdout)).toEqual([expect.objectContaining({ paragraphCount: 1 })]);
    expect((await workbench('--db', to, 'glossary', 'list')).stdout).toContain('the SAR Government');

    // A damaged archive is refused and changes nothing.
    const bytes = readFileSync(archive);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0xff;
    const damaged = join(tempDir(), 'damaged.bwarchive');
    writeFileSync(damaged, bytes);
    const refused = await workbench('--db', to, 'project', 'import', damaged);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/damaged|cannot be read/);
    expect(JSON.parse((await workbench('--db', to, '--json', 'list')).stdout)).toHaveLength(1);
  });
});
