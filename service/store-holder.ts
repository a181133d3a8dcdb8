import type { Store } from '../db/store.ts';

/**
 * The open database, which a restore replaces with a newly opened one (service/backups.ts).
 * Whoever outlives a single call (the service, a test, the CLI, the backend process) reaches
 * the Store through here and never keeps the Store itself.
 */
export class StoreHolder {
  private store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  get current(): Store {
    return this.store;
  }

  replace(next: Store): void {
    this.store = next;
  }

  close(): void {
    this.store.close();
  }
}
