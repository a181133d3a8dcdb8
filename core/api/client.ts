import { WorkbenchError, type ErrorCode } from '../errors.ts';
import { methodNames, type Api, type MethodName } from './contract.ts';
import type { Envelope } from './dispatch.ts';

/** Carries one call to the backend and brings back its envelope: IPC, HTTP or a direct call. */
export type Transport = (method: MethodName, payload: unknown) => Promise<Envelope>;

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value;
}

function unwrap(method: MethodName, envelope: unknown): unknown {
  if (!isEnvelope(envelope)) {
    throw new WorkbenchError('INTERNAL', `${method}: the backend sent a malformed reply`);
  }
  if (envelope.ok) return envelope.value;
  throw new WorkbenchError(envelope.error.code as ErrorCode, envelope.error.message);
}

/** Builds the typed API from the contract's method list over any transport. */
export function createClient(transport: Transport): Api {
  const api: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of methodNames) {
    api[method] = async (input) => unwrap(method, await transport(method, input));
  }
  return api as Api;
}
