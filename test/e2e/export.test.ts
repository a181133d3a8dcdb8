import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ParagraphT } from '../../core/api/contract.ts';
import { fileStem } from '../../core/export/labels.ts';
import { typeIntoCell } from '../core/export/docx-parts.ts';
import { useBrowser } from '../support/browser.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage, type Lang } from '../support/workbench-page.ts';

const hasSeed = sharedAvailable(SEED_PATH);
const ENGLISH_6 = 'A robot dance video went viral online.';
const ENGLISH_8 = 'The SAR Government proposed developing AI as a key industry.';
/** The columns of a bilingual DOCX with both targets: #, source, English, Simplified. */
const DOCX_COLUMN = { source: 1, en: 2, 'zh-Hans': 3 } as const;

interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** The cells of every table row of an exported HTML file, with their lang attributes. */
function htmlRows(html: string): Map<string, { lang: string | undefined; className: string | undefined; text: string }[]> {
  type Node = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: Node[] };
  const text = (node: Node): string => (node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(text).join(''));
  const rows = new Map<string, { lang: string | undefined; className: string | undefined; text: string }[]>();
  const walk = (node: Node) => {
    const id = node.attribs?.['data-paragraph-id'];
    if (node.name === 'tr' && id) {
      const cells = (node.children ?? []).filter((child) => child.name === 'td');
      rows.set(id, cells.map((cell) => ({ lang: cell.attribs?.lang, className: cell.attribs?.class, text: text(cell) })));
    }
    (node.children ?? []).forEach(walk);
  };
  walk(parseDocument(html) as unknown as Node);
  return rows;
}

