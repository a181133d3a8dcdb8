import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const hasSeed = sharedAvailable(SEED_PATH);

const TRANSLATED: Record<number, string> = {
  6: 'A robot dance video went viral online.',
  7: 'During the Two Sessions, artificial intelligence was a hot topic.',
  8: 'Hong Kong has certain advantages in artificial intelligence.',
};

describe.skipIf(!hasSeed)('reviewer mode: the changes since translation', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  /** The seed with paragraphs 6 to 8 translated into English and confirmed with Ctrl+Enter. */
  async function withTranslatedSeed(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    await WorkbenchPage.session(browser(), tempDir(), SEED_PATH, async (wb) => {
      for (const [n, text] of Object.entries(TRANSLATED).map(([n, text]) => [Number(n), text] as const)) {
        await wb.cell(n, 'en').fill(text);
        await wb.cell(n, 'en').focus();
        await wb.page.keyboard.press('Control+Enter');
        await expect.poll(() => wb.status(n, 'en')).toContain('Translated');
      }
      await run(wb);
    });
  }

  const shownRows = (wb: WorkbenchPage) =>
    wb.page.locator('[data-testid="paragraph"]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex')) - 1));
  const statusFilter = (wb: WorkbenchPage) => wb.page.getByRole('toolbar').locator('select').first();
  const toggle = (wb: WorkbenchPage) => wb.page.getByTestId('review-mode');

  async function storedStatus(wb: WorkbenchPage, n: number) {
    const [doc] = await wb.backend.api.listDocuments({});
    return (await wb.backend.api.getDocument({ documentId: doc!.id })).paragraphs[n - 1]!.targets.en.status;
  }

  it('lists the cells to review, shows the edit made since translation, and marks them reviewed one by one', async () => {
    await withTranslatedSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').fill('A robot dance video went viral on the internet.');
      await wb.saved();
      await expect.poll(() => wb.status(6, 'en')).toContain('Draft');
      expect(await page.getByTestId('review-diff-en').count()).toBe(0);

      await toggle(wb).click();
      expect(await toggle(wb).getAttribute('aria-pressed')).toBe('true');
      expect(await statusFilter(wb).inputValue()).toBe('toReview');
      // Paragraph 6 is a draft again, but it changed since translation: it is still to review.
      await expect.poll(() => shownRows(wb)).toEqual([6, 7, 8]);
      const bar = page.getByTestId('review-bar');
      expect(await bar.locator('del').textContent()).toBe('deleted');
      expect(await bar.locator('ins').textContent()).toBe('inserted');
      await expect.poll(() => page.getByTestId('review-changed').textContent()).toBe('Cells changed since translation: 1');

      const diff = wb.row(6).getByTestId('review-diff-en');
      await expect.poll(() => diff.locator('del').allTextContents()).toEqual(['online']);
      expect(await diff.locator('ins').allTextContents()).toEqual(['on the internet']);
      // Each mark is also named in words, for screen readers.
      expect(await diff.locator('p').textContent()).toBe('A robot dance video went viral [deleted: online][inserted: on the internet].');
      expect(await diff.locator('ins').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
      expect(await diff.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
      // Unchanged cells show no diff: neither the untouched paragraph 7 nor the Simplified machine drafts.
      expect(await page.locator('[data-testid^="review-diff-"]').count()).toBe(1);

      // The diff follows the typing, before the save.
      await wb.cell(6, 'en').fill('A robot dance video went viral on the internet last week.');
      await expect.poll(() => diff.locator('ins').allTextContents()).toEqual(['on the internet last week']);

      await wb.cell(6, 'en').focus();
      await page.keyboard.press('Control+Alt+Enter');
      await expect.poll(() => storedStatus(wb, 6)).toBe('reviewed');
      await expect.poll(() => wb.isFocused(7, 'en')).toBe(true);
      await expect.poll(() => shownRows(wb)).toEqual([7, 8]);

      // The mouse's way: the cell's Reviewed button, shown in review mode.
      await wb.row(7).locator('.target', { has: page.locator('textarea[lang="en"]') }).getByRole('button', { name: 'Reviewed' }).click();
      await expect.poll(() => storedStatus(wb, 7)).toBe('reviewed');
      await expect.poll(() => shownRows(wb)).toEqual([8]);

      // The reviewer's change stays measured against the translator's text.
      await statusFilter(wb).selectOption('reviewed');
      await expect.poll(() => shownRows(wb)).toEqual([6, 7]);
      expect(await wb.row(6).getByTestId('review-diff-en').locator('del').allTextContents()).toEqual(['online']);

      await toggle(wb).click();
      expect(await toggle(wb).getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByTestId('review-bar').count()).toBe(0);
      expect(await page.locator('[data-testid^="review-diff-"]').count()).toBe(0);
    });
  });

  it('turns review mode on when the first cell is marked reviewed, and leaves it off once turned off', async () => {
    await withTranslatedSeed(async (wb) => {
      const { page } = wb;
      expect(await statusFilter(wb).inputValue()).toBe('all');
      await wb.cell(6, 'en').focus();
      await page.keyboard.press('Control+Alt+Enter');
      await expect.poll(() => toggle(wb).getAttribute('aria-pressed')).toBe('true');
      expect(await statusFilter(wb).inputValue()).toBe('toReview');
      await expect.poll(() => shownRows(wb)).toEqual([7, 8]);
      await expect.poll(() => wb.isFocused(7, 'en')).toBe(true);
      expect(await page.getByTestId('review-bar').getByRole('status').textContent()).toContain(
        'Marking a cell reviewed turned review mode on: the grid lists the English cells still to review.',
      );

      await page.getByRole('button', { name: 'Turn review mode off' }).click();
      expect(await toggle(wb).getAttribute('aria-pressed')).toBe('false');
      expect(await statusFilter(wb).inputValue()).toBe('all');
      // Paragraph 9, never translated, is back in the grid.
      await expect.poll(() => wb.row(9).count()).toBe(1);

      await wb.cell(7, 'en').focus();
      await page.keyboard.press('Control+Alt+Enter');
      await expect.poll(() => wb.status(7, 'en')).toContain('Reviewed');
      await expect.poll(() => wb.isFocused(8, 'en')).toBe(true);
      expect(await toggle(wb).getAttribute('aria-pressed')).toBe('false');

      await page.keyboard.press('F1');
      expect(await page.getByRole('dialog').textContent()).toContain('The first time you mark a cell reviewed in a document, review mode turns on by itself');
    });
  });
});
