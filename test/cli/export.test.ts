import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXliff } from '../../core/formats/xliff-read.ts';
import { typeIntoCell } from '../core/export/docx-parts.ts';
import { useTempDir } from '../support/temp.ts';
import { workbench } from '../support/cli.ts';

describe('workbench export, import-review and import-xliff', { timeout: 60_000 }, () => {
  const tempDir = useTempDir();

  async function imported() {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    const source = join(dir, 'doc.txt');
    writeFileSync(source, '香港的交通\n巴士路線的車費將上調百分之三。\n港鐵票價則維持不變。\n');
    expect((await workbench('--db', db, 'import', source, '--title', '交通')).code).toBe(0);
    return { dir, db };
  }

  it('writes the bilingual table as DOCX, HTML and Markdown, with the columns asked for', async () => {
    const { dir, db } = await imported();
    for (const [format, file] of [['bilingual-docx', 'b.docx'], ['bilingual-html', 'b.html'], ['bilingual-md', 'b.md']]) {
      const result = await workbench('--db', db, 'export', '1', '--format', format!, '--out', join(dir, file!), '--with-status');
      expect(result.stdout, format).toContain('3 paragraphs');
    }
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain('| \\# | 原文 (zh-Hant) | English | 简体中文 | Status |');
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toContain('<td class="zh-Hans" lang="zh-Hans">公交线路的车费将上调百分之三。</td>');
    await workbench('--db', db, 'export', '1', '--format', 'bilingual-md', '--lang', 'zh-Hans', '--out', join(dir, 'zh.md'));
    expect(readFileSync(join(dir, 'zh.md'), 'utf8')).toContain('| \\# | 原文 (zh-Hant) | 简体中文 |\n');
  });

  it('round-trips XLIFF through export and import-xliff', async () => {
    const { dir, db } = await imported();
    const out = join(dir, 'zh.xlf');
    expect((await workbench('--db', db, 'export', '1', '--format', 'xliff', '--lang', 'zh-Hans', '--out', out)).code).toBe(0);
    const file = readXliff(new Uint8Array(readFileSync(out)));
    expect(file.units.map((u) => u.target)).toEqual(['香港的交通', '公交线路的车费将上调百分之三。', '港铁票价则维持不变。']);
    writeFileSync(out, readFileSync(out, 'utf8').replace('港铁票价则维持不变。', '港铁票价维持不变。'));
    const result = await workbench('--db', db, '--json', 'import-xliff', out);
    expect(JSON.parse(result.stdout)).toMatchObject({ documentId: 1, lang: 'zh-Hans', changes: [{ after: { text: '港铁票价维持不变。', status: 'auto' } }] });
    const text = join(dir, 'zh.txt');
    await workbench('--db', db, 'export', '1', '--format', 'txt', '--lang', 'zh-Hans', '--out', text);
    expect(readFileSync(text, 'utf8')).toContain('港铁票价维持不变。');
  });

  it('previews a reviewed DOCX, then applies it as reviewed', async () => {
    const { dir, db } = await imported();
    const out = join(dir, 'review.docx');
    await workbench('--db', db, 'export', '1', '--format', 'bilingual-docx', '--out', out);
    writeFileSync(out, typeIntoCell(new Uint8Array(readFileSync(out)), 2, 2, 'Fares on some bus routes will rise by 3%.'));
    const preview = await workbench('--db', db, 'import-review', out);
    expect(preview.stdout).toContain('Would apply (use --apply) 1 changed cells of document 1');
    expect(preview.stdout).toContain('+ Fares on some bus routes will rise by 3%.');
    const applied = await workbench('--db', db, '--json', 'import-review', out, '--apply', '--reviewed');
    expect(JSON.parse(applied.stdout)).toMatchObject({ applied: true, changes: [{ paragraphId: 2, lang: 'en' }] });
    const english = join(dir, 'en.md');
    await workbench('--db', db, 'export', '1', '--format', 'md', '--lang', 'en', '--out', english);
    expect(readFileSync(english, 'utf8')).toBe('Fares on some bus routes will rise by 3%.\n');
  });

  it.each([
    [['export', '1', '--format', 'pdf', '--out', 'x'], '--format must be one of'],
    [['export', '1', '--format', 'docx', '--out', 'x.docx'], 'needs --lang en or --lang zh-Hans'],
    [['export', '1', '--format', 'bilingual-docx', '--lang', 'en,fr', '--out', 'x.docx'], 'not "fr"'],
    [['export', '1', '--format', 'txt', '--lang', 'en', '--untranslated', 'blank', '--out', 'x.txt'], '--untranslated must be omit or source'],
    [['export', '1', '--format', 'txt', '--lang', 'en', '--out', '/no/such/folder/x.txt'], 'the folder /no/such/folder does not exist'],
    [['import-review', '/no/such/file.docx'], 'ENOENT'],
  ])('exits non-zero with a clear message for %j', async (args, message) => {
    const { db } = await imported();
    const result = await workbench('--db', db, ...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
  });
});
