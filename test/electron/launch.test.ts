/**
 * Launches the real Electron app where its binary exists. Here (no Electron download)
 * it is skipped, and says so. It never requires 'electron', which would start a download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR, requireBuild } from '../support/build-output.ts';
import { useTempDir } from '../support/temp.ts';

function electronBinary(): string | null {
  const pathFile = resolve(PROJECT_DIR, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = resolve(PROJECT_DIR, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.warn('SKIPPED: the Electron launch test needs the Electron binary, which is not installed here.');

describe.skipIf(!binary)('the Electron app', () => {
  const tempDir = useTempDir();

  it('opens the built-in sample in a secure window, and keeps an edit across a restart', async () => {
    requireBuild();
    const userData = tempDir();
    const launch = () =>
      electron.launch({ executablePath: binary ?? '', args: [PROJECT_DIR], env: { ...process.env, WORKBENCH_USER_DATA: userData } });
    const englishCell = '[data-testid="paragraph"][aria-rowindex="3"] textarea[lang="en"]';

    const first = await launch();
    try {
      const window = await first.firstWindow();
      await window.locator('[data-testid="paragraph"]').first().waitFor();
      expect(await window.locator('[data-testid="paragraph"]').count()).toBeGreaterThan(3);
      // The sandboxed page has no Node, only the contract's bridge.
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((globalThis as { workbench?: object }).workbench ?? {}).length)).toBeGreaterThan(10);
      expect(window.url()).toBe('app://workbench/index.html');
      await window.locator(englishCell).fill('Fares on some bus routes will rise by 3 per cent.');
      await expect.poll(() => window.getByTestId('save-state').textContent()).toBe('All changes saved');
    } finally {
      await first.close();
    }

    const second = await launch();
    try {
      const window = await second.firstWindow();
      await window.locator(englishCell).waitFor();
      expect(await window.locator(englishCell).inputValue()).toBe('Fares on some bus routes will rise by 3 per cent.');
    } finally {
      await second.close();
    }
  });
});
