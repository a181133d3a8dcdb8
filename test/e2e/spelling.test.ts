import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

describe('English spelling in the QA tab, in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withDocument(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    const dir = tempDir();
    const file = join(dir, 'news.txt');
    writeFileSync(file, '特區政府宣布大嶼山的新計劃。\n今天天氣很好。\n');
    await WorkbenchPage.session(browser(), dir, file, async (wb) => {
      await wb.page.getByRole('tab', { name: 'QA' }).click();
      await run(wb);
    });
  }

  const spelling = (wb: WorkbenchPage) => wb.page.locator('[data-testid="qa-cell-findings"] [data-check="spelling"]');

  async function savedEnglish(wb: WorkbenchPage, n: number): Promise<string> {
    const [document] = await wb.backend.api.listDocuments({});
    const { paragraphs } = await wb.backend.api.getDocument({ documentId: document!.id });
    return paragraphs[n - 1]!.targets.en.text;
  }

  it('flags a misspelling as it is typed, and one click on the suggestion corrects and saves the cell', async () => {
    await withDocument(async (wb) => {
      const english = wb.cell(1, 'en');
      await english.focus();
      await english.pressSequentially('The Goverment announced a new plan.');
      const finding = spelling(wb);
      await finding.waitFor();
      expect(await finding.textContent()).toContain('Possible misspelling “Goverment”');
      const suggestion = finding.getByTestId('spelling-suggestion').first();
      expect(await suggestion.textContent()).toBe('Government');

      await suggestion.click();
      await expect.poll(() => english.inputValue()).toBe('The Government announced a new plan.');
      await expect.poll(() => spelling(wb).count()).toBe(0);
      await wb.page.getByTestId('qa-clean').waitFor();
      await wb.saved();
      expect(await savedEnglish(wb, 1)).toBe('The Government announced a new plan.');
    });
  });

  it('adds a word to the project dictionary, so it is accepted in every cell, and takes it out again', async () => {
    await withDocument(async (wb) => {
      const english = wb.cell(1, 'en');
      await english.focus();
      await english.pressSequentially('The Government announced a new plan for Lantau.');
      await spelling(wb).waitFor();
      await spelling(wb).getByRole('button', { name: 'Add to dictionary' }).click();
      await wb.page.getByTestId('qa-clean').waitFor();

      // Accepted in another paragraph of the project too.
      const second = wb.cell(2, 'en');
      await second.focus();
      await second.pressSequentially('Lantau is sunny today.');
      await wb.page.getByTestId('qa-clean').waitFor();
      const [document] = await wb.backend.api.listDocuments({});
      expect((await wb.backend.api.listSpellingWords({ projectId: document!.projectId })).map((w) => w.word)).toEqual(['Lantau']);

      const words = wb.page.getByTestId('spelling-words');
      await words.getByText('Project dictionary (1)').click();
      await words.getByRole('button', { name: 'Remove “Lantau” from the project dictionary' }).click();
      await spelling(wb).waitFor();
      expect(await spelling(wb).getAttribute('data-check')).toBe('spelling');
      await words.getByText('Project dictionary (0)').waitFor();
    });
  });

  it('switches the project between British and American spelling, and the cell and document checks follow', async () => {
    await withDocument(async (wb) => {
      const english = wb.cell(1, 'en');
      await english.focus();
      await english.pressSequentially('The colour of the new programme.');
      await wb.page.getByTestId('qa-clean').waitFor();
      await wb.saved();
      const variant = wb.page.getByTestId('spelling-variant');
      expect(await variant.inputValue()).toBe('en-GB');
      const report = wb.page.getByTestId('qa-document');
      await report.getByRole('button', { name: 'Check document' }).click();
      await report.getByTestId('qa-counts').waitFor();
      const reported = report.locator('[data-check="spelling"]');
      expect(await reported.count()).toBe(0);

      await variant.selectOption('en-US');
      await expect.poll(() => spelling(wb).count()).toBe(2);
      expect(await spelling(wb).allTextContents()).toEqual([expect.stringContaining('colour'), expect.stringContaining('programme')]);
      await expect.poll(() => reported.count()).toBe(2);
      const [document] = await wb.backend.api.listDocuments({});
      expect(await wb.backend.api.getSpellingVariant({ projectId: document!.projectId })).toEqual({ variant: 'en-US' });

      await variant.selectOption('en-GB');
      await wb.page.getByTestId('qa-clean').waitFor();
      await expect.poll(() => reported.count()).toBe(0);
      expect(await wb.backend.api.getSpellingVariant({ projectId: document!.projectId })).toEqual({ variant: 'en-GB' });
    });
  });
});
