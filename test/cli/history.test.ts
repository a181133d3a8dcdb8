import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { workbench } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';

/**
 * A document whose second paragraph's English was confirmed as "Robots dance." and then edited in
 * the app, as a reviewer would find it: three undo steps (edit, confirm, edit).
 */
async function database(dir: string): Promise<string> {
  const backend = openBackend(dir);
  const doc = await backend.api.importText({ title: 'Show', text: '開幕。\n機器人熱舞。' });
  const [, second] = (await backend.api.getDocument({ documentId: doc.id })).paragraphs;
  const cell = { paragraphId: second!.id, lang: 'en' } as const;
  await backend.api.saveTarget({ ...cell, text: 'Robots dance.' });
  await backend.api.confirmTarget(cell);
  await backend.api.saveTarget({ ...cell, text: 'Robots dance wildly.' });
  backend.store.close();
  return backend.dbPath;
}

const englishOf = async (db: string) => {
  const backend = openBackend(dirname(db));
  try {
    const cell = (await backend.api.getDocument({ documentId: 1 })).paragraphs[1]!.targets.en;
    return `${cell.text} (${cell.status})`;
  } finally {
    backend.store.close();
  }
};

describe('workbench undo, redo and review-changes', () => {
  const tempDir = useTempDir();

  it('lists the cells changed since they were translated, then undoes and redoes the change', async () => {
    const db = await database(tempDir());
    const changes = await workbench('--db', db, 'review-changes', '1');
    expect(changes.code).toBe(0);
    expect(changes.stdout.trim().split('\n')).toEqual(['1 cell of document 1 changed since translation:', '#2 EN\tRobots dance. → Robots dance wildly.']);
    expect(JSON.parse((await workbench('--db', db, '--json', 'review-changes', '1')).stdout)).toEqual([
      expect.objectContaining({ lang: 'en', translatedText: 'Robots dance.', currentText: 'Robots dance wildly.' }),
    ]);

    const undone = await workbench('--db', db, 'undo', '1');
    expect(undone.stdout.trim()).toBe('Undid the edit of #2 EN; it now reads “Robots dance.” (Translated)');
    expect(await englishOf(db)).toBe('Robots dance. (translated)');
    expect((await workbench('--db', db, 'review-changes', '1')).stdout.trim()).toBe('No cell of document 1 has changed since it was translated');

    const json = JSON.parse((await workbench('--db', db, '--json', 'undo', '1')).stdout);
    expect(json).toMatchObject({ result: 'applied', step: { position: 1, lang: 'en', action: 'confirm' }, cell: { text: 'Robots dance.', status: 'draft' } });
    expect((await workbench('--db', db, 'redo', '1')).stdout.trim()).toBe('Redid the confirmation of #2 EN; it now reads “Robots dance.” (Translated)');
    expect((await workbench('--db', db, 'redo', '1')).stdout.trim()).toBe('Redid the edit of #2 EN; it now reads “Robots dance wildly.” (Draft)');
    expect(await englishOf(db)).toBe('Robots dance wildly. (draft)');
    expect((await workbench('--db', db, 'redo', '1')).stdout.trim()).toBe('Nothing to redo in document 1');
  });

  it('drops a step whose cell find and replace changed since, and changes nothing else', async () => {
    const dir = tempDir();
    const db = await database(dir);
    const backend = openBackend(dir);
    await backend.api.applyReplace({ documentId: 1, find: 'wildly', replace: 'gracefully' });
    backend.store.close();

    const stale = await workbench('--db', db, 'undo', '1');
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain('Dropped the edit of #2 EN: the cell was changed since in another way, so nothing changed');
    expect(await englishOf(db)).toBe('Robots dance gracefully. (draft)');
    // The confirmation before it left the cell as it no longer is either: dropped in turn.
    expect(JSON.parse((await workbench('--db', db, '--json', 'undo', '1')).stdout)).toMatchObject({ result: 'stale', step: { action: 'confirm' } });
    expect(await englishOf(db)).toBe('Robots dance gracefully. (draft)');
  });

  it.each([
    [['undo'], 'undo needs a DOC id'],
    [['redo', 'x'], 'redo needs a DOC id, not "x"'],
    [['undo', '7'], 'Document 7 does not exist'],
    [['review-changes'], 'review-changes needs a DOC id'],
    [['review-changes', '7'], 'Document 7 does not exist'],
  ])('refuses %j with a clear message and changes nothing', async (args, message) => {
    const db = await database(tempDir());
    const result = await workbench('--db', db, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(await englishOf(db)).toBe('Robots dance wildly. (draft)');
  });
});
