import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../service/http-host.ts';
import { openBackend, type Backend } from '../support/backend.ts';
import { launchChromium, watchForEscapes } from '../support/browser.ts';
import { RENDERER_DIR, requireBuild } from '../support/build-output.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const hasSeed = sharedAvailable(SEED_PATH);
const ENGLISH_3 = 'Share to:';
const SIMPLIFIED_4 = '特区政府《财政预算案》提出全力发展人工智能(人工修订)';

describe.skipIf(!hasSeed)('the slice in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  let backend: Backend;
  let host: HttpHost;
  let browser: Browser;
  let page: Page;
  let escapes: string[];

  const row = (n: number) => page.locator('[data-testid="paragraph"]').nth(n - 1);
  const cell = (n: number, lang: 'en' | 'zh-Hans') => row(n).locator(`textarea[lang="${lang}"]`);
  const saved = () => expect.poll(() => page.getByTestId('save-state').textContent()).toBe('All changes saved');

  async function importSeed(): Promise<void> {
    await page.getByTestId('import-file').setInputFiles(SEED_PATH);
    await page.locator('[data-testid="paragraph"]').first().waitFor();
  }

  beforeAll(async () => {
    requireBuild();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('imports, edits, survives a reload, and offers a confirmed pair as an exact TM match', async () => {
    backend = openBackend(tempDir());
    host = await startHttpHost(backend.service, RENDERER_DIR);
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    escapes = watchForEscapes(page, host.url);
    try {
      await page.goto(host.url);
      await expect.poll(() => page.locator('.empty-state').count()).toBe(1);
      await importSeed();
      const seedLines = readFileSync(SEED_PATH, 'utf8').split('\n').filter((l) => l.trim() !== '');
      await expect.poll(() => page.locator('[data-testid="paragraph"]').count()).toBe(seedLines.length);

      // Source is shown read-only; Simplified is pre-filled from opencc-js and marked automatic.
      const source4 = await row(4).getByTestId('source').textContent();
      expect(await cell(4, 'zh-Hans').inputValue()).toBe(OpenCC.Converter({ from: 'hk', to: 'cn' })(source4 ?? ''));
      expect(await row(4).getByTestId('status-zh-Hans').textContent()).toBe('Automatic draft');
      expect(await row(4).getByTestId('source').evaluate((el) => (el as HTMLElement).isContentEditable)).toBe(false);

      await cell(3, 'en').fill(ENGLISH_3);
      await cell(4, 'zh-Hans').fill(SIMPLIFIED_4);
      await saved();
      expect(await row(4).getByTestId('status-zh-Hans').textContent()).toBe('Draft');

      await page.reload();
      await page.locator('[data-testid="paragraph"]').first().waitFor();
      expect(await cell(3, 'en').inputValue()).toBe(ENGLISH_3);
      expect(await cell(4, 'zh-Hans').inputValue()).toBe(SIMPLIFIED_4);

      // Ctrl+Enter confirms and moves on to the next paragraph.
      await cell(3, 'en').focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => row(3).getByTestId('status-en').textContent()).toBe('Translated');
      await expect.poll(() => cell(4, 'en').evaluate((el) => el === document.activeElement)).toBe(true);

      // The same source in a second document gets the confirmed pair as a 100% match.
      await importSeed();
      await expect.poll(() => page.locator('.document').count()).toBe(2);
      await expect.poll(() => page.locator('.document').nth(1).getAttribute('aria-current')).toBe('page');
      expect(await cell(3, 'en').inputValue()).toBe('');
      await cell(3, 'en').focus();
      const match = page.getByTestId('tm-match');
      await expect.poll(() => match.count()).toBe(1);
      expect(await match.locator('.score').textContent()).toBe('100%');
      expect(await match.textContent()).toContain(ENGLISH_3);

      // Clicking the match inserts it into the cell, and it is saved.
      await match.locator('button[lang="en"]').click();
      await expect.poll(() => cell(3, 'en').inputValue()).toBe(ENGLISH_3);
      await saved();

      if (process.env.SCREENSHOT_DIR) {
        await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'workbench-seed.png') });
      }
      expect(escapes).toEqual([]);
    } finally {
      await page.close();
      await host.close();
      backend.store.close();
    }
  });
});
