/**
 * The Backups dialog in headless Chromium over a real SQLite file: back up now, restore (after a
 * confirm step) while the app runs, undo the restore from its safety backup, set how many
 * backups are kept, and a damaged backup refused with the data left as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../db/backup.ts';
import { openBackend } from '../support/backend.ts';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const TYPED = 'The SAR Government announced new measures today.';

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `backups-${name}.png`) });
}

describe('backups from the UI in headless Chromium', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  it('backs up, restores after a confirm step, reloads the documents, undoes the restore and keeps N', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const backend = openBackend(dir);
    await backend.api.importText({ title: '早上的新聞', text: '香港特區政府今日宣佈新措施。\n港鐵票價維持不變。' });
    const wb = await WorkbenchPage.open(browser(), dir, backend);
    try {
      const { page } = wb;
      await page.locator('[data-testid="paragraph"]').first().waitFor();
      const dialog = page.getByRole('dialog', { name: 'Backups' });
      const rows = dialog.getByTestId('backup-row');
      const status = () => dialog.getByTestId('backups-status').textContent();
      const documents = () => page.locator('.document .title').allTextContents();
      const open = async () => {
        await page.getByTestId('backups-open').click();
        await expect.poll(() => dialog.getByTestId('backups-keep').inputValue()).not.toBe('');
      };
      const close = async () => {
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect.poll(() => dialog.count()).toBe(0);
      };
      const askToRestore = async (row: Locator) => {
        await row.getByRole('button', { name: 'Restore…' }).click();
        const confirm = dialog.getByTestId('backup-confirm');
        await confirm.waitFor();
        return confirm;
      };

      await open();
      expect(await dialog.getByTestId('backups-keep').inputValue()).toBe('10');
      expect(await dialog.textContent()).toContain('No backups yet.');
      expect(await dialog.getByTestId('backups-folder').textContent()).toBe(`Kept in ${backupDir(backend.dbPath)}`);
      await dialog.getByTestId('backup-now').click();
      await expect.poll(() => rows.count()).toBe(1);
      const [made] = await backend.api.listBackups({});
      expect(await rows.first().getAttribute('data-name')).toBe(made!.name);
      expect(await rows.first().locator('td').allTextContents()).toEqual([expect.any(String), 'Backed up by hand', expect.stringMatching(/^\d+ KB$/u), 'Restore…']);
      expect(await status()).toMatch(/^Backed up \(.+\)\.$/u);
      await close();

      // Work after the backup, through the UI: an edit and a second document.
      await wb.cell(1, 'en').fill(TYPED);
      await wb.saved();
      const text = join(dir, '下午.txt');
      writeFileSync(text, '天文台發出酷熱天氣警告。\n市民應多喝水。\n');
      await wb.importFile(text);
      expect(await documents()).toEqual(['早上的新聞', '下午']);

      // "Restore…" asks first, says a safety backup is made, and Cancel changes nothing.
      await open();
      let confirm = await askToRestore(rows.first());
      expect(await confirm.textContent()).toContain('A safety backup of the current state is made first');
      // Focus starts on the safe choice.
      expect(await confirm.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement)).toBe(true);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => confirm.count()).toBe(0);
      expect(await backend.api.listBackups({})).toHaveLength(1);
      expect(await backend.api.listDocuments({})).toHaveLength(2);

      confirm = await askToRestore(rows.first());
      await shot(page, 'confirm');
      await confirm.getByTestId('backup-confirm-restore').click();
      await expect.poll(status).toMatch(/^Restored the backup made .+\. The state before it is kept as a backup made .+\.$/u);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-reason')))).toEqual(['restore', 'manual']);
      await shot(page, 'restored');
      await close();
      await expect.poll(documents).toEqual(['早上的新聞']);
      await expect.poll(() => wb.cell(1, 'en').inputValue()).toBe('');

      // The safety backup undoes the restore: the second document and the edit come back.
      await open();
      await (await askToRestore(rows.first())).getByTestId('backup-confirm-restore').click();
      await expect.poll(status).toMatch(/^Restored/u);
      await close();
      await expect.poll(documents).toEqual(['早上的新聞', '下午']);
      await expect.poll(() => wb.cell(1, 'en').inputValue()).toBe(TYPED);

      // Keep N: a smaller number prunes at once and stays set.
      await open();
      expect(await rows.count()).toBe(3);
      await dialog.getByTestId('backups-keep').fill('2');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect.poll(status).toBe('Backups kept: the newest 2.');
      expect(await rows.count()).toBe(2);
      expect(await backend.api.getBackupSettings({})).toMatchObject({ keep: 2 });
      // Out of range, the form is not sent: the field says why, and the number set stays.
      await dialog.getByTestId('backups-keep').fill('0');
      await dialog.getByRole('button', { name: 'Save' }).click();
      expect(await dialog.getByTestId('backups-keep').evaluate((input: HTMLInputElement) => input.validity.rangeUnderflow)).toBe(true);
      expect(await backend.api.getBackupSettings({})).toMatchObject({ keep: 2 });
      await dialog.getByTestId('backups-keep').fill('2');
      await shot(page, 'dialog');
      await close();

      // A damaged backup is refused with a clear message, and the open work is untouched.
      writeFileSync(join(backupDir(backend.dbPath), 'workbench-2099-01-01T00-00-00-000Z-manual.sqlite'), 'not a database '.repeat(300));
      await open();
      await (await askToRestore(rows.first())).getByTestId('backup-confirm-restore').click();
      await expect.poll(() => dialog.getByTestId('backups-error').textContent()).toMatch(/is not a readable database .*Nothing was changed/u);
      await close();
      expect(await documents()).toEqual(['早上的新聞', '下午']);
      expect(await wb.cell(1, 'en').inputValue()).toBe(TYPED);
      expect((await backend.api.listDocuments({})).map((d) => d.title)).toEqual(['早上的新聞', '下午']);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });
});
