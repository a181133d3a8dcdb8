import type { ErrorInfo } from '../../core/errors.ts';
import type { Envelope } from '../../core/api/dispatch.ts';

/** Messages between the main process and the backend utility process. */
export type ToBackend = { type: 'call'; id: number; method: string; payload: unknown };
export type FromBackend =
  | { type: 'ready' }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'reply'; id: number; envelope: Envelope };
