import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const hasSeed = sharedAvailable(SEED_PATH);

describe.skipIf(!hasSeed)('the editor: keyboard workflow, input methods, filters, languages', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withSeed(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    const dir = tempDir();
    await WorkbenchPage.session(browser(), dir, SEED_PATH, run);
  }

  /** What the database holds for a cell, read through the contract as the UI does. */
  async function stored(wb: WorkbenchPage, n: number, lang: 'en' | 'zh-Hans') {
    const [doc] = await wb.backend.api.listDocuments({});
    const { paragraphs } = await wb.backend.api.getDocument({ documentId: doc!.id });
    return paragraphs[n - 1]!.targets[lang];
  }

  it('moves with Alt+Up/Down, switches column with Ctrl+Tab, copies the source with Ctrl+Shift+S', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => wb.isFocused(7, 'en')).toBe(true);
      await page.keyboard.press('Alt+ArrowUp');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => wb.isFocused(5, 'en')).toBe(true);
      await page.keyboard.press('Control+Tab');
      await expect.poll(() => wb.isFocused(5, 'zh-Hans')).toBe(true);
      await page.keyboard.press('Control+Tab');
      await expect.poll(() => wb.isFocused(5, 'en')).toBe(true);

      await page.keyboard.press('Control+Shift+S');
      const source = await wb.row(5).getByTestId('source').textContent();
      await expect.poll(() => wb.cell(5, 'en').inputValue()).toBe(source);
      await wb.saved();
      expect(await stored(wb, 5, 'en')).toMatchObject({ text: source, status: 'draft' });
    });
  });

  it('jumps to the next unconfirmed cell with Ctrl+Shift+Enter, skipping confirmed and excluded ones', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      for (const n of [6, 7]) {
        await wb.cell(n, 'en').fill(`Paragraph ${n}.`);
        await wb.cell(n, 'en').focus();
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => wb.status(n, 'en')).toContain('Translated');
      }
      // Paragraph 5 is the font-size widget (boilerplate, excluded); 6 and 7 are done.
      await wb.cell(5, 'en').focus();
      await page.keyboard.press('Control+Shift+Enter');
      await expect.poll(() => wb.isFocused(8, 'en')).toBe(true);
      // The 14 boilerplate paragraphs of the seed are left out of the figures.
      await expect.poll(() => page.getByTestId('progress').textContent()).toContain('English: 2 translated, 0 reviewed of 33 (6%)');
    });
  });

  it('inserts TM match 1 with Ctrl+1', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').fill('A robot dance video went viral online.');
      await wb.cell(6, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await wb.importFile(SEED_PATH);
      await wb.cell(6, 'en').focus();
      await expect.poll(() => page.getByTestId('tm-match').count()).toBe(1);
      await page.keyboard.press('Control+1');
      await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe('A robot dance video went viral online.');
    });
  });

  it('saves nothing while an input method is composing, and the final text when it ends', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      const cell = wb.cell(7, 'zh-Hans');
      await cell.fill('');
      await wb.saved();
      await cell.focus();
      // Chromium's own IME path: composition events and marked text, as a pinyin IME produces.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'ren', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.imeSetComposition', { text: 'rengong', selectionStart: 7, selectionEnd: 7 });
      await page.waitForTimeout(800); // longer than the save debounce
      expect(await cell.inputValue()).toBe('rengong');
      expect(await stored(wb, 7, 'zh-Hans')).toMatchObject({ text: '', status: 'empty' });
      await cdp.send('Input.insertText', { text: '人工' });
      await expect.poll(() => cell.inputValue()).toBe('人工');
      await wb.saved();
      await expect.poll(async () => (await stored(wb, 7, 'zh-Hans')).text).toBe('人工');
    });
  });

  it('filters by text, status and kind, and Ctrl+F goes to the filter box', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      const visible = () => page.locator('[data-testid="paragraph"]').count();
      await wb.cell(2, 'en').focus();
      await page.keyboard.press('Control+F');
      await expect.poll(() => page.locator('.find').evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('數碼港');
      const expected = readFileSync(SEED_PATH, 'utf8').split('\n').filter((line) => line.includes('數碼港')).length;
      expect(expected).toBeGreaterThan(1);
      await expect.poll(visible).toBe(expected);
      for (const row of await page.locator('[data-testid="source"]').allTextContents()) expect(row).toContain('數碼港');

      await page.locator('.find').fill('');
      await wb.cell(1, 'en').fill('Home > Opinion');
      await wb.cell(1, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.status(1, 'en')).toContain('Translated');
      await page.getByRole('toolbar').locator('select').first().selectOption('confirmed');
      await expect.poll(visible).toBe(1);
      await page.getByRole('toolbar').locator('select').first().selectOption('all');
      await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe('48');
    });
  });

  it('switches the interface language and keeps every edit across a reload', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(8, 'en').fill('The SAR Government proposed developing AI as a key industry.');
      await wb.saved();
      await page.getByTestId('ui-language').selectOption('zh-Hant');
      await expect.poll(() => page.locator('.brand').textContent()).toBe('雙語翻譯工作台');
      expect(await wb.status(1, 'en')).toContain('空白');
      await page.getByTestId('ui-language').selectOption('zh-Hans');
      await expect.poll(() => page.locator('.brand').textContent()).toBe('双语翻译工作台');

      await wb.reload();
      expect(await page.locator('.brand').textContent()).toBe('双语翻译工作台');
      expect(await wb.cell(8, 'en').inputValue()).toBe('The SAR Government proposed developing AI as a key industry.');
      expect(await wb.status(8, 'en')).toContain('草稿');
    });
  });

  it('opens the shortcut list with F1 and closes it with Escape', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(2, 'en').focus();
      await page.keyboard.press('F1');
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count()).toBe(1);
      const text = await dialog.textContent();
      for (const keys of ['Ctrl+Enter', 'Ctrl+Shift+Enter', 'Ctrl+1 … Ctrl+5', 'Ctrl+Shift+S', 'Alt+ArrowUp', 'Ctrl+Tab', 'Ctrl+Alt+Z', 'Ctrl+Alt+Y', 'F1']) {
        expect(text).toContain(keys);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    });
  });

  it('lets the translator rebind a shortcut, and keeps the new keys across a reload', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(2, 'en').focus();
      await page.keyboard.press('F1');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /^Confirm the cell/ }).click();
      await page.keyboard.press('Control+J');
      await expect.poll(() => dialog.textContent()).toContain('Ctrl+J');
      await dialog.getByRole('button', { name: 'Close' }).click();

      await wb.reload();
      await wb.cell(2, 'en').fill('Opinion.');
      await wb.cell(2, 'en').focus();
      await page.keyboard.press('Control+J');
      await expect.poll(() => wb.status(2, 'en')).toContain('Translated');
      await expect.poll(() => wb.isFocused(3, 'en')).toBe(true);
    });
  });

  it('finds and replaces in the translations with a preview, and undoes the whole replace', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(6, 'en').fill('The government said the government would act.');
      await wb.cell(7, 'en').fill('A government plan.');
      await wb.saved();
      await wb.cell(7, 'en').focus();
      await page.keyboard.press('Control+H');
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Find', { exact: true }).fill('government');
      await dialog.getByLabel('Replace with').fill('Government');
      await dialog.getByLabel('Match case').check();
      await dialog.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => dialog.getByTestId('replace-preview').textContent()).toContain('3 replacements in 2 cells');
      // The preview changes nothing yet.
      expect((await stored(wb, 6, 'en')).text).toBe('The government said the government would act.');

      await dialog.getByRole('button', { name: 'Replace all' }).click();
      await expect.poll(() => dialog.getByTestId('replace-done').textContent()).toContain('Replaced 3 in 2 cells');
      await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe('The Government said the Government would act.');
      expect((await stored(wb, 7, 'en')).text).toBe('A Government plan.');
      expect(await wb.row(6).getByTestId('source').textContent()).not.toContain('Government');

      await dialog.getByTestId('replace-done').getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe('The government said the government would act.');
      expect((await stored(wb, 7, 'en')).text).toBe('A government plan.');
    });
  });

  it('keeps a comment per paragraph across a reload, and restores an earlier version of a cell', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(9, 'en').fill('First version.');
      await wb.cell(9, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.status(9, 'en')).toContain('Translated');
      await wb.cell(9, 'en').fill('Second version.');
      await wb.saved();

      await wb.cell(9, 'en').focus();
      await page.getByRole('tab', { name: 'History' }).click();
      const revisions = page.getByTestId('revision');
      await expect.poll(() => revisions.count()).toBe(3);
      await revisions.nth(1).getByRole('button', { name: 'Restore this version' }).click();
      await expect.poll(() => wb.cell(9, 'en').inputValue()).toBe('First version.');
      expect(await stored(wb, 9, 'en')).toMatchObject({ text: 'First version.', status: 'draft' });

      await page.getByRole('tab', { name: 'Comment' }).click();
      await page.getByTestId('comment').fill('Check the figure with the budget speech.');
      await wb.cell(10, 'en').focus();
      await wb.reload();
      await wb.cell(9, 'en').focus();
      await page.getByRole('tab', { name: 'Comment' }).click();
      await expect.poll(() => page.getByTestId('comment').inputValue()).toBe('Check the figure with the budget speech.');
    });
  });

  it('renames a document, moves it to the trash and restores it', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      const item = page.locator('.document-item').first();
      await item.hover();
      await item.getByRole('button', { name: /^Rename/ }).click();
      await page.locator('.document-edit input').fill('來論(修訂)');
      await page.locator('.document-edit').getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.locator('.document .title').first().textContent()).toBe('來論(修訂)');

      await item.hover();
      await item.getByRole('button', { name: /^Delete/ }).click();
      await item.getByRole('button', { name: 'Yes' }).click();
      await expect.poll(() => page.locator('.document').count()).toBe(0);
      await page.locator('.trash summary').click();
      await page.locator('.trash').getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => page.locator('.document .title').first().textContent()).toBe('來論(修訂)');
      expect((await wb.backend.api.listDocuments({})).map((d) => d.title)).toEqual(['來論(修訂)']);
    });
  });

  it("marks cells reviewed with Ctrl+Alt+Enter and filters the reviewer's work list", async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      for (const n of [6, 7]) {
        await wb.cell(n, 'en').fill(`Paragraph ${n} in English.`);
        await wb.cell(n, 'en').focus();
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => wb.status(n, 'en')).toContain('Translated');
      }
      await wb.cell(6, 'en').focus();
      await page.keyboard.press('Control+Alt+Enter');
      // Marking reviewed turns review mode on (test/e2e/review-mode.test.ts), so row 6 leaves the list.
      await expect.poll(async () => (await stored(wb, 6, 'en')).status).toBe('reviewed');

      const status = page.getByRole('toolbar').locator('select').first();
      await status.selectOption('toReview');
      await expect.poll(() => page.locator('[data-testid="paragraph"]').count()).toBe(1);
      expect(await page.locator('[data-testid="paragraph"]').getAttribute('aria-rowindex')).toBe('8');
      await status.selectOption('reviewed');
      await expect.poll(() => page.locator('[data-testid="paragraph"]').getAttribute('aria-rowindex')).toBe('7');
    });
  });

  it('searches the memories from the concordance tab and with Ctrl+K on selected source text', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      await wb.cell(7, 'en').fill('During the Two Sessions, artificial intelligence was a hot topic.');
      await wb.cell(7, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.status(7, 'en')).toContain('Translated');

      await page.getByRole('tab', { name: 'Concordance' }).click();
      await page.getByTestId('concordance-term').fill('兩會');
      await page.getByTestId('concordance-term').press('Enter');
      await expect.poll(() => page.getByTestId('concordance-hit').count()).toBe(1);
      expect(await page.getByTestId('concordance-hit').locator('mark').first().textContent()).toBe('兩會');

      // Select 人工智能 in another paragraph's source and press Ctrl+K.
      await page.getByRole('tab', { name: 'TM' }).click();
      await wb.row(12).getByTestId('source').evaluate((element) => {
        const text = element.firstChild as Text;
        const start = text.data.indexOf('人工智能');
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 4);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      });
      await page.keyboard.press('Control+K');
      await expect.poll(() => page.getByTestId('concordance-term').inputValue()).toBe('人工智能');
      await expect.poll(() => page.getByTestId('concordance-hit').count()).toBe(1);
      expect(await page.getByTestId('concordance-hit').textContent()).toContain('artificial intelligence was a hot topic');
    });
  });

  it('offers a confirmed translation to identical paragraphs of the document as drafts', async () => {
    const wb = await WorkbenchPage.open(browser(), tempDir());
    try {
      const file = join(tempDir(), '重複段落.txt');
      writeFileSync(file, '政府發言人表示會密切留意情況。\n市民反應正面。\n政府發言人表示會密切留意情況。\n');
      await wb.importFile(file);
      await wb.cell(1, 'en').fill('A government spokesman said the situation would be closely monitored.');
      await wb.cell(1, 'en').focus();
      await wb.page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.cell(3, 'en').inputValue()).toBe('A government spokesman said the situation would be closely monitored.');
      expect(await wb.status(3, 'en')).toContain('Draft');
      expect(await wb.cell(2, 'en').inputValue()).toBe('');
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });

  it('imports a TMX file into the memory from the TM tab, and its units become matches', async () => {
    await withSeed(async (wb) => {
      const { page } = wb;
      const memory = join(tempDir(), 'memory.tmx');
      const source = readFileSync(SEED_PATH, 'utf8').split('\n').find((line) => line.includes('近日'))!.trim();
      writeFileSync(
        memory,
        `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="test" adminlang="en" srclang="zh-HK" datatype="plaintext"/><body><tu><tuv xml:lang="zh-HK"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>Recently, a robot dance video went viral.</seg></tuv></tu></body></tmx>`,
      );
      await page.locator('.tm-tools summary').click();
      await page.getByTestId('tmx-file').setInputFiles(memory);
      await expect.poll(() => page.getByTestId('tm-report').textContent()).toBe('Imported 1 of 1 units.');
      await wb.cell(6, 'en').focus();
      await expect.poll(() => page.getByTestId('tm-match').first().textContent()).toContain('Recently, a robot dance video went viral.');
    });
  });

  it('shows a fuzzy match with its differences, and Ctrl+1 inserts it', async () => {
    const wb = await WorkbenchPage.open(browser(), tempDir());
    try {
      const { page } = wb;
      const first = join(tempDir(), '初稿.txt');
      writeFileSync(first, '運輸署今日宣佈,由下月一日起,部分巴士路線的車費將上調百分之三。\n');
      await wb.importFile(first);
      await wb.cell(1, 'en').fill('The Transport Department announced today that some bus fares will rise by 3 per cent from next month.');
      await wb.cell(1, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.status(1, 'en')).toContain('Translated');

      const second = join(tempDir(), '修訂.txt');
      writeFileSync(second, '運輸署昨日宣佈,由下月一日起,部分巴士路線的車費將上調。\n');
      await wb.importFile(second);
      await wb.cell(1, 'en').focus();
      const match = page.getByTestId('tm-match').first();
      await match.waitFor();
      const score = Number((await match.locator('.score').textContent())?.replace('%', ''));
      expect(score).toBeGreaterThan(75);
      expect(score).toBeLessThan(95);
      expect(await match.locator('del').allTextContents()).toEqual(expect.arrayContaining(['今']));
      expect(await match.locator('ins').allTextContents()).toEqual(expect.arrayContaining(['昨']));
      await page.keyboard.press('Control+1');
      await expect.poll(() => wb.cell(1, 'en').inputValue()).toBe(
        'The Transport Department announced today that some bus fares will rise by 3 per cent from next month.',
      );
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });
});
