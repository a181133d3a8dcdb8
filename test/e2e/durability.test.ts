import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import { Store } from '../../db/store.ts';
import { backendOver, openBackend } from '../support/backend.ts';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const TEXT = '第一段:香港。\n第二段:九龍。\n第三段:新界。';

describe('no typed work is lost in the browser', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  it('saves an edit still inside the debounce window when the page is reloaded at once', async () => {
    const dir = tempDir();
    const seeded = openBackend(dir);
    await seeded.api.importText({ title: 'doc', text: TEXT });
    const wb = await WorkbenchPage.open(browser(), dir, seeded);
    try {
      await wb.cell(2, 'en').fill('Kowloon, typed just before closing.');
      expect(await wb.page.getByTestId('save-state').textContent()).toBe('Saving…');
      await wb.reload();
      await expect.poll(() => wb.cell(2, 'en').inputValue()).toBe('Kowloon, typed just before closing.');
    } finally {
      await wb.close();
    }
  });

  it('says "not saved" on a full disk, keeps earlier data, and saves on retry once space returns', async () => {
    const dir = tempDir();
    const seeded = openBackend(dir);
    await seeded.api.importText({ title: 'doc', text: TEXT });
    seeded.store.close();
    const db = openDatabase(join(dir, 'workbench.sqlite'));
    const wb = await WorkbenchPage.open(browser(), dir, backendOver(new Store(db), join(dir, 'workbench.sqlite')));
    try {
      await wb.cell(1, 'en').fill('Hong Kong.');
      await wb.saved();
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const big = 'A long paragraph that needs new pages. '.repeat(3000);
      await wb.cell(2, 'en').fill(big);
      const state = wb.page.getByTestId('save-state');
      await expect.poll(() => state.textContent()).toContain('Not saved: The disk is full');
      expect(await wb.cell(2, 'en').inputValue()).toBe(big);

      db.pragma('max_page_count = 1073741823');
      await state.getByRole('button', { name: 'Retry' }).click();
      await wb.saved();
      const { paragraphs } = await wb.backend.api.getDocument({ documentId: 1 });
      expect(paragraphs.map((p) => p.targets.en.text)).toEqual(['Hong Kong.', big, '']);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await wb.close();
    }
  });
});
