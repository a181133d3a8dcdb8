import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** A TMX file of several megabytes, so its import passes many checkpoints. */
function bigTmx(units: number): string {
  const body = Array.from(
    { length: units },
    (_, i) => `<tu><tuv xml:lang="zh-HK"><seg>第${i}段：香港特區政府今日公佈新一輪措施，涵蓋交通、房屋及醫療。</seg></tuv><tuv xml:lang="en"><seg>Paragraph ${i}: the government announced new measures today.</seg></tuv></tu>\n`,
  );
  return `<tmx version="1.4"><header/><body>\n${body.join('')}</body></tmx>`;
}

/** Polls a job until it reports progress past zero, then returns what it saw. */
async function waitForProgress(api: Api, jobId: string) {
  for (;;) {
    const status = await api.jobProgress({ jobId });
    if (status && status.done > 0) return status;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('long operations as jobs', () => {
  const tempDir = useTempDir();

  it('reports a TMX import’s progress while it runs, and it finishes', async () => {
    const { api } = openBackend(tempDir());
    const jobId = 'tmx-progress-1';
    const running = api.importTmx({ fileName: 'big.tmx', contentBase64: base64(bigTmx(40_000)), jobId });
    const seen = await waitForProgress(api, jobId);
    expect(seen).toMatchObject({ state: 'running', phase: 'reading' });
    expect(seen.done).toBeLessThan(seen.total);
    expect((await running).imported).toBe(40_000);
    expect(await api.jobProgress({ jobId })).toMatchObject({ state: 'finished' });
    expect(await api.jobProgress({ jobId: 'never-started' })).toBeNull();
  });

  it('cancels a TMX import: no unit is kept, and an edit sent meanwhile is saved after it, not rolled back', async () => {
    const { api } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'doc', text: '第一段。\n第二段。' });
    const [paragraph] = (await api.getDocument({ documentId: id })).paragraphs;
    const before = await api.tmStats({});
    const jobId = 'tmx-cancel-1';
    const running = api.importTmx({ fileName: 'big.tmx', contentBase64: base64(bigTmx(40_000)), jobId });
    await waitForProgress(api, jobId);
    const edit = api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'Typed during the import.' });
    await api.cancelJob({ jobId });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect((await edit).text).toBe('Typed during the import.');
    expect(await api.jobProgress({ jobId })).toMatchObject({ state: 'cancelled' });
    expect(await api.tmStats({})).toEqual(before);
    expect((await api.getDocument({ documentId: id })).paragraphs[0]!.targets.en.text).toBe('Typed during the import.');
  });

  it('cancels a document import while it drafts the Simplified column, leaving no document', async () => {
    const { api } = openBackend(tempDir());
    const before = await api.listDocuments({});
    const text = Array.from({ length: 30_000 }, (_, i) => `第${i}段：香港特區政府今日宣佈，將於下月推出新措施。`).join('\n');
    const jobId = 'import-cancel-1';
    const running = api.importFile({ fileName: 'long.txt', contentBase64: base64(text), jobId });
    let status = await waitForProgress(api, jobId);
    while (status.phase !== 'drafting') status = await waitForProgress(api, jobId);
    await api.cancelJob({ jobId });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await api.listDocuments({})).toEqual(before);
  });

  it('stops a call cancelled before it arrived at its first checkpoint', async () => {
    const { api } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'doc', text: '第一段。' });
    await api.cancelJob({ jobId: 'export-cancel-1' });
    await expect(api.exportDocument({ documentId: id, format: 'bilingual-docx', jobId: 'export-cancel-1' })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    const exported = await api.exportDocument({ documentId: id, format: 'bilingual-html', jobId: 'export-run-1' });
    expect(exported.fileName).toMatch(/\.html$/);
    expect(await api.jobProgress({ jobId: 'export-run-1' })).toMatchObject({ state: 'finished', phase: 'saving', done: 1, total: 1 });
  });

  it('refuses a malformed job id', async () => {
    const { api } = openBackend(tempDir());
    await expect(api.jobProgress({ jobId: '../x' })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});
