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

  it('opens the built-in sample in a secure window', async () => {
    requireBuild();
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [PROJECT_DIR],
      env: { ...process.env, WORKBENCH_USER_DATA: tempDir() },
    });
    try {
      const window = await app.firstWindow();
      await window.locator('[data-testid="paragraph"]').first().waitFor();
      expect(await window.locator('[data-testid="paragraph"]').count()).toBeGreaterThan(3);
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
