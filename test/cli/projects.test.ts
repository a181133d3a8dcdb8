import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbench } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';

describe('workbench project list|create|rename|delete and import --project', () => {
  const tempDir = useTempDir();

  it('creates and renames projects, imports into one and lists them with their progress', async () => {
    const dir = tempDir();
    const db = join(dir, 'p.sqlite');
    const text = join(dir, 'news.txt');
    writeFileSync(text, '香港特區政府今日宣佈新措施。\n\n港鐵票價維持不變。\n');

    expect((await workbench('--db', db, 'project', 'list')).stdout.trim()).toBe('No projects');
    const created = await workbench('--db', db, '--json', 'project', 'create', '  Annual report ');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ id: 1, name: 'Annual report', documentCount: 0 });
    expect((await workbench('--db', db, 'project', 'create', '新聞稿')).stdout).toContain('Created project 2 "新聞稿"');

    const imported = await workbench('--db', db, '--json', 'import', text, '--project', '2');
    expect(imported.code).toBe(0);
    const { documentId } = JSON.parse(imported.stdout) as { documentId: number };
    const renamed = await workbench('--db', db, 'project', 'rename', '2', '新聞稿 2024');
    expect(renamed.stdout).toContain('Renamed project 2 to "新聞稿 2024"');

    const listed = await workbench('--db', db, '--json', 'project', 'list');
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id: 1, name: 'Annual report', documentCount: 0, paragraphCount: 0 }),
      expect.objectContaining({ id: 2, name: '新聞稿 2024', documentCount: 1, paragraphCount: 2 }),
    ]);
    expect((await workbench('--db', db, 'project', 'list')).stdout).toContain('2\t新聞稿 2024\tdocuments 1\tparagraphs 2\ten 0%\tzh-Hans 0%');
    expect(JSON.parse((await workbench('--db', db, '--json', 'list')).stdout)).toEqual([expect.objectContaining({ id: documentId, projectId: 2 })]);

    expect((await workbench('--db', db, 'project', 'delete', '1')).stdout).toContain('Deleted project 1');
    const refused = await workbench('--db', db, 'project', 'delete', '2');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Project "新聞稿 2024" still holds 1 document: move it');
  });

  it.each([
    [['project', 'frobnicate'], 'project needs list, create, rename, delete, move, export or import'],
    [['project', 'create'], 'project create needs a NAME'],
    [['project', 'create', '   '], 'A project needs a name'],
    [['project', 'rename', 'x', 'Name'], 'project rename needs a project ID, not "x"'],
    [['project', 'rename', '99', 'Name'], 'Project 99 does not exist'],
    [['project', 'delete'], 'project delete needs a project ID'],
    [['import', 'news.txt', '--project', 'x'], '--project needs a project ID, not "x"'],
    [['import', 'news.txt', '--project', '99'], 'Project 99 does not exist'],
  ])('refuses %j with a clear message and changes nothing', async (args, message) => {
    const dir = tempDir();
    const db = join(dir, 'e.sqlite');
    writeFileSync(join(dir, 'news.txt'), '第一段。');
    const result = await workbench('--db', db, ...args.map((arg) => (arg === 'news.txt' ? join(dir, arg) : arg)));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(JSON.parse((await workbench('--db', db, '--json', 'project', 'list')).stdout)).toEqual([]);
    expect(JSON.parse((await workbench('--db', db, '--json', 'list')).stdout)).toEqual([]);
  });
});
