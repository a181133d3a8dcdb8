import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../support/build-output.ts';
import { useTempDir } from '../support/temp.ts';

const GATE = resolve(PROJECT_DIR, 'scripts/electronegativity-gate.ts');

async function gate(dir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [GATE, dir]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('the Electronegativity gate', () => {
  const tempDir = useTempDir();

  it('fails a build that turns off context isolation, reading the findings from SARIF', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'main'));
    writeFileSync(
      join(dir, 'main/index.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const result = await gate(dir);
    expect(result.code).toBe(1);
    // The allow-list covers only the reviewed construction through mainWindowOptions(), not this one.
    expect(result.stdout).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK main\/index\.js/);
  });
});
