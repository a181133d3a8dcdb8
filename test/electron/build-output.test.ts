/**
 * Electron cannot be launched on this machine, so its known traps are checked in the
 * built files: a sandboxed preload must be CommonJS and self-contained, native modules
 * stay external and unpacked, and the page ships a strict Content Security Policy.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, matchesGlob, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUT_DIR, PROJECT_DIR, RENDERER_DIR, requireBuild } from '../support/build-output.ts';
import { SPELLING_VARIANTS } from '../../core/qa/spelling.ts';
import { DICTIONARY_PACKAGES, englishDictionaryFiles } from '../../service/spelling.ts';

const read = (path: string) => readFileSync(resolve(OUT_DIR, path), 'utf8');

describe('the built Electron app', () => {
  beforeAll(requireBuild);

  it('builds the preload as CommonJS that requires nothing but electron', () => {
    const preload = read('preload/index.cjs');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('loads SQLite only in the backend process, as an external native module', () => {
    const backend = read('main/backend.js');
    expect(backend).toMatch(/from ["']better-sqlite3["']/);
    expect(backend).toContain('parentPort');
    const main = read('main/index.js');
    expect(main).not.toMatch(/from ["']better-sqlite3["']|require\(["']better-sqlite3["']\)/);
    expect(main).toContain('backend.js');
  });

  it('points the window at the built preload and the app:// page', () => {
    const main = read('main/index.js');
    expect(main).toContain('preload/index.cjs');
    expect(existsSync(resolve(OUT_DIR, 'preload/index.cjs'))).toBe(true);
    expect(main).toMatch(/registerSchemesAsPrivileged/);
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('ships a strict CSP and loads nothing remote', () => {
    const html = readFileSync(resolve(RENDERER_DIR, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)|https?:/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(resolve(PROJECT_DIR, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  const packageJson = JSON.parse(readFileSync(resolve(PROJECT_DIR, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('names an app id, a product name and every file the app needs at run time', () => {
    requireBuild();
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Bilingual Workbench');
    const files = config.files as string[];
    expect(files).toContain('package.json');
    expect(packageJson.main).toBe('out/main/index.js');
    // Each file the app loads at run time is covered by one of the include patterns.
    const needed = ['out/main/index.js', 'out/main/backend.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
    for (const file of needed) {
      expect(existsSync(resolve(PROJECT_DIR, file))).toBe(true);
      expect(files.some((pattern) => !pattern.startsWith('!') && file.startsWith(pattern.replace(/\*\*$/, '')))).toBe(true);
    }
    for (const dependency of Object.keys(packageJson.dependencies as object)) {
      expect(existsSync(resolve(PROJECT_DIR, 'node_modules', dependency))).toBe(true);
    }
  });

  it('unpacks the native SQLite module from the asar and does not rebuild it', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    expect(existsSync(resolve(PROJECT_DIR, 'node_modules/better-sqlite3/prebuilds/linux-x64.node'))).toBe(true);
  });

  it('uses the icon the project draws and associates the document types it opens', () => {
    expect(existsSync(resolve(PROJECT_DIR, config.icon as string))).toBe(true);
    const extensions = (config.fileAssociations as { ext: string | string[] }[]).flatMap((a) => a.ext);
    expect(extensions).toEqual(expect.arrayContaining(['docx', 'txt', 'md', 'html', 'tmx', 'xlf']));
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });

  it('packs both English spelling dictionaries that the backend reads at run time', async () => {
    requireBuild();
    // nspell stays an external import, and each dictionary package is found up the folder tree from
    // out/main, as inside the asar: all must be production dependencies, which the builder packs.
    expect(read('main/backend.js')).toMatch(/from ["']nspell["']/);
    expect(Object.keys(packageJson.dependencies as object)).toEqual(expect.arrayContaining(['nspell', ...Object.values(DICTIONARY_PACKAGES)]));
    const { excludedExts, excludedNames } = await import('app-builder-lib/out/fileMatcher.js');
    const exclusions = (config.files as string[]).filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
    for (const variant of SPELLING_VARIANTS) {
      const files = Object.values(englishDictionaryFiles(variant, resolve(OUT_DIR, 'main')));
      expect(files).toEqual(['index.aff', 'index.dic'].map((name) => resolve(PROJECT_DIR, 'node_modules', DICTIONARY_PACKAGES[variant], name)));
      for (const file of files) expect(statSync(file).size).toBeGreaterThan(1000);
      // Neither the config's exclusions nor electron-builder's default ones leave them out.
      for (const file of files.map((path) => relative(PROJECT_DIR, path))) {
        expect(exclusions.filter((pattern) => matchesGlob(file, pattern))).toEqual([]);
        expect(excludedExts.split(',')).not.toContain(extname(file).slice(1));
        expect(excludedNames.split(',')).not.toContain(basename(file));
      }
    }
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });
});
