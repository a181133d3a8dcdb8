import { ipcChannel, type Bridge } from '../../core/api/channels.ts';
import { methodNames } from '../../core/api/contract.ts';
import type { Envelope } from '../../core/api/dispatch.ts';
import type { AppEvent, EventsBridge } from '../../core/api/events.ts';

/** One function per contract method, and nothing else: no raw ipcRenderer reaches the page. */
export function buildBridge(invoke: (channel: string, payload: unknown) => Promise<Envelope>): Bridge {
  const bridge: Partial<Bridge> = {};
  for (const method of methodNames) bridge[method] = (payload) => invoke(ipcChannel(method), payload);
  return Object.freeze(bridge) as Bridge;
}

/** The one subscription the page gets to the shell's notices; the listener sees only the event. */
export function buildEventsBridge(subscribe: (listener: (event: AppEvent) => void) => () => void): EventsBridge {
  return Object.freeze({ subscribe: (listener: (event: AppEvent) => void) => subscribe(listener) });
}
