import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage, type Lang } from '../support/workbench-page.ts';

const SOURCE = ['特區政府宣布撥款10億港元，支持人工智能研究。', '今天天氣很好。'];

describe('glossary, dictionary and live QA in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withDocument(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    const dir = tempDir();
    const file = join(dir, 'budget.txt');
    writeFileSync(file, `${SOURCE.join('\n')}\n`);
    await WorkbenchPage.session(browser(), dir, file, run);
  }

  const findings = (wb: WorkbenchPage, check: string) => wb.page.locator(`[data-testid="qa-cell-findings"] [data-check="${check}"]`);
  const openTab = (wb: WorkbenchPage, name: string) => wb.page.getByRole('tab', { name }).click();

  /** Focuses a cell and types its whole text, key by key, as a translator would. */
  async function typeInto(wb: WorkbenchPage, n: number, lang: Lang, text: string) {
    const cell = wb.cell(n, lang);
    await cell.focus();
    await cell.press('Control+A');
    await cell.press('Delete');
    await cell.pressSequentially(text);
  }

  /** Selects source characters [start, end) of paragraph n, across any term highlights. */
  async function selectSource(wb: WorkbenchPage, n: number, start: number, end: number) {
    await wb.row(n).locator('[data-source-paragraph]').evaluate(
      (element, [from, to]) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let at = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (from >= at && from <= at + length) range.setStart(node, from - at);
          if (to >= at && to <= at + length) {
            range.setEnd(node, to - at);
            break;
          }
          at += length;
        }
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      [start, end] as const,
    );
  }

  it('warns about a number while typing and stops when it is corrected', async () => {
    await withDocument(async (wb) => {
      await typeInto(wb, 1, 'en', 'The SAR Government will spend HK$100 million on AI research.');
      await openTab(wb, 'QA');
      await findings(wb, 'numbers').waitFor();
      expect(await findings(wb, 'numbers').textContent()).toContain('10億');
      expect(await wb.row(1).getByTestId('qa-marker-en').textContent()).toMatch(/⚠ \d/);

      await typeInto(wb, 1, 'en', 'The SAR Government will spend HK$1 billion on AI research.');
      await expect.poll(() => findings(wb, 'numbers').count()).toBe(0);
      await wb.page.getByTestId('qa-clean').waitFor();
      expect(await wb.row(1).getByTestId('qa-marker-en').count()).toBe(0);
    });
  });

  it('flags an ASCII comma between Chinese characters in Simplified and fixes it in one click', async () => {
    await withDocument(async (wb) => {
      await openTab(wb, 'QA');
      await typeInto(wb, 1, 'zh-Hans', '特区政府宣布拨款10亿港元,支持人工智能研究。');
      const comma = findings(wb, 'ascii-punctuation');
      await comma.waitFor();
      await comma.getByRole('button', { name: 'Fix' }).click();
      expect(await wb.cell(1, 'zh-Hans').inputValue()).toBe('特区政府宣布拨款10亿港元，支持人工智能研究。');
      await expect.poll(() => comma.count()).toBe(0);
      await wb.saved();
      const [document] = await wb.backend.api.listDocuments({});
      const { paragraphs } = await wb.backend.api.getDocument({ documentId: document!.id });
      expect(paragraphs[0]!.targets['zh-Hans'].text).toBe('特区政府宣布拨款10亿港元，支持人工智能研究。');
    });
  });

  it('keeps a warning ignored with its reason across a reload, until it is un-ignored', async () => {
    await withDocument(async (wb) => {
      await openTab(wb, 'QA');
      await typeInto(wb, 1, 'en', 'The SAR Government will spend HK$100 million on AI research.');
      const numbers = findings(wb, 'numbers');
      await numbers.waitFor();
      await numbers.getByRole('button', { name: 'Ignore…' }).click();
      const ignore = numbers.getByRole('button', { name: 'Ignore', exact: true });
      expect(await ignore.isDisabled()).toBe(true);
      await numbers.getByLabel('Why is this warning wrong here?').fill('Figure confirmed by the client');
      await ignore.click();
      await expect.poll(() => numbers.getByTestId('qa-ignored-reason').allTextContents()).toEqual(['Ignored: Figure confirmed by the client']);
      await expect.poll(() => wb.row(1).getByTestId('qa-marker-en').count()).toBe(0);
      await wb.saved();

      await wb.reload();
      await openTab(wb, 'QA');
      await wb.cell(1, 'en').focus();
      await expect.poll(() => numbers.getByTestId('qa-ignored-reason').allTextContents()).toEqual(['Ignored: Figure confirmed by the client']);
      await numbers.getByRole('button', { name: 'Un-ignore' }).click();
      await numbers.getByRole('button', { name: 'Ignore…' }).waitFor();
      await wb.row(1).getByTestId('qa-marker-en').waitFor();
    });
  });

  it('adds a term from a source selection, highlights it and inserts its translation at the caret', async () => {
    await withDocument(async (wb) => {
      const { page } = wb;
      const english = wb.cell(1, 'en');
      await english.fill('Today,  announced funding.');
      await english.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(7, 7));
      await selectSource(wb, 1, 0, 4);
      await page.keyboard.press('Control+Shift+G');
      const form = page.getByTestId('glossary-form');
      expect(await form.getByLabel('Traditional (source)').inputValue()).toBe('特區政府');
      await form.getByLabel('English').fill('the SAR Government');
      await form.getByLabel('Simplified').fill('特区政府');
      await form.getByRole('button', { name: 'Save term' }).click();

      const term = wb.row(1).getByTestId('glossary-term');
      await term.waitFor();
      expect(await term.textContent()).toBe('特區政府');
      expect(await term.getAttribute('title')).toContain('the SAR Government');
      // Only the active row is highlighted.
      expect(await wb.row(2).getByTestId('glossary-term').count()).toBe(0);

      await page.getByTestId('glossary-hit').getByRole('button', { name: /the SAR Government/ }).click();
      expect(await english.inputValue()).toBe('Today, the SAR Government announced funding.');
      await wb.saved();
      const [entry] = await wb.backend.api.listGlossary({});
      expect(entry).toMatchObject({ zhHant: '特區政府', en: 'the SAR Government', zhHans: '特区政府' });

      // Ctrl+Alt+G inserts the term's translation into the Simplified cell too, once.
      const simplified = wb.cell(1, 'zh-Hans');
      await simplified.fill('今日,宣布拨款。');
      await simplified.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(3, 3));
      await page.keyboard.press('Control+Alt+G');
      await expect.poll(() => simplified.inputValue()).toBe('今日,特区政府宣布拨款。');
      await page.keyboard.press('Control+Alt+G');
      expect(await simplified.inputValue()).toBe('今日,特区政府宣布拨款。');
    });
  });

  it('looks up a selection inside 人工智能 in the offline dictionary', async () => {
    await withDocument(async (wb) => {
      await wb.cell(1, 'en').focus();
      const start = SOURCE[0]!.indexOf('人工智能');
      await selectSource(wb, 1, start + 1, start + 3);
      // The lookup opens the Dictionary tab by itself once the selection rests.
      await wb.page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Dictionary' }).waitFor();
      const entries = wb.page.getByTestId('dictionary-entry');
      await entries.first().waitFor();
      const text = (await entries.allTextContents()).join('\n');
      expect(text).toContain('artificial intelligence');
      expect(text).toContain('rén gōng zhì néng');
    });
  });
});
