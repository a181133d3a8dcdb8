import type { Envelope } from '../../core/api/dispatch.ts';
import type { FromBackend, ToBackend } from '../../electron/backend/messages.ts';
import type { ParentPortLike } from '../../electron/backend/serve.ts';
import type { BackendProcess } from '../../electron/main/backend-client.ts';
import type { InvokeEvent, IpcMainLike } from '../../electron/main/ipc.ts';

type Handler = (event: InvokeEvent, payload: unknown) => Promise<Envelope>;
type Prevented = { preventDefault(): void };

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
  readonly listeners = new Map<string, (event: Prevented, url: string) => void>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;

  on(event: string, listener: (event: Prevented, url: string) => void): void {
    this.listeners.set(event, listener);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Emits an event and reports whether the listener blocked it. */
  emit(event: string, url = 'https://example.org/'): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

/**
 * Two ends of Electron's utility-process channel joined in memory: messages cross
 * asynchronously, as they do between processes, and the backend side runs real code.
 */
export function fakeProcessPair(): { main: BackendProcess & { exit(code: number): void }; child: ParentPortLike } {
  const toChild: ((event: { data: unknown }) => void)[] = [];
  const toMain: ((message: FromBackend) => void)[] = [];
  const onExit: ((code: number) => void)[] = [];
  return {
    main: {
      postMessage: (message: ToBackend) => queueMicrotask(() => toChild.forEach((l) => l({ data: structuredClone(message) }))),
      on: ((event: 'message' | 'exit', listener: (value: never) => void) => {
        if (event === 'message') toMain.push(listener as (message: FromBackend) => void);
        else onExit.push(listener as (code: number) => void);
      }) as BackendProcess['on'],
      exit: (code) => onExit.forEach((l) => l(code)),
    },
    child: {
      on: (_event, listener) => toChild.push(listener),
      postMessage: (message) => queueMicrotask(() => toMain.forEach((l) => l(structuredClone(message)))),
    },
  };
}
