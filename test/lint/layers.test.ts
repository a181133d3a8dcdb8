import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../support/build-output.ts';

const eslint = new ESLint({ cwd: PROJECT_DIR });

/** The layer-rule messages ESLint gives for a one-line file at the given path. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(PROJECT_DIR, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['core/x.ts', "import { readFileSync } from 'node:fs';"],
    ['core/x.ts', "import { ipcMain } from 'electron';"],
    ['core/x.ts', "import { Store } from '../db/store.ts';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/src/x.ts', "import { WorkbenchService } from '../../service/workbench-service.ts';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['service/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/main/x.ts', "import Database from 'better-sqlite3';"],
    ['cli/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/preload/x.ts', "import { Store } from '../../db/store.ts';"],
    ['db/x.ts', "import { app } from 'electron';"],
  ])('%s may not: %s', async (path, code) => {
    expect((await violations(path, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['core/x.ts', "import { z } from 'zod';"],
    ['db/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/src/x.ts', "import { createClient } from '../../core/api/client.ts';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['service/x.ts', "import { Store } from '../db/store.ts';"],
  ])('%s may: %s', async (path, code) => {
    expect(await violations(path, code)).toEqual([]);
  });
});
