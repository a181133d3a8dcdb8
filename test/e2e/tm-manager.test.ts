import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { tmxOf } from '../support/tmx.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const REFERENCE: [string, string][] = [
  ['港鐵票價維持不變。', 'MTR fares are frozen.'],
  ['天文台預測明天有雨。', 'The Observatory forecasts rain tomorrow.'],
  ['政府今日公布財政預算。', 'The Government announced the budget today.'],
];

describe('the translation memories manager in Chromium', () => {
  const browser = useBrowser();
  const tempDir = useTempDir();

  it('makes a memory, attaches it with a penalty, and edits and deletes its units', async () => {
    const dir = tempDir();
    const doc = join(dir, '票價.txt');
    const tmx = join(dir, 'reference.tmx');
    writeFileSync(doc, '港鐵票價維持不變。\n天文台預測明天有雨。\n');
    writeFileSync(tmx, tmxOf(REFERENCE));
    await WorkbenchPage.session(browser(), dir, doc, async (wb) => {
      const { page } = wb;
      const dialog = page.locator('dialog.tm-manager');
      const report = dialog.getByTestId('tm-manager-report');
      const reference = dialog.getByTestId('tm-memory').filter({ hasText: 'Reference' });
      const openManager = async () => {
        await page.getByTestId('tm-manage').click();
        await dialog.waitFor();
      };
      const closeManager = async () => {
        await dialog.getByRole('button', { name: 'Close' }).click();
        await dialog.waitFor({ state: 'detached' });
      };

      await page.locator('.tm-tools summary').click();
      await openManager();
      await dialog.getByLabel('Name of a new memory').fill('Reference');
      await dialog.getByRole('button', { name: 'Create memory' }).click();
      await expect.poll(() => report.textContent()).toBe('Created Reference.');
      await reference.getByTestId('tm-import-into').setInputFiles(tmx);
      await expect.poll(() => report.textContent()).toBe('Imported 3 of 3 units.');
      await expect.poll(() => reference.locator('.tm-count').textContent()).toBe('3');

      // A penalty out of range is refused before anything is sent.
      await reference.getByTestId('tm-penalty').fill('150');
      await reference.getByTestId('tm-attach').click();
      expect(await reference.getByTestId('tm-attach').isChecked()).toBe(false);
      await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('A penalty is a whole number from 0 to 100.');
      expect(await wb.backend.api.projectMemories({ projectId: 1 })).toEqual([]);

      await reference.getByTestId('tm-penalty').fill('12');
      // The box shows what is stored: it ticks once the attachment is saved.
      await reference.getByTestId('tm-attach').click();
      await expect.poll(() => reference.getByTestId('tm-attach').isChecked()).toBe(true);
      await expect.poll(() => report.textContent()).toBe('Reference is attached with a penalty of 12.');
      expect(await wb.backend.api.projectMemories({ projectId: 1 })).toEqual([expect.objectContaining({ name: 'Reference', penalty: 12, writable: false })]);
      await closeManager();

      // The exact match comes from the attached memory, named, with its penalty off the score.
      await wb.cell(1, 'en').focus();
      const match = page.getByTestId('tm-match').first();
      await expect.poll(() => match.locator('.score').textContent()).toBe('88%');
      expect(await match.locator('.match-origin').textContent()).toContain('Reference');
      expect(await match.locator('.match-origin').textContent()).toContain('−12');

      // Changing the penalty (Enter or leaving the field) saves it.
      await openManager();
      await reference.getByTestId('tm-penalty').fill('5');
      await reference.getByTestId('tm-penalty').press('Enter');
      await expect.poll(() => report.textContent()).toBe('Reference is attached with a penalty of 5.');
      await closeManager();
      await expect.poll(() => match.locator('.score').textContent()).toBe('95%');

      // Browse, edit a unit in place.
      await openManager();
      await reference.getByRole('button', { name: 'Browse units' }).click();
      const units = dialog.getByTestId('tm-unit');
      await expect.poll(() => units.count()).toBe(3);
      await dialog.getByTestId('tm-unit-search').fill('天文台');
      await dialog.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => units.count()).toBe(1);
      await units.first().getByRole('button', { name: 'Edit' }).click();
      await units.first().getByTestId('tm-unit-en').fill('Rain is expected tomorrow.');
      await units.first().getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => report.textContent()).toBe('Unit saved.');
      await expect.poll(() => units.first().textContent()).toContain('Rain is expected tomorrow.');
      const [stored] = (await wb.backend.api.listTmUnits({ tmId: 1, query: '天文台' })).hits;
      expect(stored).toMatchObject({ en: 'Rain is expected tomorrow.' });

      // Delete a unit, after confirming; the match it gave goes from the panel.
      await dialog.getByTestId('tm-unit-search').fill('港鐵');
      await dialog.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => units.first().textContent()).toContain('MTR fares are frozen.');
      await units.first().getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => units.first().textContent()).toContain('Delete this unit from Reference?');
      await units.first().getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => report.textContent()).toBe('Unit deleted.');
      await expect.poll(() => units.count()).toBe(0);
      await expect.poll(() => reference.locator('.tm-count').textContent()).toBe('2');
      expect((await wb.backend.api.listTmUnits({ tmId: 1, query: '港鐵' })).hits).toEqual([]);
      await closeManager();
      await expect.poll(() => page.getByTestId('tm-match').count()).toBe(0);
    });
  });
});
