import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { workbench } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';

/** Project 1 holds a document with a British spelling; project 2 ("US client") spells English the American way. */
async function database(dir: string): Promise<string> {
  const backend = openBackend(dir);
  const doc = await backend.api.importText({ title: 'Colours', text: '顏色。' });
  const [paragraph] = (await backend.api.getDocument({ documentId: doc.id })).paragraphs;
  await backend.api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'Colour.' });
  const client = await backend.api.createProject({ name: 'US client' });
  await backend.api.setSpellingVariant({ projectId: client.id, variant: 'en-US' });
  backend.store.close();
  return backend.dbPath;
}

const projectOf = async (db: string) => (JSON.parse((await workbench('--db', db, '--json', 'list')).stdout) as { projectId: number }[])[0]!.projectId;

describe('workbench project move', () => {
  const tempDir = useTempDir();

  it('moves a document to another project, whose spelling its QA then uses', async () => {
    const db = await database(tempDir());
    expect((await workbench('--db', db, 'qa', '1')).stdout).not.toContain('misspelling');

    const moved = await workbench('--db', db, 'project', 'move', '1', '2');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/^Moved document 1 from project 1 to project 2; Simplified drafts redone: \d+, flagged for review: \d+$/mu);
    expect(await projectOf(db)).toBe(2);
    expect((await workbench('--db', db, 'qa', '1')).stdout).toContain('#1 EN\twarning\tspelling\tPossible misspelling “Colour”');

    const again = await workbench('--db', db, '--json', 'project', 'move', '1', '2');
    expect(JSON.parse(again.stdout)).toEqual({ documentId: 1, projectId: 2, fromProjectId: 2, refresh: { regenerated: 0, flagged: 0 } });
    expect((await workbench('--db', db, 'project', 'move', '1', '2')).stdout.trim()).toBe('Document 1 is already in project 2');
  });

  it.each([
    [['project', 'move'], 'project move needs a DOC id'],
    [['project', 'move', 'one', '2'], 'project move needs a DOC id, not "one"'],
    [['project', 'move', '1'], 'project move needs a project ID'],
    [['project', 'move', '1', '0'], 'project move needs a project ID, not "0"'],
    [['project', 'move', '7', '2'], 'Document 7 does not exist'],
    [['project', 'move', '1', '9'], 'Project 9 does not exist'],
  ])('refuses %j with a clear message and changes nothing', async (args, message) => {
    const db = await database(tempDir());
    const result = await workbench('--db', db, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(await projectOf(db)).toBe(1);
  });
});
