import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { PROJECT_DIR, requireBuild } from '../support/build-output.ts';
import { serveInChild } from '../support/serve-process.ts';
import { useTempDir } from '../support/temp.ts';

const CLI = resolve(PROJECT_DIR, 'cli/workbench.ts');

describe('two processes on one database', () => {
  const tempDir = useTempDir();

  it('lets the CLI import while the app saves edits, with neither failing nor losing anything', { timeout: 120_000 }, async () => {
    requireBuild();
    const dir = tempDir();
    const dbPath = join(dir, 'shared.sqlite');
    const setup = openBackend(dir, 'shared.sqlite');
    const doc = await setup.api.importText({ title: 'app', text: Array.from({ length: 20 }, (_, i) => `第${i + 1}段。`).join('\n') });
    const ids = (await setup.api.getDocument({ documentId: doc.id })).paragraphs.map((p) => p.id);
    setup.store.close();

    const app = await serveInChild(dbPath);
    const file = join(dir, 'batch.txt');
    writeFileSync(file, Array.from({ length: 2000 }, (_, i) => `批量匯入的第${i + 1}段。`).join('\n'));
    try {
      const cliRuns = (async () => {
        for (let i = 0; i < 6; i += 1) await promisify(execFile)(process.execPath, [CLI, '--db', dbPath, 'import', file, '--title', `batch ${i}`]);
      })();
      const saves: Promise<unknown>[] = [];
      const expected = new Map<number, string>();
      for (let round = 0; round < 10; round += 1) {
        for (const id of ids) {
          const text = `round ${round} paragraph ${id}`;
          expected.set(id, text);
          saves.push(app.call('saveTarget', { paragraphId: id, lang: 'en', text }).then((reply) => expect(reply).toMatchObject({ ok: true })));
        }
        await Promise.all(saves.splice(0));
      }
      await cliRuns;

      const check = openBackend(dir, 'shared.sqlite');
      const docs = await check.api.listDocuments({});
      expect(docs.map((d) => d.title)).toEqual(['app', ...Array.from({ length: 6 }, (_, i) => `batch ${i}`)]);
      expect(docs.slice(1).every((d) => d.paragraphCount === 2000)).toBe(true);
      const { paragraphs } = await check.api.getDocument({ documentId: doc.id });
      expect(new Map(paragraphs.map((p) => [p.id, p.targets.en.text]))).toEqual(expected);
      check.store.close();
    } finally {
      app.child.kill();
    }
  });
});
