import { z } from 'zod';
import { storageError, WorkbenchError, type ErrorInfo } from '../errors.ts';
import { contract, isMethodName, type ApiImplementation, type MethodName } from './contract.ts';

/** What crosses every transport: errors travel as data, since IPC and HTTP drop Error subclasses. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ErrorInfo };

/**
 * An implementation may order the calls it receives (service/call-gate.ts): `admit` runs the
 * call now or when it may. Without it, calls run as they arrive.
 */
export interface Admission {
  admit<T>(method: MethodName, call: () => Promise<T>): Promise<T>;
}

function failure(error: WorkbenchError): Envelope {
  return { ok: false, error: error.toInfo() };
}

/**
 * The single entry point of the backend: checks the method name and validates the
 * payload against the contract before the implementation sees it, and the result after.
 */
export async function dispatch(impl: ApiImplementation & Partial<Admission>, method: unknown, payload: unknown): Promise<Envelope> {
  if (!isMethodName(method)) {
    return failure(new WorkbenchError('UNKNOWN_METHOD', `Unknown API method: ${String(method).slice(0, 80)}`));
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(payload ?? {});
  if (!parsed.success) {
    return failure(new WorkbenchError('INVALID_PAYLOAD', `${method}: ${z.prettifyError(parsed.error)}`));
  }
  try {
    const implementation = impl[method] as (input: unknown) => unknown;
    const call = async () => implementation.call(impl, parsed.data);
    const value: unknown = await (impl.admit ? impl.admit(method, call) : call());
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
