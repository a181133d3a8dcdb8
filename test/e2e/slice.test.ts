import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const hasSeed = sharedAvailable(SEED_PATH);
const ENGLISH_3 = 'Share to:';
const SIMPLIFIED_4 = '特区政府《财政预算案》提出全力发展人工智能(人工修订)';

describe.skipIf(!hasSeed)('the slice in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  it('imports, edits, survives a reload, and offers a confirmed pair as an exact TM match', async () => {
    const wb = await WorkbenchPage.open(browser(), tempDir());
    const { page } = wb;
    try {
      await expect.poll(() => page.locator('.empty-state').count()).toBe(1);
      await wb.importFile(SEED_PATH);
      const seedLines = readFileSync(SEED_PATH, 'utf8').split('\n').filter((l) => l.trim() !== '');
      await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(seedLines.length + 1));

      // Source is shown read-only; Simplified is pre-filled from opencc-js and marked automatic.
      const source4 = await wb.row(4).getByTestId('source').textContent();
      expect(await wb.cell(4, 'zh-Hans').inputValue()).toBe(OpenCC.Converter({ from: 'hk', to: 'cn' })(source4 ?? ''));
      expect(await wb.status(4, 'zh-Hans')).toContain('Automatic draft');
      expect(await wb.row(4).getByTestId('source').evaluate((el) => (el as HTMLElement).isContentEditable)).toBe(false);

      await wb.cell(3, 'en').fill(ENGLISH_3);
      await wb.cell(4, 'zh-Hans').fill(SIMPLIFIED_4);
      await wb.saved();
      expect(await wb.status(4, 'zh-Hans')).toContain('Draft');

      await wb.reload();
      expect(await wb.cell(3, 'en').inputValue()).toBe(ENGLISH_3);
      expect(await wb.cell(4, 'zh-Hans').inputValue()).toBe(SIMPLIFIED_4);

      // Ctrl+Enter confirms and moves on to the next paragraph.
      await wb.cell(3, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => wb.status(3, 'en')).toContain('Translated');
      await expect.poll(() => wb.isFocused(4, 'en')).toBe(true);

      // The same source in a second document gets the confirmed pair as an exact match.
      await wb.importFile(SEED_PATH);
      expect(await wb.cell(3, 'en').inputValue()).toBe('');
      await wb.cell(3, 'en').focus();
      const match = page.getByTestId('tm-match');
      await expect.poll(() => match.count()).toBe(1);
      // Same source and same neighbours: an exact match in context, which scores 101.
      expect(await match.locator('.score').textContent()).toBe('101%');
      expect(await match.textContent()).toContain(ENGLISH_3);

      // Clicking the match inserts it into the cell, and it is saved.
      await match.locator('button[lang="en"]').click();
      await expect.poll(() => wb.cell(3, 'en').inputValue()).toBe(ENGLISH_3);
      await wb.saved();

      if (process.env.SCREENSHOT_DIR) {
        await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'workbench-seed.png') });
      }
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });
});
