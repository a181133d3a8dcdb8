import type { MethodName } from '../../core/api/contract.ts';
import type { Envelope } from '../../core/api/dispatch.ts';
import type { ErrorInfo } from '../../core/errors.ts';
import type { FromBackend, ToBackend } from '../backend/messages.ts';

/** The main process's handle on the backend utility process (Electron's UtilityProcess, or a fake). */
export interface BackendProcess {
  postMessage(message: ToBackend): void;
  on(event: 'message', listener: (message: FromBackend) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
}

/**
 * Forwards contract calls to the backend process and matches the replies. It knows when
 * calls are still in flight, so the app can wait for them before it quits.
 */
export class BackendClient {
  private readonly process: BackendProcess;
  private readonly pending = new Map<number, (envelope: Envelope) => void>();
  private nextId = 1;
  private stopped: ErrorInfo | null = null;
  private idleWaiters: (() => void)[] = [];
  readonly ready: Promise<void>;

  constructor(process: BackendProcess) {
    this.process = process;
    this.ready = new Promise((resolve, reject) => {
      process.on('message', (message) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(Object.assign(new Error(message.error.message), message.error));
        else this.settle(message.id, message.envelope);
      });
      process.on('exit', (code) => {
        this.stopped = { code: 'STORAGE_FAILED', message: `The backend stopped (exit code ${code}); nothing more can be saved` };
        reject(new Error(this.stopped.message));
        for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, error: this.stopped });
      });
    });
  }

  call(method: MethodName, payload: unknown): Promise<Envelope> {
    if (this.stopped) return Promise.resolve({ ok: false, error: this.stopped });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.process.postMessage({ type: 'call', id, method, payload });
    });
  }

  inFlight(): number {
    return this.pending.size;
  }

  /** Resolves once every call sent so far has been answered. */
  whenIdle(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settle(id: number, envelope: Envelope): void {
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    resolve(envelope);
    if (this.pending.size === 0) for (const waiter of this.idleWaiters.splice(0)) waiter();
  }
}
