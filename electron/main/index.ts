import { app, BrowserWindow, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Store } from '../../db/store.ts';
import { DATABASE_FILE } from '../../service/data-path.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { registerApiHandlers } from './ipc.ts';
import { guardContents, mainWindowOptions } from './window.ts';

const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

// Tests and portable setups point the app at their own data folder.
if (process.env.WORKBENCH_USER_DATA) app.setPath('userData', process.env.WORKBENCH_USER_DATA);

async function start(): Promise<void> {
  await app.whenReady();
  const store = Store.open(join(app.getPath('userData'), DATABASE_FILE));
  const service = new WorkbenchService(store);
  service.ensureSampleDocument();
  registerApiHandlers(ipcMain, service, (url) => url === rendererUrl);

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => guardContents(contents));

  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  window.once('ready-to-show', () => window.show());
  await window.loadFile(rendererIndex);

  app.on('window-all-closed', () => {
    store.close();
    app.quit();
  });
}

start().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
