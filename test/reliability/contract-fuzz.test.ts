/**
 * Calls every contract method with at least 500 random or mutated payloads: wrong types,
 * huge strings, nested garbage, prototype-pollution keys. The backend must answer each
 * with an envelope, every error must be typed and clear, and a failed call must leave the
 * data exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../core/api/contract.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { openDatabaseReadOnly } from '../../db/connection.ts';
import type { ErrorCode } from '../../core/errors.ts';
import { openBackend } from '../support/backend.ts';
import { seededRandom, testSeed } from '../support/random.ts';
import { useTempDir } from '../support/temp.ts';

const PAYLOADS_PER_METHOD = 500;
const TYPED: readonly ErrorCode[] = [
  'INVALID_PAYLOAD', 'NOT_FOUND', 'EMPTY_DOCUMENT', 'EMPTY_TARGET', 'EMPTY_FILE', 'BINARY_FILE', 'CORRUPT_FILE',
  'FILE_TOO_LARGE', 'UNSUPPORTED_FORMAT', 'MALFORMED_FILE', 'DAMAGED_REVIEW_FILE', 'STORAGE_FAILED',
];

function fieldNames(method: MethodName): string[] {
  const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/** A random JSON-ish value: the kinds of garbage a compromised or buggy page could send. */
function garbage(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * 14);
  switch (pick) {
    case 0: return null;
    case 1: return Math.floor(random() * 2_000_000) - 1_000_000;
    case 2: return random() * 1e6;
    case 3: return Number.MAX_SAFE_INTEGER + 2;
    case 4: return '';
    case 5: return 'x'.repeat(1 + Math.floor(random() * 300_000));
    case 6: return '香港\u0000\ud800𠝹<script>alert(1)</script>';
    case 7: return random() < 0.5;
    case 8: return depth > 3 ? [] : Array.from({ length: Math.floor(random() * 4) }, () => garbage(random, depth + 1));
    case 9: return depth > 3 ? {} : { nested: garbage(random, depth + 1), [String(random())]: 1 };
    case 10: return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    case 11: return ['en', 'zh-Hans', 'fr', 'EN'][Math.floor(random() * 4)];
    case 12: return 1 + Math.floor(random() * 8);
    default: return 'txt';
  }
}

/** A payload shaped like the method's argument, with random values and sometimes extra keys. */
function payloadFor(method: MethodName, random: () => number): unknown {
  if (random() < 0.15) return garbage(random);
  const payload: Record<string, unknown> = {};
  for (const field of fieldNames(method)) if (random() < 0.85) payload[field] = garbage(random);
  if (random() < 0.2) Object.assign(payload, JSON.parse('{"__proto__": {"polluted": true}}'));
  if (random() < 0.1) payload.unexpected = garbage(random);
  return payload;
}

describe('fuzzing the contract', () => {
  const tempDir = useTempDir();

  it(`survives ${PAYLOADS_PER_METHOD} hostile payloads for every method`, { timeout: 300_000 }, async () => {
    const seed = testSeed();
    console.log(`contract fuzz seed: ${seed} (replay with SEED=${seed})`);
    const random = seededRandom(seed);
    const { api, service, store, dbPath } = openBackend(tempDir());
    await api.importText({ title: 'fuzz', text: '第一段。\n第二段。\n第三段。' });
    // A second connection sees data_version change exactly when the backend commits something.
    const observer = openDatabaseReadOnly(dbPath);
    const commits = () => observer.pragma('data_version', { simple: true }) as number;

    const counts: Record<string, { ok: number; refused: number }> = {};
    for (const method of methodNames) {
      counts[method] = { ok: 0, refused: 0 };
      for (let i = 0; i < PAYLOADS_PER_METHOD; i += 1) {
        const payload = payloadFor(method, random);
        const before = commits();
        const envelope = await dispatch(service, method, payload);
        if (envelope.ok) {
          counts[method].ok += 1;
          continue;
        }
        counts[method].refused += 1;
        expect(TYPED, `${method} gave an untyped error: ${envelope.error.message} (seed ${seed})`).toContain(envelope.error.code);
        expect(envelope.error.message.length).toBeGreaterThan(10);
        expect(commits(), `${method} committed data on a failed call (seed ${seed})`).toBe(before);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    console.log(`contract fuzz: ${JSON.stringify(counts)}`);
    expect(observer.pragma('integrity_check', { simple: true })).toBe('ok');
    observer.close();
    store.close();
  });
});
