import type { ApiImplementation } from '../../core/api/contract.ts';
import { dispatch, type Admission } from '../../core/api/dispatch.ts';
import type { FromBackend, ToBackend } from './messages.ts';

/** The utility process side of the channel (Electron's process.parentPort, or a fake in tests). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: FromBackend): void;
}

function isCall(data: unknown): data is ToBackend {
  return typeof data === 'object' && data !== null && (data as ToBackend).type === 'call' && typeof (data as ToBackend).id === 'number';
}

/** Answers each call with the envelope from the one dispatcher, which validates the payload. */
export function serveCalls(port: ParentPortLike, impl: ApiImplementation & Partial<Admission>): void {
  port.on('message', ({ data }) => {
    if (!isCall(data)) return;
    void dispatch(impl, data.method, data.payload).then((envelope) => port.postMessage({ type: 'reply', id: data.id, envelope }));
  });
}
