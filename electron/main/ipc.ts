import { ipcChannel } from '../../core/api/channels.ts';
import { methodNames, type MethodName } from '../../core/api/contract.ts';
import type { Envelope } from '../../core/api/dispatch.ts';

/** The parts of Electron's ipcMain and its events that the handlers use (faked in tests). */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<Envelope>): void;
}

/**
 * Registers one handler per contract method. Each checks that the call comes from the
 * app's own page; the payload is then validated by the dispatcher behind `call`.
 */
export function registerApiHandlers(
  ipcMain: IpcMainLike,
  call: (method: MethodName, payload: unknown) => Promise<Envelope>,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        return { ok: false, error: { code: 'INVALID_PAYLOAD', message: `Refused ${method} from an untrusted page` } };
      }
      return call(method, payload);
    });
  }
}
