import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { workbench } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';

/** A database whose first project holds one document with British spellings in its English cell. */
async function database(dir: string): Promise<string> {
  const backend = openBackend(dir);
  const doc = await backend.api.importText({ title: 'Harbour', text: '維港的顏色。' });
  const [paragraph] = (await backend.api.getDocument({ documentId: doc.id })).paragraphs;
  await backend.api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'The colour of the harbour.' });
  backend.store.close();
  return backend.dbPath;
}

const spellingLines = (stdout: string) => stdout.split('\n').filter((line) => line.includes('\tspelling\t'));

describe('workbench spelling variant|words, and qa --language', () => {
  const tempDir = useTempDir();

  it('sets the variant and the words the QA checks English against', async () => {
    const db = await database(tempDir());
    expect((await workbench('--db', db, 'spelling', 'variant', '1')).stdout.trim()).toBe('Project 1 spells English as en-GB');
    expect(spellingLines((await workbench('--db', db, 'qa', '1')).stdout)).toEqual([]);

    const set = await workbench('--db', db, '--json', 'spelling', 'variant', '1', 'en-US');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({ projectId: 1, variant: 'en-US' });
    expect(JSON.parse((await workbench('--db', db, '--json', 'spelling', 'variant', '1')).stdout)).toEqual({ projectId: 1, variant: 'en-US' });
    expect(spellingLines((await workbench('--db', db, 'qa', '1')).stdout)).toEqual([
      '#1 EN\twarning\tspelling\tPossible misspelling “colour”; did you mean “color”?',
      '#1 EN\twarning\tspelling\tPossible misspelling “harbour”; did you mean “harbor”?',
    ]);

    expect((await workbench('--db', db, 'spelling', 'words', '1')).stdout.trim()).toBe("No words in project 1's dictionary");
    expect((await workbench('--db', db, 'spelling', 'words', '1', 'add', ' colour ')).stdout.trim()).toBe("Added “colour” to project 1's dictionary");
    const again = await workbench('--db', db, '--json', 'spelling', 'words', '1', 'add', 'Colour');
    expect(JSON.parse(again.stdout)).toEqual({ projectId: 1, word: 'Colour', added: false });
    expect((await workbench('--db', db, 'spelling', 'words', '1')).stdout.trim()).toBe('colour');
    expect(JSON.parse((await workbench('--db', db, '--json', 'spelling', 'words', '1')).stdout)).toEqual([{ word: 'colour', createdAt: expect.any(String) }]);
    expect(spellingLines((await workbench('--db', db, 'qa', '1')).stdout)).toEqual(['#1 EN\twarning\tspelling\tPossible misspelling “harbour”; did you mean “harbor”?']);

    expect((await workbench('--db', db, 'spelling', 'words', '1', 'remove', 'colour')).stdout.trim()).toBe("Removed “colour” from project 1's dictionary");
    const gone = await workbench('--db', db, 'spelling', 'words', '1', 'remove', 'colour');
    expect(gone.code).toBe(0);
    expect(gone.stdout.trim()).toBe("“colour” is not in project 1's dictionary");
    expect(spellingLines((await workbench('--db', db, 'qa', '1')).stdout)).toHaveLength(2);
  });

  it('words the findings and the report in the language asked for, and keeps the exit status', async () => {
    const dir = tempDir();
    const db = await database(dir);
    await workbench('--db', db, 'spelling', 'variant', '1', 'en-US');
    const traditional = await workbench('--db', db, 'qa', '1', '--language', 'zh-Hant');
    expect(traditional.code).toBe(0);
    expect(traditional.stdout).toContain('#1 EN\twarning\tspelling\t可能拼錯了「colour」；是否應為「color」？');
    expect(traditional.stdout).toContain('#1 简\twarning\tunreviewed-auto\t簡體儲存格仍是機器初稿：尚未有人審閱');
    expect((await workbench('--db', db, 'qa', '1', '--language', 'zh-Hans')).stdout).toContain('可能拼错了“harbour”；是否应为“harbor”？');
    // --json is the contract's result: code and params to word in any language, and the English text.
    const json = JSON.parse((await workbench('--db', db, '--json', 'qa', '1', '--language', 'zh-Hant')).stdout);
    expect(json.findings[0]).toMatchObject({ code: 'misspellingSuggestion', params: { word: 'colour', suggestion: 'color' }, message: 'Possible misspelling “colour”; did you mean “color”?' });

    const csv = await workbench('--db', db, 'qa', '1', '--format', 'csv', '--language', 'zh-Hant');
    expect(csv.stdout).toContain('1,英文,警告,spelling,可能拼錯了「colour」；是否應為「color」？,維港的顏色。,The colour of the harbour.,');
    const out = join(dir, 'report.html');
    const html = await workbench('--db', db, 'qa', '1', '--format', 'html', '--language', 'zh-Hans', '--out', out);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(`Wrote ${out}: 0 errors, 3 warnings, 0 notes`);
    expect(readFileSync(out, 'utf8')).toContain('可能拼错了“harbour”；是否应为“harbor”？');
  });

  it.each([
    [['spelling'], 'spelling needs variant or words'],
    [['spelling', 'variant'], 'spelling variant needs a PROJECT id'],
    [['spelling', 'variant', 'x'], 'spelling variant needs a PROJECT id, not "x"'],
    [['spelling', 'variant', '1', 'en-AU'], 'spelling variant takes en-GB or en-US, not "en-AU"'],
    [['spelling', 'variant', '1', 'en-US', 'extra'], 'takes nothing after it, not "extra"'],
    [['spelling', 'variant', '9', 'en-US'], 'Project 9 does not exist'],
    [['spelling', 'words', '0'], 'spelling words needs a PROJECT id, not "0"'],
    [['spelling', 'words', '9'], 'Project 9 does not exist'],
    [['spelling', 'words', '1', 'drop', 'colour'], 'spelling words PROJECT takes add WORD or remove WORD, not "drop"'],
    [['spelling', 'words', '1', 'add'], 'spelling words add needs a WORD'],
    [['spelling', 'words', '1', 'add', 'two words'], '“two words” is not one word'],
    [['spelling', 'words', '1', 'add', 'colour', 'harbour'], 'takes nothing after it, not "harbour"'],
    [['qa', '1', '--language', 'fr'], '--language must be en, zh-Hant or zh-Hans, not "fr"'],
  ])('refuses %j with a clear message and changes nothing', async (args, message) => {
    const db = await database(tempDir());
    const result = await workbench('--db', db, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(JSON.parse((await workbench('--db', db, '--json', 'spelling', 'variant', '1')).stdout).variant).toBe('en-GB');
    expect(JSON.parse((await workbench('--db', db, '--json', 'spelling', 'words', '1')).stdout)).toEqual([]);
  });
});
