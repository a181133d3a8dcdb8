import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';
import { workbench } from '../support/cli.ts';

/** A database with one document of two paragraphs; the second has no English yet. */
function database(dir: string): { db: string; documentId: number; second: number } {
  const backend = openBackend(dir);
  const doc = backend.service.importText({ title: 'Budget', text: '特區政府預留10億港元。\n機器人熱舞。' });
  const [first, second] = backend.service.getDocument({ documentId: doc.id }).paragraphs.map((p) => p.id) as [number, number];
  backend.service.saveTarget({ paragraphId: first, lang: 'en', text: 'The government sets aside HK$1 billion.' });
  backend.store.close();
  return { db: backend.dbPath, documentId: doc.id, second };
}

describe('workbench qa and glossary', () => {
  const tempDir = useTempDir();

  it('exits non-zero while errors remain, and zero once they are fixed', async () => {
    const dir = tempDir();
    const { db, documentId, second } = database(dir);
    const failing = await workbench('--db', db, 'qa', String(documentId));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('#2 EN\terror\tempty\tThe translation is empty');
    expect(failing.stdout).toMatch(/Document 1 "Budget": 1 error, \d+ warnings?/u);

    const backend = openBackend(dir);
    backend.service.saveTarget({ paragraphId: second, lang: 'en', text: 'Robots dance.' });
    backend.store.close();
    const passing = await workbench('--db', db, '--json', 'qa', String(documentId));
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.stdout).counts.error).toBe(0);
  });

  it('writes the report as HTML or CSV, and still exits 1 when it holds errors', async () => {
    const dir = tempDir();
    const { db, documentId } = database(dir);
    const out = join(dir, 'report.html');
    const html = await workbench('--db', db, 'qa', String(documentId), '--format', 'html', '--out', out);
    expect(html.code).toBe(1);
    expect(html.stdout).toContain(`Wrote ${out}: 1 error,`);
    expect(readFileSync(out, 'utf8')).toContain('<title>QA report: Budget</title>');
    const csv = await workbench('--db', db, 'qa', String(documentId), '--format', 'csv');
    expect(csv.code).toBe(1);
    expect(csv.stdout).toContain('2,English,error,empty,The translation is empty');
  });

  it('imports a glossary whose terms the QA then checks, lists it and exports it as TBX', async () => {
    const dir = tempDir();
    const { db, documentId } = database(dir);
    const terms = join(dir, 'terms.csv');
    writeFileSync(terms, '\ufeffzh-Hant,English,zh-Hans,Notes\r\n特區政府,the SAR Government,特区政府,"HKSAR, in full"\r\n');
    const imported = await workbench('--db', db, 'glossary', 'import', terms);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported into the global glossary: 1 added, 0 updated, 0 unchanged');
    expect((await workbench('--db', db, 'glossary', 'list')).stdout).toContain('特區政府\tthe SAR Government\t特区政府');

    const qa = await workbench('--db', db, 'qa', String(documentId));
    expect(qa.stdout).toContain('#1 EN\twarning\tglossary-missing\tGlossary: 特區政府 should be translated as “the SAR Government”');

    const out = join(dir, 'terms.tbx');
    expect((await workbench('--db', db, 'glossary', 'export', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<term>the SAR Government</term>');
  });

  it.each([
    [['qa'], 'qa needs a DOC id'],
    [['qa', '1', '--format', 'pdf'], '--format must be csv or html'],
    [['qa', '1', '--out', 'x.html'], '--out needs --format'],
    [['qa', '99'], 'Document 99 does not exist'],
    [['glossary', 'import'], 'glossary import needs a FILE'],
    [['glossary', 'list', '--project', 'x'], '--project needs a project id'],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await workbench('--db', join(tempDir(), 'e.sqlite'), ...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
  });
});
