/**
 * A hostile Word document (script tags and HTML in its text, a javascript: link, a tracking link,
 * remote pictures) goes through the real UI in Chromium: imported, shown in the grid, exported as
 * HTML, and the export opened too. Any request that leaves the app, any dialog (an alert) and any
 * page error fails the test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, watchForEscapes } from '../support/browser.ts';
import { HOSTILE_DOCX_TEXT, hostileDocx } from '../support/hostile-docx.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

/** Elements through which a document could run or fetch something. */
const ACTIVE_MARKUP = 'img, script, iframe, a, link, object, embed, svg, video, audio, source, [style*="url("], [onerror], [onclick]';

/** Collects Content-Security-Policy violations: a blocked load is still an attempt to load. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('a hostile DOCX in headless Chromium', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  it('imports as text only, shows in the grid, and exports to HTML that runs and loads nothing either', async () => {
    const dir = tempDir();
    const file = join(dir, 'hostile.docx');
    writeFileSync(file, hostileDocx());
    const wb = await WorkbenchPage.open(browser(), dir);
    try {
      const { page } = wb;
      // The watch must be in place before the page's own scripts run: load the page again with it.
      await recordCspViolations(page);
      await page.reload();
      await page.getByTestId('import-file').waitFor({ state: 'attached' });

      await wb.openImportDialog(file);
      expect(await page.getByTestId('import-file-name').textContent()).toBe('hostile.docx');
      expect(await page.locator('[data-testid="preview-paragraph"] .text').allTextContents()).toEqual(HOSTILE_DOCX_TEXT);
      expect(await page.locator(`[data-testid="import-preview"] :is(${ACTIVE_MARKUP})`).count()).toBe(0);
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByTestId('source').allTextContents()).toEqual(HOSTILE_DOCX_TEXT);
      const stored = await wb.backend.api.getDocument({ documentId: (await wb.backend.api.listDocuments({})).at(-1)!.id });
      expect(stored.paragraphs.map((p) => p.source)).toEqual(HOSTILE_DOCX_TEXT);
      expect(await page.locator(`[role="grid"] :is(${ACTIVE_MARKUP})`).count()).toBe(0);
      expect(await page.getByTestId('source').evaluateAll((cells) => cells.reduce((n, cell) => n + cell.children.length, 0))).toBe(0);

      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: /^Export “/u });
      await dialog.getByRole('group', { name: 'Bilingual table' }).getByLabel('Web page (HTML)').check();
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      const exported = join(dir, download.suggestedFilename());
      writeFileSync(exported, readFileSync((await download.path())!));
      // An onerror handler or a delayed script would have had its moment by now.
      await page.waitForTimeout(300);
      expect(await cspViolations(page)).toEqual([]);
      expect(wb.escapes).toEqual([]);

      await expectInertExport(await browser().newPage(), exported);
    } finally {
      await wb.close();
    }
  });

  /** Opens the exported file straight from disk, as a reviewer would, with the same watch. */
  async function expectInertExport(page: Page, file: string): Promise<void> {
    const url = pathToFileURL(file).href;
    const escapes = watchForEscapes(page, url);
    await recordCspViolations(page);
    try {
      await page.goto(url);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('第一段文字&lt;script&gt;alert(&#39;run&#39;)&lt;/script&gt;繼續。');
      expect(html).not.toMatch(/javascript:|example\.invalid|<img|<script/iu);
      expect(await page.locator(ACTIVE_MARKUP).count()).toBe(0);
      const sources = await page.locator('td.source').allTextContents();
      expect(sources).toEqual(HOSTILE_DOCX_TEXT);
      await page.waitForTimeout(300);
      expect(await cspViolations(page)).toEqual([]);
      expect(escapes).toEqual([]);
    } finally {
      await page.close();
    }
  }
});
