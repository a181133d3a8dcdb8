import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

/** Text files big enough that their import runs through many progress checkpoints. */
function writeLongText(dir: string, paragraphs: number): string {
  const path = join(dir, '長文件.txt');
  writeFileSync(path, Array.from({ length: paragraphs }, (_, i) => `第${i + 1}段：香港特區政府今日宣佈，將於下月推出新一輪支援措施。`).join('\n'));
  return path;
}

function writeBigTmx(dir: string, units: number): string {
  const path = join(dir, 'big.tmx');
  const body = Array.from(
    { length: units },
    (_, i) => `<tu><tuv xml:lang="zh-HK"><seg>第${i}段：運輸署公佈新一輪巴士路線重組計劃。</seg></tuv><tuv xml:lang="en"><seg>Item ${i}: the Transport Department announced a bus route plan.</seg></tuv></tu>\n`,
  );
  writeFileSync(path, `<tmx version="1.4"><header/><body>\n${body.join('')}</body></tmx>`);
  return path;
}

/**
 * Clicks the progress bar's Cancel from inside the page as soon as its text matches, and keeps
 * what it showed. In the page, because the test host shares this process with Playwright and a
 * running job delays Playwright's own round trips past the moment to act.
 */
async function cancelWhenShown(page: Page, shows: RegExp): Promise<void> {
  await page.evaluate((pattern) => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    const observer = new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="job-progress"]');
      const text = bar?.querySelector('.job-phase')?.textContent ?? '';
      if (!bar || !new RegExp(pattern).test(text)) return;
      seen.push(text);
      observer.disconnect();
      bar.querySelector<HTMLButtonElement>('[data-testid="job-cancel"]')!.click();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, shows.source);
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

describe('progress and cancel for long operations in Chromium', () => {
  const browser = useBrowser();
  const tempDir = useTempDir();

  it('shows a TMX import’s progress in per cent, and Cancel leaves the memory as it was', async () => {
    const dir = tempDir();
    const wb = await WorkbenchPage.open(browser(), dir);
    try {
      const { page } = wb;
      const small = join(dir, 'short.txt');
      writeFileSync(small, '第一段。\n第二段。');
      await wb.importFile(small);
      const before = await wb.backend.api.tmStats({});
      await page.locator('.tm-tools summary').click();
      await cancelWhenShown(page, /Reading the file… [1-9]\d*%/);
      await page.getByTestId('tmx-file').setInputFiles(writeBigTmx(dir, 120_000));
      await expect.poll(() => page.getByTestId('tm-report').textContent(), { timeout: 30_000 }).toBe('Cancelled. Nothing was changed.');
      expect(await progressSeen(page)).toEqual([expect.stringMatching(/^Reading the file… [1-9]\d?%$/)]);
      expect(await page.getByTestId('job-progress').count()).toBe(0);
      expect(await wb.backend.api.tmStats({})).toEqual(before);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });

  it('cancels a document import while it drafts, and no document is added', async () => {
    const dir = tempDir();
    const wb = await WorkbenchPage.open(browser(), dir);
    try {
      const { page } = wb;
      const documents = await page.locator('.document').count();
      await wb.openImportDialog(writeLongText(dir, 60_000));
      await cancelWhenShown(page, /Drafting the Simplified column… [1-9]\d*%/);
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByRole('dialog').getByRole('status').first().textContent(), { timeout: 30_000 }).toBe('Cancelled. Nothing was changed.');
      expect(await progressSeen(page)).toEqual([expect.stringMatching(/^Drafting the Simplified column… [1-9]\d?%$/)]);
      expect(await wb.backend.api.listDocuments({})).toHaveLength(documents);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
      expect(await page.locator('.document').count()).toBe(documents);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });

  it('cancels an export, and nothing is downloaded', async () => {
    const dir = tempDir();
    const wb = await WorkbenchPage.open(browser(), dir);
    try {
      const { page } = wb;
      await wb.importFile(writeLongText(dir, 8_000));
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog');
      // The DOCX packer reports no progress, so the bar has no percentage; Cancel discards the file.
      await cancelWhenShown(page, /^(Starting|Reading the file|Building the file)…$/);
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect.poll(() => dialog.getByRole('status').last().textContent(), { timeout: 30_000 }).toBe('Cancelled. Nothing was changed.');
      expect(await progressSeen(page)).toHaveLength(1);
      expect(downloads).toBe(0);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });
});