describe.skipIf(!hasSeed)('export and returned files through the dialogs, in headless Chromium', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withSeed(run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    const dir = tempDir();
    await WorkbenchPage.session(browser(), dir, SEED_PATH, run);
  }

  /** The document's paragraphs as the database holds them, read through the contract. */
  async function storedParagraphs(wb: WorkbenchPage) {
    const [doc] = await wb.backend.api.listDocuments({});
    return (await wb.backend.api.getDocument({ documentId: doc!.id })).paragraphs;
  }

  /** What an export writes by default: every paragraph but boilerplate (core/export/model.ts). */
  const translatable = (paragraphs: readonly ParagraphT[]) => paragraphs.filter((p) => p.kind !== 'boilerplate');

  async function fileStemOf(wb: WorkbenchPage): Promise<string> {
    const [doc] = await wb.backend.api.listDocuments({});
    return fileStem(doc!.title);
  }

  async function paragraphId(wb: WorkbenchPage, n: number): Promise<number> {
    return (await storedParagraphs(wb))[n - 1]!.id;
  }

  async function typeEnglish(wb: WorkbenchPage, cells: Record<number, string>): Promise<void> {
    for (const [n, text] of Object.entries(cells)) await wb.cell(Number(n), 'en').fill(text);
    await wb.saved();
  }

  async function confirm(wb: WorkbenchPage, n: number, lang: Lang): Promise<void> {
    await wb.cell(n, lang).focus();
    await wb.page.keyboard.press('Control+Enter');
    await expect.poll(() => wb.status(n, lang)).toContain('Translated');
  }

  function exportDialog(wb: WorkbenchPage): Locator {
    return wb.page.getByRole('dialog', { name: /^Export “/u });
  }

  /** Opens the export dialog, lets the test choose, clicks Export and catches the download. */
  async function exportFile(wb: WorkbenchPage, choose: (dialog: Locator) => Promise<void>): Promise<Downloaded> {
    if (!(await exportDialog(wb).isVisible())) await wb.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog(wb);
    await choose(dialog);
    const [download] = await Promise.all([wb.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  }

  const format = (dialog: Locator, group: string, label: string) => dialog.getByRole('group', { name: group }).getByLabel(label).check();

  /** The figures of the export summary, by their labels. */
  async function summary(dialog: Locator): Promise<Record<string, string>> {
    const box = dialog.getByTestId('export-summary');
    const labels = await box.locator('dt').allTextContents();
    const values = await box.locator('dd').allTextContents();
    return Object.fromEntries(labels.map((label, i) => [label, values[i]!]));
  }

  function reviewDialog(wb: WorkbenchPage): Locator {
    return wb.page.getByRole('dialog', { name: 'Import a reviewed file' });
  }

  async function pickReturnedFile(wb: WorkbenchPage, file: Downloaded, mimeType: string): Promise<Locator> {
    if (!(await reviewDialog(wb).isVisible())) await wb.page.getByRole('button', { name: 'Import reviewed file…' }).click();
    const dialog = reviewDialog(wb);
    await dialog.getByTestId('review-file').setInputFiles({ name: file.name, mimeType, buffer: file.bytes });
    return dialog;
  }

  async function screenshot(wb: WorkbenchPage, name: string): Promise<void> {
    if (process.env.SCREENSHOT_DIR) await wb.page.screenshot({ path: join(process.env.SCREENSHOT_DIR, name) });
  }

  it('exports a bilingual HTML table holding the source, the English typed and the Simplified column, with lang on every cell', async () => {
    await withSeed(async (wb) => {
      await typeEnglish(wb, { 6: ENGLISH_6, 8: ENGLISH_8 });
      const file = await exportFile(wb, (dialog) => format(dialog, 'Bilingual table', 'Web page (HTML)'));
      const stored = await storedParagraphs(wb);
      const exported = translatable(stored);
      expect(file.name).toBe(`${await fileStemOf(wb)}.bilingual.html`);

      const rows = htmlRows(file.bytes.toString('utf8'));
      expect([...rows.keys()]).toEqual(exported.map((p) => String(p.id)));
      expect(rows.get(String(stored[5]!.id))!.slice(1)).toEqual([
        { lang: 'zh-Hant', className: 'source', text: stored[5]!.source },
        { lang: 'en', className: 'en', text: ENGLISH_6 },
        { lang: 'zh-Hans', className: 'zh-Hans', text: await wb.cell(6, 'zh-Hans').inputValue() },
      ]);
      expect(stored[5]!.targets['zh-Hans'].text).not.toBe(stored[5]!.source);
      expect(rows.get(String(stored[7]!.id))![2]).toMatchObject({ lang: 'en', text: ENGLISH_8 });
      expect(rows.get(String(stored[6]!.id))![2]).toMatchObject({ lang: 'en', text: '' });
      expect(await summary(exportDialog(wb))).toEqual({
        'Paragraphs written': String(exported.length),
        'Left out by the “Include” choices': String(stored.length - exported.length),
      });
      await screenshot(wb, 'export-dialog.png');

      // Only the English column, boilerplate included; the last column left cannot be unticked.
      const englishOnly = await exportFile(wb, async (dialog) => {
        const columns = dialog.getByRole('group', { name: 'Target columns' });
        await columns.getByLabel('简体中文').uncheck();
        expect(await columns.getByLabel('English').isDisabled()).toBe(true);
        await dialog.getByLabel('Boilerplate (navigation, bylines)').check();
      });
      const allRows = htmlRows(englishOnly.bytes.toString('utf8'));
      expect(allRows.size).toBe(stored.length);
      for (const cells of allRows.values()) expect(cells.map((cell) => cell.lang)).toEqual(['en', 'zh-Hant', 'en']);
    });
  });

  it('exports an English plain-text edition, untranslated paragraphs filled with the source or left out, and reports how many', async () => {
    await withSeed(async (wb) => {
      await typeEnglish(wb, { 6: ENGLISH_6, 8: ENGLISH_8 });
      const stored = await storedParagraphs(wb);
      const exported = translatable(stored);
      const filled = await exportFile(wb, async (dialog) => {
        await format(dialog, 'One language', 'Plain text');
        await dialog.getByRole('group', { name: 'Language' }).getByLabel('English').check();
        await dialog.getByRole('group', { name: 'Untranslated paragraphs' }).getByLabel('Fill with the source text').check();
      });
      expect(filled.name).toBe(`${await fileStemOf(wb)}.en.txt`);
      const text = filled.bytes.toString('utf8');
      for (const line of [stored[1]!.source, ENGLISH_6, stored[6]!.source, ENGLISH_8]) expect(text).toContain(line);
      // Paragraph 6 is translated, and paragraph 3 is boilerplate: neither source is written.
      for (const line of [stored[5]!.source, stored[2]!.source]) expect(text).not.toContain(line);
      expect(await summary(exportDialog(wb))).toEqual({
        'Paragraphs written': String(exported.length),
        'Left out by the “Include” choices': String(stored.length - exported.length),
        'Untranslated, filled with the source': String(exported.length - 2),
      });

      const omitted = await exportFile(wb, (dialog) => dialog.getByRole('group', { name: 'Untranslated paragraphs' }).getByLabel('Leave out').check());
      expect(omitted.bytes.toString('utf8').trim().split(/\n+/u)).toEqual([ENGLISH_6, ENGLISH_8]);
      expect(await summary(exportDialog(wb))).toMatchObject({ 'Paragraphs written': '2', 'Untranslated, left out': String(exported.length - 2) });
    });
  });

  it('exports the confirmed pairs as TMX, and says clearly why an export failed', async () => {
    await withSeed(async (wb) => {
      await typeEnglish(wb, { 6: ENGLISH_6, 8: ENGLISH_8 });
      await confirm(wb, 6, 'en');
      const exported = translatable(await storedParagraphs(wb));
      const tmx = await exportFile(wb, async (dialog) => {
        await format(dialog, 'For other CAT tools', 'TMX (confirmed pairs)');
        await dialog.getByRole('group', { name: 'Language' }).getByLabel('English').check();
      });
      expect(tmx.name).toBe(`${await fileStemOf(wb)}.en.tmx`);
      const xml = tmx.bytes.toString('utf8');
      expect(xml).toContain(ENGLISH_6);
      expect(xml).not.toContain(ENGLISH_8);
      expect(await summary(exportDialog(wb))).toMatchObject({ 'Paragraphs written': '1', 'Not confirmed, left out': String(exported.length - 1) });

      // The document goes to the trash elsewhere (another window, the CLI) while the dialog is open.
      const [doc] = await wb.backend.api.listDocuments({});
      await wb.backend.api.trashDocument({ documentId: doc!.id });
      await exportDialog(wb).getByRole('button', { name: 'Export', exact: true }).click();
      await expect.poll(() => exportDialog(wb).getByRole('alert').textContent()).toBe(`The export failed: Document ${doc!.id} does not exist`);
      expect(await exportDialog(wb).getByTestId('export-summary').count()).toBe(0);
    });
  });

  it('re-imports a reviewed bilingual DOCX: shows the per-cell diff, applies the accepted cells as Reviewed', async () => {
    await withSeed(async (wb) => {
      await typeEnglish(wb, { 6: ENGLISH_6, 8: ENGLISH_8 });
      const docx = await exportFile(wb, (dialog) => format(dialog, 'Bilingual table', 'Word (DOCX)'));
      expect(docx.name).toBe(`${await fileStemOf(wb)}.bilingual.docx`);
      await wb.page.keyboard.press('Escape');
      await expect.poll(() => exportDialog(wb).count()).toBe(0);

      // The translator keeps working on paragraph 8 after the export; the reviewer edits 6, 8 and 9.
      await typeEnglish(wb, { 8: 'The SAR Government proposes developing AI.' });
      const simplified9 = await wb.cell(9, 'zh-Hans').inputValue();
      let reviewed = typeIntoCell(docx.bytes, await paragraphId(wb, 6), DOCX_COLUMN.en, 'A robot dance video went viral on the internet.');
      reviewed = typeIntoCell(reviewed, await paragraphId(wb, 8), DOCX_COLUMN.en, 'The SAR Government made AI a key industry.');
      reviewed = typeIntoCell(reviewed, await paragraphId(wb, 9), DOCX_COLUMN['zh-Hans'], '审校者改过的第九段');

      const dialog = await pickReturnedFile(wb, { name: 'reviewed.docx', bytes: Buffer.from(reviewed) }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const cells = 2 * translatable(await storedParagraphs(wb)).length;
      await expect.poll(() => dialog.getByTestId('review-summary').textContent()).toContain(`Changed cells: 3 · unchanged: ${cells - 3}`);
      const changes = dialog.getByTestId('review-change');
      expect(await changes.count()).toBe(3);
      const row6 = changes.filter({ hasText: 'went viral' });
      expect(await row6.getByTestId('before-text').textContent()).toBe(ENGLISH_6);
      expect(await row6.locator('del').allTextContents()).toEqual(['online']);
      expect(await row6.locator('ins').allTextContents()).toEqual(['on the internet']);
      expect(await row6.locator('td.number').textContent()).toBe('6');
      expect(await row6.getByTestId('changed-since-export').count()).toBe(0);
      const row8 = changes.filter({ hasText: 'a key industry' });
      expect(await row8.getByTestId('changed-since-export').count()).toBe(1);
      expect(await row8.getByTestId('before-text').textContent()).toBe('The SAR Government proposes developing AI.');
      await screenshot(wb, 'review-import-dialog.png');

      // Every change is accepted by default; the translator rejects the Simplified one.
      await changes.filter({ hasText: '审校者改过的第九段' }).getByRole('checkbox').uncheck();
      await dialog.getByRole('checkbox', { name: /Mark the applied cells Reviewed/u }).check();
      await dialog.getByRole('button', { name: 'Apply changes (2)' }).click();
      await expect.poll(() => dialog.getByTestId('review-applied').textContent()).toMatch(/: 2$/u);
      await dialog.getByRole('button', { name: 'Close' }).click();

      await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe('A robot dance video went viral on the internet.');
      expect(await wb.status(6, 'en')).toContain('Reviewed');
      expect(await wb.cell(8, 'en').inputValue()).toBe('The SAR Government made AI a key industry.');
      expect(await wb.status(8, 'en')).toContain('Reviewed');
      expect(await wb.cell(9, 'zh-Hans').inputValue()).toBe(simplified9);
      const stored = await storedParagraphs(wb);
      expect(stored[5]!.targets.en).toMatchObject({ text: 'A robot dance video went viral on the internet.', status: 'reviewed' });
      expect(stored[8]!.targets['zh-Hans'].text).toBe(simplified9);
      await wb.reload();
      expect(await wb.status(6, 'en')).toContain('Reviewed');
    });
  });

  it('refuses a DOCX whose source text was changed, says why, and changes nothing', async () => {
    await withSeed(async (wb) => {
      await typeEnglish(wb, { 6: ENGLISH_6 });
      const docx = await exportFile(wb, (dialog) => format(dialog, 'Bilingual table', 'Word (DOCX)'));
      await wb.page.keyboard.press('Escape');
      const before = await storedParagraphs(wb);
      const id = before[5]!.id;
      const damaged = typeIntoCell(typeIntoCell(docx.bytes, id, DOCX_COLUMN.source, '被改動的原文'), id, DOCX_COLUMN.en, 'Changed');

      const dialog = await pickReturnedFile(wb, { name: 'damaged.docx', bytes: Buffer.from(damaged) }, 'application/octet-stream');
      const alert = dialog.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('This file cannot be imported. Nothing was changed.');
      const row = translatable(before).findIndex((p) => p.id === id) + 1;
      expect(await alert.textContent()).toContain(`source text in row ${row} (# 6) was changed`);
      expect(await dialog.getByTestId('review-change').count()).toBe(0);
      expect(await dialog.getByRole('button', { name: /^Apply/u }).count()).toBe(0);
      expect(await storedParagraphs(wb)).toEqual(before);
    });
  });

  for (const version of ['XLIFF 2.0', 'XLIFF 1.2']) {
    it(`round-trips an English ${version} file through export and import`, async () => {
      await withSeed(async (wb) => {
        await typeEnglish(wb, { 6: ENGLISH_6 });
        await confirm(wb, 6, 'en');
        const xliff = await exportFile(wb, async (dialog) => {
          await format(dialog, 'For other CAT tools', version);
          await dialog.getByRole('group', { name: 'Language' }).getByLabel('English').check();
        });
        expect(xliff.name).toBe(`${await fileStemOf(wb)}.en.${version === 'XLIFF 2.0' ? '' : 'xliff12.'}xlf`);
        await wb.page.keyboard.press('Escape');

        // After the export the cell is changed here; importing the file brings the exported translation back.
        await typeEnglish(wb, { 6: 'Overwritten after the export.' });
        await expect.poll(() => wb.status(6, 'en')).toContain('Draft');
        const dialog = await pickReturnedFile(wb, xliff, 'application/xliff+xml');
        await expect.poll(() => dialog.getByTestId('review-summary').textContent()).toContain(`${version}, English · units: ${translatable(await storedParagraphs(wb)).length} · changed: 1`);
        const change = dialog.getByTestId('review-change');
        expect(await change.count()).toBe(1);
        expect(await change.getByTestId('before-text').textContent()).toBe('Overwritten after the export.');
        expect(await change.getByTestId('after-text').textContent()).toBe(ENGLISH_6);
        expect(await change.locator('.change-status').allTextContents()).toEqual(['Draft', 'Translated']);
        expect(await change.getByRole('checkbox').count()).toBe(0);
        await dialog.getByRole('button', { name: 'Apply changes (1)' }).click();
        await expect.poll(() => dialog.getByTestId('review-applied').textContent()).toMatch(/: 1$/u);

        await expect.poll(() => wb.cell(6, 'en').inputValue()).toBe(ENGLISH_6);
        await expect.poll(() => wb.status(6, 'en')).toContain('Translated');

        // Lossless: the same file again finds nothing to change.
        await pickReturnedFile(wb, xliff, 'application/xliff+xml');
        await expect.poll(() => dialog.textContent()).toContain('there is nothing to import');
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect.poll(() => reviewDialog(wb).count()).toBe(0);
      });
    });
  }
});
