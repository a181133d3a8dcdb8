import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startHttpHost, type HttpHost } from '../../service/http-host.ts';
import { openBackend, type Backend } from './backend.ts';
import { watchForEscapes } from './browser.ts';
import { RENDERER_DIR } from './build-output.ts';

export type Lang = 'en' | 'zh-Hans';

/** The real UI in Chromium over the test host, with helpers that address virtualised rows. */
export class WorkbenchPage {
  readonly page: Page;
  readonly host: HttpHost;
  readonly backend: Backend;
  readonly escapes: string[];

  private constructor(page: Page, host: HttpHost, backend: Backend) {
    this.page = page;
    this.host = host;
    this.backend = backend;
    this.escapes = watchForEscapes(page, host.url);
  }

  /** Opens the UI over a fresh database in dir, or over a backend the test prepared; beforeLoad runs before the page loads. */
  static async open(browser: Browser, dir: string, backend: Backend = openBackend(dir), beforeLoad?: (page: Page) => Promise<void>): Promise<WorkbenchPage> {
    const host = await startHttpHost(backend.service, RENDERER_DIR);
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await beforeLoad?.(page);
    const workbench = new WorkbenchPage(page, host, backend);
    await page.goto(host.url);
    return workbench;
  }

  /**
   * Opens the UI over a fresh database, imports the file through the dialog, runs the test
   * steps, checks that nothing left the app (no foreign request, dialog or page error), and closes.
   */
  static async session(browser: Browser, dir: string, file: string, run: (wb: WorkbenchPage) => Promise<void>): Promise<void> {
    const wb = await WorkbenchPage.open(browser, dir);
    try {
      await wb.importFile(file);
      await run(wb);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  }

  /** Paragraph n (1-based), found by its ARIA row index since only visible rows exist. */
  row(n: number) {
    return this.page.locator(`[data-testid="paragraph"][aria-rowindex="${n + 1}"]`);
  }

  cell(n: number, lang: Lang) {
    return this.row(n).locator(`textarea[lang="${lang}"]`);
  }

  status(n: number, lang: Lang) {
    return this.row(n).getByTestId(`status-${lang}`).textContent();
  }

  isFocused(n: number, lang: Lang) {
    return this.cell(n, lang).evaluate((el) => el === document.activeElement);
  }

  /** Chooses a file to import and waits for the import dialog's preview of it. */
  async openImportDialog(path: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(path);
    await this.page.getByTestId('import-preview').waitFor();
  }

  /** Imports a file through the import dialog, as detected, and waits for it to open. */
  async importFile(path: string): Promise<void> {
    const before = await this.page.locator('.document').count();
    await this.openImportDialog(path);
    await this.page.getByTestId('import-confirm').click();
    await expect.poll(() => this.page.locator('.document').count()).toBe(before + 1);
    await expect.poll(() => this.page.locator('.document').nth(before).getAttribute('aria-current')).toBe('page');
    await this.page.locator('[data-testid="paragraph"]').first().waitFor();
  }

  async saved(): Promise<void> {
    await expect.poll(() => this.page.getByTestId('save-state').textContent()).toMatch(/saved|已儲存|已保存/);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('[data-testid="paragraph"]').first().waitFor();
  }

  async close(): Promise<void> {
    await this.page.close();
    await this.host.close();
    this.backend.store.close();
  }
}
