import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { ipcChannel } from '../../core/api/channels.ts';
import { methodNames } from '../../core/api/contract.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { serveCalls } from '../../electron/backend/serve.ts';
import { BackendClient } from '../../electron/main/backend-client.ts';
import { registerApiHandlers } from '../../electron/main/ipc.ts';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu.ts';
import { RecentFiles } from '../../electron/main/recent-files.ts';
import { installNetworkGuard, isAllowedRequest } from '../../electron/main/network-guard.ts';
import { APP_INDEX_URL, isAppUrl, resolveAppFile } from '../../electron/main/protocol.ts';
import { guardContents, isSafeExternalUrl, mainWindowOptions } from '../../electron/main/window.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';
import { FakeContents, FakeIpcMain, fakeProcessPair } from './fakes.ts';

describe('main process IPC handlers', () => {
  const tempDir = useTempDir();

  function setUp() {
    const backend = openBackend(tempDir());
    const ipcMain = new FakeIpcMain();
    registerApiHandlers(ipcMain, (method, payload) => dispatch(backend.service, method, payload), isAppUrl);
    return { ipcMain, ...backend };
  }

  it('registers a handler for every contract method and for no other channel', () => {
    const { ipcMain, store } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    store.close();
  });

  it('serves the real backend to the app page', async () => {
    const { ipcMain, store } = setUp();
    const imported = await ipcMain.invoke(ipcChannel('importText'), APP_INDEX_URL, { title: 'doc', text: '香港' });
    expect(imported).toMatchObject({ ok: true, value: { title: 'doc', paragraphCount: 1 } });
    store.close();
  });

  it.each(['https://evil.example/', 'file:///tmp/index.html', 'app://other/index.html', ''])(
    'refuses a call from a foreign sender %j and changes nothing',
    async (url) => {
      const { ipcMain, api, store } = setUp();
      const reply = await ipcMain.invoke(ipcChannel('importText'), url, { title: 'doc', text: '香港' });
      expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('untrusted page') } });
      expect(await api.listDocuments({})).toEqual([]);
      store.close();
    },
  );

  it('gives a bad payload a clear error', async () => {
    const { ipcMain, store } = setUp();
    const reply = await ipcMain.invoke(ipcChannel('saveTarget'), APP_INDEX_URL, { paragraphId: 'one' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining('paragraphId') } });
    store.close();
  });
});

