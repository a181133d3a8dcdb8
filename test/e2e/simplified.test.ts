import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

/** Hong Kong text with 的士 (taxi) and 巴士 (bus), which OpenCC alone leaves as they are. */
const SOURCE = ['我們在碼頭坐的士去機場。', '巴士站旁邊有很多乘客。', '衞生署職員坐的士到醫院。', '今天天氣很好。'];
const DRAFT_1 = '我们在码头坐出租车去机场。';
const DRAFT_2 = '公交车站旁边有很多乘客。';
const HUMAN_3 = '卫生署职员乘出租车前往医院。';
const EDITED_SOURCE_3 = '衞生署職員坐的士到診所。';

describe('the Simplified column in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withTaxiText(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    const dir = tempDir();
    const file = join(dir, 'taxi.txt');
    writeFileSync(file, `${SOURCE.join('\n')}\n`);
    await WorkbenchPage.session(browser(), dir, file, run);
  }

  /** What the database holds for paragraph n's Simplified cell, read through the contract. */
  async function stored(wb: WorkbenchPage, n: number) {
    const documents = await wb.backend.api.listDocuments({});
    const { paragraphs } = await wb.backend.api.getDocument({ documentId: documents.at(-1)!.id });
    return paragraphs[n - 1]!.targets['zh-Hans'];
  }

  const notice = (wb: WorkbenchPage, n: number) => wb.row(n).getByTestId('stale-zh-Hans');
  // allTextContents does not wait for the element, so a notice that goes away while polling reads as null.
  const noticeText = async (wb: WorkbenchPage, n: number) => (await notice(wb, n).allTextContents())[0] ?? null;

  async function openVocabulary(wb: WorkbenchPage, filter: string) {
    await wb.page.getByRole('tab', { name: 'Vocabulary' }).click();
    await wb.page.getByRole('searchbox', { name: 'Filter vocabulary' }).fill(filter);
  }

  it('drafts 的士 and 巴士 with the vocabulary and highlights what the machine changed on the active row', async () => {
    await withTaxiText(async (wb) => {
      const { page } = wb;
      expect(await wb.cell(1, 'zh-Hans').inputValue()).toBe(DRAFT_1);
      expect(await wb.cell(2, 'zh-Hans').inputValue()).toBe(DRAFT_2);
      expect(await wb.status(1, 'zh-Hans')).toContain('Automatic draft');
      expect(await page.getByTestId('draft-view').count()).toBe(0);

      await wb.cell(1, 'en').focus();
      const draft = wb.row(1).getByTestId('draft-view');
      await draft.waitFor();
      expect(await draft.locator('.draft-text').textContent()).toBe(DRAFT_1);
      const phrase = draft.getByTestId('span-vocabulary');
      expect(await phrase.allTextContents()).toEqual(['出租车']);
      expect(await phrase.getAttribute('title')).toBe('Vocabulary: 的士 → 出租车');
      expect(await draft.getByTestId('span-opencc').allTextContents()).toEqual(['们', '码头', '机场']);
      expect(await draft.getByTestId('span-opencc').first().getAttribute('title')).toBe('OpenCC: 們 → 们');
      expect(await draft.locator('figcaption').textContent()).toContain('changed by OpenCC (5)');

      // Only the active row asks for its spans; moving on moves the highlights.
      await wb.cell(2, 'zh-Hans').focus();
      await expect.poll(() => wb.row(1).getByTestId('draft-view').count()).toBe(0);
      await expect.poll(() => wb.row(2).getByTestId('span-vocabulary').allTextContents()).toEqual(['公交车']);

      // Once a person changes the text the spans no longer describe it, and they go.
      await page.keyboard.press('End');
      await page.keyboard.type('!');
      await expect.poll(() => wb.row(2).getByTestId('draft-view').count()).toBe(0);
    });
  });

  it('keeps a person’s text through a source edit, a variant change and a vocabulary change; Reconvert and Undo', async () => {
    await withTaxiText(async (wb) => {
      const { page } = wb;
      await wb.cell(3, 'zh-Hans').fill(HUMAN_3);
      await wb.saved();
      expect(await wb.status(3, 'zh-Hans')).toContain('Draft');
      expect(await noticeText(wb, 3)).toBeNull();

      // Source edit: the auto draft follows, the person's text stays and is flagged.
      await wb.row(3).getByTestId('edit-source').click();
      const editor = wb.row(3).getByTestId('source-editor');
      await editor.fill(EDITED_SOURCE_3);
      await editor.press('Enter');
      await expect.poll(() => wb.row(3).getByTestId('source').textContent()).toBe(EDITED_SOURCE_3);
      await expect.poll(() => noticeText(wb, 3)).toContain('Source changed since your edit');
      expect(await wb.cell(3, 'zh-Hans').inputValue()).toBe(HUMAN_3);
      expect(await stored(wb, 3)).toMatchObject({ text: HUMAN_3, staleReason: 'source' });
      await notice(wb, 3).getByRole('button', { name: 'Keep mine' }).click();
      await expect.poll(() => noticeText(wb, 3)).toBeNull();
      expect((await stored(wb, 3)).staleReason).toBeNull();

      // Variant: Taiwan's table leaves 衞 as it is, so the draft changes under the person's text.
      await page.getByTestId('source-variant').selectOption('tw');
      await expect.poll(() => noticeText(wb, 3)).toContain('Source variant changed since your edit');
      expect(await wb.cell(3, 'zh-Hans').inputValue()).toBe(HUMAN_3);
      await notice(wb, 3).getByRole('button', { name: 'Keep mine' }).click();
      await expect.poll(() => noticeText(wb, 3)).toBeNull();

      // Vocabulary: switching 的士 off changes the draft again.
      await openVocabulary(wb, '的士');
      await page.getByRole('switch', { name: 'Use 的士 → 出租车', exact: true }).click();
      await expect.poll(() => noticeText(wb, 3)).toContain('Vocabulary changed since your edit');
      expect(await wb.cell(3, 'zh-Hans').inputValue()).toBe(HUMAN_3);
      expect(await stored(wb, 3)).toMatchObject({ text: HUMAN_3, status: 'draft', staleReason: 'vocabulary' });

      // Reconvert replaces the text with today's draft; Undo puts the person's text back, flag and all.
      await notice(wb, 3).getByRole('button', { name: 'Reconvert' }).click();
      const fresh = '衞生署职员坐的士到诊所。';
      await expect.poll(() => wb.cell(3, 'zh-Hans').inputValue()).toBe(fresh);
      expect(await wb.status(3, 'zh-Hans')).toContain('Automatic draft');
      expect(await stored(wb, 3)).toMatchObject({ text: fresh, status: 'auto', staleReason: null, canUndoReconvert: true });
      await wb.row(3).getByRole('button', { name: 'Undo reconvert' }).click();
      await expect.poll(() => wb.cell(3, 'zh-Hans').inputValue()).toBe(HUMAN_3);
      await expect.poll(() => noticeText(wb, 3)).toContain('Vocabulary changed since your edit');
      expect(await wb.status(3, 'zh-Hans')).toContain('Draft');
      expect(await stored(wb, 3)).toMatchObject({ text: HUMAN_3, status: 'draft', staleReason: 'vocabulary', canUndoReconvert: false });

      await wb.reload();
      expect(await wb.cell(3, 'zh-Hans').inputValue()).toBe(HUMAN_3);
      expect(await noticeText(wb, 3)).toContain('Vocabulary changed since your edit');
      expect(await page.getByTestId('source-variant').inputValue()).toBe('tw');
    });
  });

  it('warns about Traditional characters while typing in a Simplified cell, until they are fixed', async () => {
    await withTaxiText(async (wb) => {
      const { page } = wb;
      const cell = wb.cell(4, 'zh-Hans');
      const warning = wb.row(4).getByTestId('traditional-left');
      await cell.fill('');
      await page.keyboard.type('我们的國家');
      await expect.poll(() => warning.textContent()).toBe('Traditional characters:國 → 国');
      expect(await warning.locator('mark').textContent()).toBe('國');

      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('国家');
      await expect.poll(() => warning.textContent()).toBe('');
      expect(await cell.inputValue()).toBe('我们的国家');
    });
  });

  it('regenerates automatic drafts when a vocabulary entry is switched off, added, edited or deleted', async () => {
    await withTaxiText(async (wb) => {
      const { page } = wb;
      await openVocabulary(wb, '的士');
      const taxi = page.getByRole('switch', { name: 'Use 的士 → 出租车', exact: true });
      await taxi.click();
      await expect.poll(() => wb.cell(1, 'zh-Hans').inputValue()).toBe('我们在码头坐的士去机场。');
      expect(await wb.status(1, 'zh-Hans')).toContain('Automatic draft');
      expect(await page.locator('.vocab-report').textContent()).toBe('Drafts regenerated: 2; edited cells flagged: 0.');
      expect(await taxi.isChecked()).toBe(false);
      await taxi.click();
      await expect.poll(() => wb.cell(1, 'zh-Hans').inputValue()).toBe(DRAFT_1);

      // A project entry of one's own: added, edited, then deleted.
      await page.getByRole('button', { name: '+ Add entry' }).click();
      const form = page.getByTestId('vocab-form');
      await form.getByLabel('Traditional').fill('乘客');
      await form.getByLabel('Simplified').fill('旅客');
      await form.getByLabel('Applies to').selectOption({ label: 'This project' });
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => wb.cell(2, 'zh-Hans').inputValue()).toBe('公交车站旁边有很多旅客。');

      await page.getByRole('searchbox', { name: 'Filter vocabulary' }).fill('乘客');
      const entry = page.getByTestId('vocab-entry');
      await expect.poll(() => entry.count()).toBe(1);
      expect(await entry.locator('.vocab-meta').textContent()).toContain('projectuser');
      await entry.hover();
      await entry.getByRole('button', { name: 'Edit' }).click();
      await page.getByTestId('vocab-form').getByLabel('Simplified').fill('搭客');
      await page.getByTestId('vocab-form').getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => wb.cell(2, 'zh-Hans').inputValue()).toBe('公交车站旁边有很多搭客。');

      await entry.hover();
      await entry.getByRole('button', { name: 'Delete' }).click();
      await entry.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => wb.cell(2, 'zh-Hans').inputValue()).toBe(DRAFT_2);
      await expect.poll(() => entry.count()).toBe(0);

      if (process.env.SCREENSHOT_DIR) {
        await page.getByRole('searchbox', { name: 'Filter vocabulary' }).fill('');
        await wb.cell(1, 'zh-Hans').focus();
        await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'simplified-vocabulary.png') });
      }
    });
  });
});
