import { describe, expect, it } from 'vitest';
import { ipcChannel } from '../../core/api/channels.ts';
import { methodNames } from '../../core/api/contract.ts';
import { registerApiHandlers } from '../../electron/main/ipc.ts';
import { guardContents, mainWindowOptions } from '../../electron/main/window.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';
import { FakeContents, FakeIpcMain } from './fakes.ts';

const APP_URL = 'file:///opt/workbench/resources/app.asar/out/renderer/index.html';

describe('main process IPC handlers', () => {
  const tempDir = useTempDir();

  function setUp() {
    const backend = openBackend(tempDir());
    const ipcMain = new FakeIpcMain();
    registerApiHandlers(ipcMain, backend.service, (url) => url === APP_URL);
    return { ipcMain, ...backend };
  }

  it('registers a handler for every contract method and for no other channel', () => {
    const { ipcMain, store } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    store.close();
  });

  it('serves the real backend to the app page', async () => {
    const { ipcMain, store } = setUp();
    const imported = await ipcMain.invoke(ipcChannel('importText'), APP_URL, { title: 'doc', text: '香港' });
    expect(imported).toMatchObject({ ok: true, value: { title: 'doc', paragraphCount: 1 } });
    store.close();
  });

  it.each(['https://evil.example/', 'file:///tmp/other.html', ''])('refuses a call from a foreign sender %j', async (url) => {
    const { ipcMain, api, store } = setUp();
    const reply = await ipcMain.invoke(ipcChannel('importText'), url, { title: 'doc', text: '香港' });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('untrusted page') } });
    expect(await api.listDocuments({})).toEqual([]);
    store.close();
  });

  it('gives a bad payload a clear error', async () => {
    const { ipcMain, store } = setUp();
    const reply = await ipcMain.invoke(ipcChannel('saveTarget'), APP_URL, { paragraphId: 'one' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining('paragraphId') } });
    store.close();
  });
});

describe('main window', () => {
  it('uses the security checklist settings', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('denies navigation, webviews and new windows', () => {
    const contents = new FakeContents();
    guardContents(contents);
    expect(contents.emit('will-navigate')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });
});