describe('the backend utility process channel', () => {
  const tempDir = useTempDir();

  it('carries calls to the real service and back, and waits for calls in flight', async () => {
    const { service, api, store } = openBackend(tempDir());
    const { main, child } = fakeProcessPair();
    serveCalls(child, service);
    const client = new BackendClient(main);
    child.postMessage({ type: 'ready' });
    await client.ready;

    const pending = client.call('importText', { title: 'doc', text: '第一段\n第二段' });
    expect(client.inFlight()).toBe(1);
    await client.whenIdle();
    expect(await pending).toMatchObject({ ok: true, value: { paragraphCount: 2 } });
    expect(await client.call('getDocument', { documentId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await api.listDocuments({})).toHaveLength(1);
    store.close();
  });

  it('reports a backend that failed to open its database, and one that stopped', async () => {
    const failing = fakeProcessPair();
    const client = new BackendClient(failing.main);
    failing.child.postMessage({ type: 'failed', error: { code: 'DATABASE_TOO_NEW', message: 'too new' } });
    await expect(client.ready).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' });

    const stopping = fakeProcessPair();
    const stopped = new BackendClient(stopping.main);
    stopped.ready.catch(() => {});
    const call = stopped.call('listDocuments', {});
    stopping.main.exit(9);
    expect(await call).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED', message: expect.stringContaining('exit code 9') } });
  });
});

describe('main window and session', () => {
  it('uses the security checklist settings and remembered bounds', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs', { x: 10, y: 20, width: 1000, height: 700 });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('denies navigation, webviews and new windows, and opens only plain https links outside', () => {
    const contents = new FakeContents();
    const opened: string[] = [];
    guardContents(contents, (url) => opened.push(url));
    expect(contents.emit('will-navigate')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
    for (const url of ['https://www.info.gov.hk/', 'http://plain.example/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@x.example/']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.info.gov.hk/']);
    expect(isSafeExternalUrl('https://example.org/a?b')).toBe(true);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });

  it('blocks every network request that is not for the app itself', () => {
    expect(isAllowedRequest('app://workbench/assets/index.js')).toBe(true);
    for (const url of ['https://fonts.example/font.woff2', 'http://127.0.0.1:8080/', 'ws://x/', 'file:///etc/hosts', '::']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
    const decisions: boolean[] = [];
    const blocked: string[] = [];
    installNetworkGuard(
      { webRequest: { onBeforeRequest: (listener) => ['app://workbench/index.html', 'https://telemetry.example/ping'].forEach((url) => listener({ url }, (r) => decisions.push(r.cancel))) } },
      (line) => blocked.push(line),
    );
    expect(decisions).toEqual([false, true]);
    expect(blocked).toEqual(['blocked request to https://telemetry.example/ping']);
  });

  it('serves only files inside the renderer folder on app://', () => {
    expect(resolveAppFile('/app/renderer', 'app://workbench/assets/a.js')).toBe('/app/renderer/assets/a.js');
    expect(resolveAppFile('/app/renderer', 'app://workbench/')).toBe('/app/renderer/index.html');
    // Dot segments are resolved by the URL parser inside the origin; encoded slashes are caught here.
    expect(resolveAppFile('/app/renderer', 'app://workbench/%2e%2e/%2e%2e/etc/passwd')).toBe('/app/renderer/etc/passwd');
    expect(resolveAppFile('/app/renderer', 'app://workbench/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile('/app/renderer', 'app://elsewhere/index.html')).toBeNull();
  });
});

describe('the menu', () => {
  const actions = (overrides: Partial<MenuActions> = {}): MenuActions => ({
    importFile: () => {},
    recent: [],
    openRecent: () => {},
    clearRecent: () => {},
    send: () => {},
    showAbout: () => {},
    showLogs: () => {},
    ...overrides,
  });
  const itemsOf = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? itemsOf(item.submenu) : [])]);
  const click = (template: MenuItemConstructorOptions[], label: string) => {
    const item = itemsOf(template).find((i) => i.label === label);
    if (!item?.click) throw new Error(`No menu item ${label}`);
    (item.click as () => void)();
  };

  it('has File, Edit, View and Help on every platform, with the app menu first on macOS', () => {
    expect(buildMenuTemplate('linux', actions()).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(buildMenuTemplate('darwin', actions()).map((m) => m.label)).toEqual(['Bilingual Workbench', '&File', '&Edit', '&View', '&Help']);
  });

  it('sends the page the commands it owns', () => {
    const sent: unknown[] = [];
    const template = buildMenuTemplate('win32', actions({ send: (e) => sent.push(e) }));
    for (const label of ['New project…', 'Export…', 'Find…', 'Find and replace…', 'Undo last change in document', 'Redo change in document', 'Keyboard shortcuts']) {
      click(template, label);
    }
    expect(sent).toEqual([
      { type: 'new-project' },
      { type: 'export' },
      { type: 'find' },
      { type: 'replace' },
      { type: 'undo-document' },
      { type: 'redo-document' },
      { type: 'help' },
    ]);
  });

  it('lists recent files under File ▸ Open recent, opens one, and can clear them', () => {
    const opened: string[] = [];
    let cleared = 0;
    const empty = itemsOf(buildMenuTemplate('linux', actions())).find((i) => i.label === 'No recent files');
    expect(empty?.enabled).toBe(false);
    const template = buildMenuTemplate('linux', actions({ recent: ['/docs/b.docx', '/docs/a.txt'], openRecent: (p) => opened.push(p), clearRecent: () => cleared++ }));
    const recent = itemsOf(template).find((i) => i.label === 'Open recent');
    expect((recent?.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type)).toEqual(['/docs/b.docx', '/docs/a.txt', 'separator', 'Clear recent files']);
    click(template, '/docs/a.txt');
    click(template, 'Clear recent files');
    expect(opened).toEqual(['/docs/a.txt']);
    expect(cleared).toBe(1);
  });
});

describe('recent files', () => {
  const tempDir = useTempDir();

  it('keeps the last ten, newest first without repeats, across restarts; a damaged file starts empty', async () => {
    const file = join(tempDir(), 'recent.json');
    const recent = new RecentFiles(file);
    for (let i = 1; i <= 12; i++) await recent.add(`/docs/${i}.txt`);
    await recent.add('/docs/5.txt');
    const expected = ['/docs/5.txt', '/docs/12.txt', '/docs/11.txt', '/docs/10.txt', '/docs/9.txt', '/docs/8.txt', '/docs/7.txt', '/docs/6.txt', '/docs/4.txt', '/docs/3.txt'];
    expect(recent.list).toEqual(expected);
    expect(new RecentFiles(file).list).toEqual(expected);
    await recent.clear();
    expect(new RecentFiles(file).list).toEqual([]);
    writeFileSync(file, '{"not": "a list"');
    expect(new RecentFiles(file).list).toEqual([]);
  });
});

describe('the About box', () => {
  it('names the versions and credits CC-CEDICT and the English spelling dictionary under their licences', async () => {
    const { aboutText } = await import('../../electron/main/about.ts');
    const text = aboutText('1.2.3', { electron: '45.0.0', chrome: '140', node: '24' });
    expect(text).toContain('Bilingual Workbench 1.2.3');
    expect(text).toContain('Electron 45.0.0');
    expect(text).toMatch(/CC-CEDICT.*\n?.*Attribution-ShareAlike 4\.0/);
    expect(text).toMatch(/dictionary-en-gb and dictionary-en \(MIT AND BSD\).*en_GB and en_US\n.*SCOWL.*Kevin Atkinson/);
  });
});
