import { describe, expect, it } from 'vitest';
import { createClient } from '../../core/api/client.ts';
import { contract, methodNames, type ApiImplementation } from '../../core/api/contract.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { WorkbenchError } from '../../core/errors.ts';

/** Records what reaches the implementation, to prove that invalid payloads never do. */
function recordingImpl() {
  const calls: string[] = [];
  const cell = { text: 'x', status: 'draft' as const, updatedAt: '2026-01-01T00:00:00.000Z' };
  const impl = {
    listDocuments: () => (calls.push('listDocuments'), []),
    importText: () => {
      throw new WorkbenchError('EMPTY_DOCUMENT', 'nothing to import');
    },
    getDocument: () => ({ wrong: true }),
    saveTarget: (input: unknown) => (calls.push(JSON.stringify(input)), cell),
    confirmTarget: () => {
      throw new Error('disk on fire');
    },
    findTmMatches: () => [],
    exportDocument: () => ({ fileName: 'a.txt', content: '', omitted: 0 }),
  } as unknown as ApiImplementation;
  return { impl, calls };
}

describe('dispatch', () => {
  it('passes a valid payload through and returns the result', async () => {
    const { impl, calls } = recordingImpl();
    const envelope = await dispatch(impl, 'saveTarget', { paragraphId: 3, lang: 'en', text: 'Hello' });
    expect(envelope).toEqual({ ok: true, value: { text: 'x', status: 'draft', updatedAt: '2026-01-01T00:00:00.000Z' } });
    expect(calls).toEqual(['{"paragraphId":3,"lang":"en","text":"Hello"}']);
  });

  it.each([
    ['a string id', { paragraphId: '3', lang: 'en', text: '' }, 'paragraphId'],
    ['an unknown language', { paragraphId: 3, lang: 'fr', text: '' }, 'lang'],
    ['a negative id', { paragraphId: -1, lang: 'en', text: '' }, 'paragraphId'],
    ['a missing field', { paragraphId: 3, lang: 'en' }, 'text'],
    ['an extra key', { paragraphId: 3, lang: 'en', text: '', admin: true }, 'admin'],
    ['a prototype-pollution key', JSON.parse('{"paragraphId":3,"lang":"en","text":"","__proto__":{"polluted":1}}'), '__proto__'],
    ['an array', [3, 'en', ''], 'expected object'],
    ['a huge cell', { paragraphId: 3, lang: 'en', text: 'x'.repeat(200_001) }, 'text'],
  ])('refuses %s with a clear INVALID_PAYLOAD error naming the field', async (_label, payload, mention) => {
    const { impl, calls } = recordingImpl();
    const envelope = await dispatch(impl, 'saveTarget', payload);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('INVALID_PAYLOAD');
    expect(envelope.error.message).toContain('saveTarget');
    expect(envelope.error.message).toContain(mention);
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown method, including inherited property names', async () => {
    const { impl } = recordingImpl();
    for (const name of ['dropDatabase', 'constructor', 'toString', 42]) {
      const envelope = await dispatch(impl, name, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('carries typed errors, wraps unexpected ones, and checks results against the contract', async () => {
    const { impl } = recordingImpl();
    expect(await dispatch(impl, 'importText', { title: 't', text: '' })).toEqual({
      ok: false,
      error: { code: 'EMPTY_DOCUMENT', message: 'nothing to import' },
    });
    expect(await dispatch(impl, 'confirmTarget', { paragraphId: 1, lang: 'en' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'confirmTarget failed: disk on fire' },
    });
    expect(await dispatch(impl, 'getDocument', { documentId: 1 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('applies defaults from the contract before the implementation runs', async () => {
    let seen: unknown;
    const impl = { exportDocument: (input: unknown) => ((seen = input), { fileName: 'a', content: '', omitted: 0 }) };
    await dispatch(impl as unknown as ApiImplementation, 'exportDocument', { documentId: 1, lang: 'en', format: 'txt' });
    expect(seen).toEqual({ documentId: 1, lang: 'en', format: 'txt', untranslated: 'omit' });
  });
});

describe('createClient', () => {
  it('exposes exactly the contract methods and throws WorkbenchError on failure', async () => {
    const { impl } = recordingImpl();
    const api = createClient((method, payload) => dispatch(impl, method, payload));
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(methodNames.length).toBeGreaterThan(5);
    await expect(api.importText({ title: 't', text: '' })).rejects.toMatchObject({
      name: 'WorkbenchError',
      code: 'EMPTY_DOCUMENT',
    });
  });

  it('reports a malformed reply from the transport', async () => {
    const api = createClient(async () => ({ nonsense: true }) as never);
    await expect(api.listDocuments({})).rejects.toThrow('malformed reply');
  });
});
