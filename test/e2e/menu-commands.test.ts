import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../core/api/events.ts';
import { EVENTS_GLOBAL } from '../../core/api/events.ts';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

/**
 * Stands in for the preload's event bridge, which only Electron provides, so the test can send
 * the page what the native menu sends (electron/main/menu.ts) and see the real UI respond.
 */
async function fakeShellEvents(page: Page): Promise<void> {
  await page.addInitScript((global) => {
    const listeners: ((event: unknown) => void)[] = [];
    Object.assign(window, {
      [global]: { subscribe: (listener: (event: unknown) => void) => (listeners.push(listener), () => listeners.splice(listeners.indexOf(listener), 1)) },
      emitShellEvent: (event: unknown) => listeners.forEach((listener) => listener(event)),
    });
  }, EVENTS_GLOBAL);
}

const emit = (page: Page, event: AppEvent) => page.evaluate((e) => (window as unknown as { emitShellEvent(e: unknown): void }).emitShellEvent(e), event);

describe('menu commands in Chromium', () => {
  const browser = useBrowser();
  const tempDir = useTempDir();

  it('opens the new-project form, the export and replace dialogs, and undoes and redoes a cell change', async () => {
    const dir = tempDir();
    const wb = await WorkbenchPage.open(browser(), dir, undefined, fakeShellEvents);
    try {
      const { page } = wb;
      const file = join(dir, '短文.txt');
      writeFileSync(file, '第一段。\n第二段。');
      await wb.importFile(file);

      await emit(page, { type: 'new-project' });
      await expect.poll(() => page.getByLabel('Name of the new project').evaluate((input) => input === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByLabel('Name of the new project').count()).toBe(0);

      await emit(page, { type: 'export' });
      await expect.poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('Export “短文”');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

      await emit(page, { type: 'replace' });
      await expect.poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('Find and replace');
      // As a user would: Escape once the dialog has taken the focus.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('replace-find');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await wb.cell(1, 'en').fill('First paragraph.');
      await expect.poll(async () => (await wb.backend.api.getDocument({ documentId: 1 })).paragraphs[0]!.targets.en.text).toBe('First paragraph.');
      await emit(page, { type: 'undo-document' });
      await expect.poll(() => wb.cell(1, 'en').inputValue()).toBe('');
      await expect.poll(() => page.getByTestId('history-report').textContent()).toBe('Undid edit in ¶1 English');
      await emit(page, { type: 'redo-document' });
      await expect.poll(() => wb.cell(1, 'en').inputValue()).toBe('First paragraph.');
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });
});
