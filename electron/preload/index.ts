import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../core/api/channels.ts';
import type { Envelope } from '../../core/api/dispatch.ts';
import { EVENT_CHANNEL, EVENTS_GLOBAL, type AppEvent } from '../../core/api/events.ts';
import { buildBridge, buildEventsBridge } from './bridge.ts';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge((channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Envelope>),
);
contextBridge.exposeInMainWorld(
  EVENTS_GLOBAL,
  buildEventsBridge((listener) => {
    const forward = (_event: unknown, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  }),
);
