import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../core/api/channels.ts';
import type { Envelope } from '../../core/api/dispatch.ts';
import { buildBridge } from './bridge.ts';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge((channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Envelope>),
);
