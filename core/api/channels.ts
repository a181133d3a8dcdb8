import type { MethodName } from './contract.ts';
import type { Envelope } from './dispatch.ts';

/** The Electron IPC channel that carries one contract method. */
export function ipcChannel(method: MethodName): string {
  return `workbench:${method}`;
}

/** The name under which the preload exposes the API to the renderer. */
export const BRIDGE_GLOBAL = 'workbench';

/** What the preload exposes: one function per contract method. */
export type Bridge = Record<MethodName, (payload: unknown) => Promise<Envelope>>;
