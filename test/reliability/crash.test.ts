/**
 * Kills the real backend process with SIGKILL at random moments while it saves a stream
 * of edits, 50 times, and checks after each kill that every acknowledged edit is in the
 * database and that SQLite's integrity check passes.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { requireBuild } from '../support/build-output.ts';
import { seededRandom, testSeed } from '../support/random.ts';
import { serveInChild } from '../support/serve-process.ts';
import { useTempDir } from '../support/temp.ts';

const CYCLES = 50;

describe('crash safety', () => {
  const tempDir = useTempDir();

  it(`keeps every acknowledged edit across ${CYCLES} SIGKILLs`, { timeout: 240_000 }, async () => {
    requireBuild();
    const seed = testSeed();
    console.log(`crash test seed: ${seed} (replay with SEED=${seed})`);
    const random = seededRandom(seed);
    const dbPath = join(tempDir(), 'crash.sqlite');

    const setup = openBackend(join(dbPath, '..'), 'crash.sqlite');
    const doc = await setup.api.importText({ title: 'crash', text: Array.from({ length: 40 }, (_, i) => `第${i + 1}段。`).join('\n') });
    const ids = (await setup.api.getDocument({ documentId: doc.id })).paragraphs.map((p) => p.id);
    setup.store.close();

    // Per cell: every text sent, in order, and how far the acknowledged ones reach. After a crash
    // the cell must hold the last acknowledged text or one sent after it (written, reply lost).
    const sent = new Map<string, string[]>();
    const acknowledged = new Map<string, number>();
    let edits = 0;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const backend = await serveInChild(dbPath);
      const killAfter = 20 + random() * 200;
      const started = Date.now();
      const writers = [0, 1, 2].map(async (writer) => {
        while (Date.now() - started < killAfter) {
          // Each writer owns its own paragraphs: like the UI, a cell's saves go one after another.
          const owned = ids.filter((_, i) => i % 3 === writer);
          const paragraphId = owned[Math.floor(random() * owned.length)]!;
          const lang = random() < 0.5 ? 'en' : 'zh-Hans';
          const text = `cycle ${cycle} writer ${writer} edit ${edits++}`;
          const key = `${paragraphId}:${lang}`;
          const history = sent.get(key) ?? [];
          history.push(text);
          sent.set(key, history);
          try {
            const reply = await backend.call('saveTarget', { paragraphId, lang, text });
            const index = history.indexOf(text);
            if (reply.ok && index > (acknowledged.get(key) ?? -1)) acknowledged.set(key, index);
          } catch {
            return; // the process is gone; this edit was never acknowledged
          }
        }
      });
      setTimeout(() => backend.child.kill('SIGKILL'), killAfter);
      await Promise.all(writers);
      await new Promise((resolve) => (backend.child.exitCode !== null || backend.child.signalCode !== null ? resolve(null) : backend.child.once('exit', resolve)));

      const db = new Database(dbPath);
      expect(db.pragma('integrity_check', { simple: true }), `integrity after cycle ${cycle}, seed ${seed}`).toBe('ok');
      const rows = db.prepare('SELECT paragraph_id AS id, lang, text FROM targets').all() as { id: number; lang: string; text: string }[];
      db.close();
      const stored = new Map(rows.map((r) => [`${r.id}:${r.lang}`, r.text]));
      for (const [key, index] of acknowledged) {
        const allowed = sent.get(key)!.slice(index);
        expect(allowed, `${key} after cycle ${cycle}, seed ${seed}`).toContain(stored.get(key));
      }
    }
    console.log(`crash test: ${CYCLES} cycles, ${acknowledged.size} cells with acknowledged edits, ${edits} edits sent, 0 lost`);
    expect(acknowledged.size).toBeGreaterThan(20);
  });
});
