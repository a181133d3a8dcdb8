import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage, type Lang } from '../support/workbench-page.ts';

const hasSeed = sharedAvailable(SEED_PATH);

describe.skipIf(!hasSeed)('document-wide undo and redo in the editor', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withSeed(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    await WorkbenchPage.session(browser(), tempDir(), SEED_PATH, run);
  }

  /** What the database holds for a cell, read through the contract. */
  async function stored(wb: WorkbenchPage, n: number, lang: Lang = 'en') {
    const [doc] = await wb.backend.api.listDocuments({});
    const { paragraphs } = await wb.backend.api.getDocument({ documentId: doc!.id });
    return paragraphs[n - 1]!.targets[lang];
  }

  const report = (wb: WorkbenchPage) => wb.page.getByTestId('history-report').textContent();

  it('undoes across cells with Ctrl+Alt+Z, last change first, moving to each cell, and redoes with Ctrl+Alt+Y', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').fill('A robot dance video went viral.');
      await wb.saved();
      await wb.cell(7, 'en').fill('Artificial intelligence was a hot topic.');
      await wb.cell(7, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.status(7, 'en')).toContain('Translated');
      await wb.cell(10, 'en').focus();

      await page.keyboard.press('Control+Alt+Z');
      await expect.poll(() => report(wb)).toBe('Undid confirmation in ¶7 English');
      await expect.poll(() => wb.status(7, 'en')).toContain('Draft');
      expect(await wb.isFocused(7, 'en')).toBe(true);
      expect(await stored(wb, 7)).toMatchObject({ text: 'Artificial intelligence was a hot topic.', status: 'draft' });

      await page.keyboard.press('Control+Alt+Z');
      await expect.poll(() => report(wb)).toBe('Undid edit in ¶7 English');
      await expect.poll(() => wb.cell(7, 'en').inputValue()).toBe('');
      await page.keyboard.press('Control+Alt+Z');
      await expect.poll(() => report(wb)).toBe('Undid edit in ¶6 English');
      await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe('');
      await expect.poll(() => wb.isFocused(6, 'en')).toBe(true);
      expect(await stored(wb, 6)).toMatchObject({ text: '', status: 'empty' });
      await page.keyboard.press('Control+Alt+Z');
      await expect.poll(() => report(wb)).toBe('Nothing to undo in this document.');

      await page.keyboard.press('Control+Alt+Y');
      await expect.poll(() => report(wb)).toBe('Redid edit in ¶6 English');
      await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe('A robot dance video went viral.');
      expect(await stored(wb, 6)).toMatchObject({ text: 'A robot dance video went viral.', status: 'draft' });
      // A new change forgets what could still be redone.
      await wb.cell(8, 'en').fill('The SAR Government proposed it.');
      await page.getByTestId('redo-edit').click();
      await expect.poll(() => report(wb)).toBe('Nothing to redo in this document.');
      expect(await stored(wb, 7)).toMatchObject({ text: '', status: 'empty' });
    });
  });

  it('saves the text still waiting in the debounce first, so undo takes back what was just typed', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').fill('Saved a while ago.');
      await wb.saved();
      await wb.cell(9, 'en').focus();
      await page.keyboard.type('Just typed');
      await page.keyboard.press('Control+Alt+Z');
      await expect.poll(() => report(wb)).toBe('Undid edit in ¶9 English');
      await expect.poll(() => wb.cell(9, 'en').inputValue()).toBe('');
      await wb.saved();
      expect(await stored(wb, 9)).toMatchObject({ text: '', status: 'empty' });
      expect((await stored(wb, 6)).text).toBe('Saved a while ago.');
    });
  });

  it('keeps the history across a reload, scrolls to a cell far down, and works from the toolbar buttons', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      const [doc] = await wb.backend.api.listDocuments({});
      const { paragraphs } = await wb.backend.api.getDocument({ documentId: doc!.id });
      const last = paragraphs.length;
      await wb.backend.api.saveTarget({ paragraphId: paragraphs[last - 1]!.id, lang: 'zh-Hans', text: '最后一段。' });
      await wb.reload();
      expect(await wb.row(last).count()).toBe(0); // far below the visible rows

      await page.getByTestId('undo-edit').click();
      await expect.poll(() => report(wb)).toBe(`Undid edit in ¶${last} 简体中文`);
      await expect.poll(() => wb.isFocused(last, 'zh-Hans')).toBe(true);
      expect(await wb.cell(last, 'zh-Hans').inputValue()).toBe(paragraphs[last - 1]!.targets['zh-Hans'].text);

      await page.getByTestId('redo-edit').click();
      await expect.poll(() => wb.cell(last, 'zh-Hans').inputValue()).toBe('最后一段。');
      expect(await wb.status(last, 'zh-Hans')).toContain('Draft');
    });
  });

  it('lists the keys in the F1 overlay and follows a new binding', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').fill('Rebound.');
      await wb.saved();
      await page.keyboard.press('F1');
      const dialog = page.getByRole('dialog');
      expect(await dialog.textContent()).toContain('Ctrl+Alt+Z');
      await dialog.getByRole('button', { name: /^Undo the last change to any cell/ }).click();
      await page.keyboard.press('Control+Alt+U');
      await expect.poll(() => dialog.textContent()).toContain('Ctrl+Alt+U');
      await dialog.getByRole('button', { name: 'Close' }).click();

      await page.keyboard.press('Control+Alt+U');
      await expect.poll(() => report(wb)).toBe('Undid edit in ¶6 English');
      expect((await stored(wb, 6)).text).toBe('');
    });
  });
});
