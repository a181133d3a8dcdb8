/**
 * OpenCC's own test cases, run through the app's conversion module for every configuration
 * the app exposes. opencc-js leaves out OpenCC's TSCharactersExt "tofu-risk" table on purpose
 * (its README: rare extension characters that many fonts cannot show), so the three cases that
 * test only those mappings are expected to differ; every other case must pass.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified, type SourceVariant } from '../../../core/convert.ts';
import { draftSimplified, simplify } from '../../../core/simplified/draft.ts';
import { compileVocabulary } from '../../../core/simplified/vocabulary.ts';
import { SEED_PATH, sharedAvailable, sharedPath } from '../../support/shared-data.ts';
import { parseLenientJson } from './lenient-json.ts';

const CASES_PATH = sharedPath('testdata/opencc/testcases.json');
const hasCases = sharedAvailable(CASES_PATH);
const hasSeed = sharedAvailable(SEED_PATH);

/** OpenCC configuration name → the app's source variant converted to mainland Simplified. */
const EXPOSED: Record<string, SourceVariant> = { hk2s: 'hk', tw2s: 'tw', t2s: 't' };

const TOFU_RISK = 'opencc-js omits OpenCC’s TSCharactersExt tofu-risk mappings';
const EXPECTED_DIFFERENCES: Record<string, { config: string; reason: string }> = {
  BYVoid_OpenCC_PR_1228_existing_behaviors: { config: 't2s', reason: `${TOFU_RISK}: 殢 → 𣨼` },
  BYVoid_OpenCC_PR_1229_existing_behaviors: { config: 't2s', reason: `${TOFU_RISK}: 圞 → 𪢮` },
  BYVoid_OpenCC_PR_464_xi_vs_xi: { config: 't2s', reason: `${TOFU_RISK}: 樠 → 𣗊, 潕 → 𣲘` },
};

interface TestCase {
  id: string;
  input: string;
  expected: Record<string, string>;
}

const cases = hasCases ? (parseLenientJson(readFileSync(CASES_PATH, 'utf8')) as { cases: TestCase[] }).cases : [];
const expectations = cases.flatMap((c) =>
  Object.entries(c.expected)
    .filter(([config]) => config in EXPOSED)
    .map(([config, expected]) => ({ id: c.id, config, variant: EXPOSED[config]!, input: c.input, expected })),
);
const noVocabulary = compileVocabulary([]);

describe.skipIf(!hasCases)('OpenCC conformance of the app’s conversion', () => {
  it('reads the whole file: 232 cases, 543 expectations, 108 of them for hk2s, tw2s and t2s', () => {
    expect(cases).toHaveLength(232);
    expect(cases.reduce((n, c) => n + Object.keys(c.expected).length, 0)).toBe(543);
    expect(expectations).toHaveLength(108);
  });

  it.each(expectations)('$id ($config)', ({ id, config, variant, input, expected }) => {
    const known = EXPECTED_DIFFERENCES[id];
    const outputs = [
      toSimplified(input, variant),
      simplify(input, { variant, vocabulary: noVocabulary }),
      draftSimplified(input, { variant, vocabulary: noVocabulary }).text,
    ];
    if (known?.config === config) {
      // Still different: if opencc-js ever adds these mappings, this fails and the list shrinks.
      for (const output of outputs) expect(output, known.reason).not.toBe(expected);
      return;
    }
    for (const output of outputs) expect(output).toBe(expected);
  });

  it('lists only expected differences that exist in the file', () => {
    for (const [id, { config }] of Object.entries(EXPECTED_DIFFERENCES)) {
      expect(expectations.some((e) => e.id === id && e.config === config), id).toBe(true);
    }
  });
});

describe.skipIf(!hasSeed)('the seed article', () => {
  it('converts hk→cn exactly as bare opencc-js does, byte for byte', () => {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const bare = OpenCC.Converter({ from: 'hk', to: 'cn' })(seed);
    expect(Buffer.from(toSimplified(seed, 'hk'))).toEqual(Buffer.from(bare));
    expect(Buffer.from(simplify(seed, { variant: 'hk', vocabulary: noVocabulary }))).toEqual(Buffer.from(bare));
    expect(bare).not.toBe(seed);
  });
});
