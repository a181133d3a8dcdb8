import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, utilityProcess } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { AppEvent } from '../../core/api/events.ts';
import { EVENT_CHANNEL } from '../../core/api/events.ts';
import { writeFileAtomic } from '../../service/atomic-write.ts';
import { DATABASE_FILE } from '../../service/data-path.ts';
import { aboutText } from './about.ts';
import { BackendClient, type BackendProcess } from './backend-client.ts';
import { registerApiHandlers } from './ipc.ts';
import { createLogger } from './logger.ts';
import { buildMenuTemplate } from './menu.ts';
import { RecentFiles } from './recent-files.ts';
import { installNetworkGuard } from './network-guard.ts';
import { APP_INDEX_URL, APP_SCHEME, isAppUrl, serveAppRequest } from './protocol.ts';
import { guardContents, mainWindowOptions } from './window.ts';
import { loadWindowBounds } from './window-state.ts';

const rendererDir = join(import.meta.dirname, '../renderer');
const OPENABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);
/** The import limit (core/import/limits.ts): larger files are refused before they are read. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const fileArgument = (argv: readonly string[]) => argv.slice(1).find((arg) => OPENABLE.has(extname(arg).toLowerCase()));

// Tests and portable setups point the app at their own data folder.
if (process.env.WORKBENCH_USER_DATA) app.setPath('userData', process.env.WORKBENCH_USER_DATA);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// A second launch hands its file to the first window instead of opening another app.
if (!app.requestSingleInstanceLock()) app.quit();
else void start();

async function start(): Promise<void> {
  const { log, file: logFile } = createLogger(app.getPath('logs'));
  await app.whenReady();
  log(`starting ${app.getVersion()} with data in ${app.getPath('userData')}`);

  installNetworkGuard(session.defaultSession, log);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission ${permission}`);
    callback(false);
  });
  app.on('web-contents-created', (_event, contents) =>
    guardContents(contents, (url) => void shell.openExternal(url)),
  );
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));

  const child = utilityProcess.fork(join(import.meta.dirname, 'backend.js'), [join(app.getPath('userData'), DATABASE_FILE)], {
    serviceName: 'Bilingual Workbench backend',
  });
  const backend = new BackendClient(child as unknown as BackendProcess);
  try {
    await backend.ready;
  } catch (error) {
    log(`backend failed: ${String(error)}`);
    dialog.showErrorBox('Bilingual Workbench cannot open its data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerApiHandlers(ipcMain, (method, payload) => backend.call(method, payload), isAppUrl);

  const boundsFile = join(app.getPath('userData'), 'window.json');
  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), loadWindowBounds(boundsFile)));
  const send = (event: AppEvent) => window.webContents.send(EVENT_CHANNEL, event);

  /** Hands a file to the page's import dialog, which shows the preview and the detected encoding. */
  async function importPath(path: string): Promise<void> {
    if (!OPENABLE.has(extname(path).toLowerCase())) {
      return send({ type: 'error', message: `Cannot import ${basename(path)}: open a .txt, .md, .html or .docx file` });
    }
    if ((await stat(path)).size > MAX_FILE_BYTES) return send({ type: 'error', message: `${basename(path)} is larger than 32 MB` });
    send({ type: 'open-file', fileName: basename(path), contentBase64: (await readFile(path)).toString('base64') });
    app.addRecentDocument(path);
    await recent.add(path);
    installMenu();
  }
  const importFromDialog = async () => {
    const choice = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: [{ name: 'Documents', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] }] });
    if (choice.filePaths[0]) await importPath(choice.filePaths[0]);
  };

  const recent = new RecentFiles(join(app.getPath('userData'), 'recent.json'));
  /** Built again whenever the recent files change. */
  function installMenu(): void {
    const template = buildMenuTemplate(process.platform, {
      importFile: () => void importFromDialog(),
      recent: recent.list,
      openRecent: (path) => void importPath(path).catch((error: unknown) => send({ type: 'error', message: `Cannot open ${path}: ${String(error)}` })),
      clearRecent: () => {
        app.clearRecentDocuments();
        void recent.clear().then(installMenu);
      },
      send,
      showAbout: () => void dialog.showMessageBox(window, { title: 'About', message: aboutText(app.getVersion(), process.versions) }),
      showLogs: () => shell.showItemInFolder(logFile),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
  installMenu();

  app.on('second-instance', (_event, argv) => {
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = fileArgument(argv);
    if (file) void importPath(file);
  });

  window.on('close', () => void writeFileAtomic(boundsFile, JSON.stringify(window.getNormalBounds())));
  window.once('ready-to-show', () => window.show());
  await window.loadURL(APP_INDEX_URL);

  // Quitting waits for calls still in flight, so an edit the page sent on close is saved.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || backend.inFlight() === 0) return;
    event.preventDefault();
    quitting = true;
    void backend.whenIdle().then(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => child.kill());

  // A file given on the command line, or by "Open with" on macOS, is imported as a new document.
  const initial = fileArgument(process.argv);
  if (initial) await importPath(initial);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void importPath(path);
  });
}
