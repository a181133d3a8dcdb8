import type { Envelope } from '../../core/api/dispatch.ts';
import type { InvokeEvent, IpcMainLike } from '../../electron/main/ipc.ts';

type Handler = (event: InvokeEvent, payload: unknown) => Promise<Envelope>;

/** A stand-in for Electron's ipcMain that records handlers and lets a test invoke them. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  invoke(channel: string, fromUrl: string, payload: unknown): Promise<Envelope> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: { url: fromUrl } }, payload);
  }
}

/** A stand-in for webContents that records the guards installed on it. */
export class FakeContents {
  readonly listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  openHandler: (() => { action: string }) | null = null;

  on(event: string, listener: (event: { preventDefault(): void }) => void): void {
    this.listeners.set(event, listener);
  }

  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Emits an event and reports whether the listener blocked it. */
  emit(event: string): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) });
    return prevented;
  }
}
