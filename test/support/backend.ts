import { dirname, join } from 'node:path';
import { createClient } from '../../core/api/client.ts';
import type { Api } from '../../core/api/contract.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { Store } from '../../db/store.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';

export interface Backend {
  api: Api;
  service: WorkbenchService;
  readonly store: Store;
  dbPath: string;
}

/** The real backend over a real SQLite file, called through the contract as the UI does. */
export function openBackend(dir: string, file = 'workbench.sqlite'): Backend {
  const dbPath = join(dir, file);
  return backendOver(Store.open(dbPath), dbPath);
}

/** The backend over a store the test opened itself (for example with a size limit). */
export function backendOver(store: Store, dbPath: string): Backend {
  const service = new WorkbenchService(store, undefined, dirname(dbPath));
  const api = createClient((method, payload) => dispatch(service, method, payload));
  // A getter: a restore through the contract replaces the store.
  return { api, service, dbPath, get store() { return service.stores.current; } };
}
