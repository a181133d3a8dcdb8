import { z } from 'zod';
import { storageError, WorkbenchError, type ErrorInfo } from '../errors.ts';
import { contract, isMethodName, type ApiImplementation, type MethodName } from './contract.ts';

/** What crosses every transport: errors travel as data, since IPC and HTTP drop Error subclasses. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ErrorInfo };

function failure(error: WorkbenchError): Envelope {
  return { ok: false, error: error.toInfo() };
}

/**
 * The single entry point of the backend: checks the method name and validates the
 * payload against the contract before the implementation sees it, and the result after.
 */
export async function dispatch(impl: ApiImplementation, method: unknown, payload: unknown): Promise<Envelope> {
  if (!isMethodName(method)) {
    return failure(new WorkbenchError('UNKNOWN_METHOD', `Unknown API method: ${String(method).slice(0, 80)}`));
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(payload ?? {});
  if (!parsed.success) {
    return failure(new WorkbenchError('INVALID_PAYLOAD', `${method}: ${z.prettifyError(parsed.error)}`));
  }
  try {
    const call = impl[method] as (input: unknown) => unknown;
    const value: unknown = await call.call(impl, parsed.data);
    return { ok: true, value: spec.output.parse(value) };
  } catch (error) {
    if (error instanceof WorkbenchError) return failure(error);
    const storage = storageError(error, method);
    if (storage) return failure(storage);
    const message = error instanceof Error ? error.message : String(error);
    return failure(new WorkbenchError('INTERNAL', `${method} failed: ${message}`));
  }
}

export type { MethodName };
