/**
 * The backend utility process: SQLite and every long job run here, so nothing the
 * database does can freeze the window. The main process forwards validated IPC calls.
 */
import { dirname } from 'node:path';
import { WorkbenchError } from '../../core/errors.ts';
import { createBackup, dailyBackupDue } from '../../db/backup.ts';
import { Store } from '../../db/store.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { serveCalls, type ParentPortLike } from './serve.ts';

const port = (process as unknown as { parentPort: ParentPortLike }).parentPort;
const databasePath = process.argv[2];

try {
  if (!databasePath) throw new WorkbenchError('INTERNAL', 'The backend was started without a database path');
  const store = Store.open(databasePath);
  const service = new WorkbenchService(store, undefined, dirname(databasePath));
  service.ensureSampleDocument();
  serveCalls(port, service);
  // The service's store, not `store`: a restore replaces it.
  process.on('exit', () => service.stores.close());
  port.postMessage({ type: 'ready' });
  scheduleBackups(databasePath);
} catch (error) {
  const info = error instanceof WorkbenchError ? error.toInfo() : { code: 'INTERNAL' as const, message: String(error) };
  port.postMessage({ type: 'failed', error: info });
}

/** One backup at start-up, then one a day for as long as the app stays open. */
function scheduleBackups(path: string): void {
  const backUp = (reason: 'startup' | 'daily') => createBackup(path, reason).catch((error: unknown) => console.error(`backup failed: ${String(error)}`));
  void backUp('startup');
  setInterval(() => dailyBackupDue(path) && void backUp('daily'), 60 * 60 * 1000).unref();
}
