import { BRIDGE_GLOBAL, type Bridge } from '../../core/api/channels.ts';
import { createClient, type Transport } from '../../core/api/client.ts';
import type { Envelope } from '../../core/api/dispatch.ts';
import { EVENTS_GLOBAL, type EventsBridge } from '../../core/api/events.ts';

const KEEPALIVE_LIMIT = 60_000;

/** In Electron the preload exposes the bridge; in the browser test host the API is served over HTTP. */
function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return (method, payload) => bridge[method](payload);
  return async (method, payload) => {
    const body = JSON.stringify(payload ?? {});
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // keepalive lets a save sent while the page unloads complete, but browsers cap it at 64 KB.
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
    return (await response.json()) as Envelope;
  };
}

export const api = createClient(pickTransport());

/** Notices from the desktop shell (menus, files opened from outside); absent in the browser. */
export const shellEvents = (window as unknown as Record<string, EventsBridge | undefined>)[EVENTS_GLOBAL] ?? null;
