import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../core/import/index.ts';
import { SEED_PATH, sharedAvailable } from '../../support/shared-data.ts';

/**
 * Big5 (HKSCS included) has no code for two characters the seed uses:
 * - U+00A0, the no-break spaces of its paragraph indentation, becomes U+3000 (the ideographic
 *   space Big5 files indent with); indentation is layout, so the imported text is the same;
 * - 爲 (U+7232), a variant of 為, becomes 為 (U+70BA), the form Big5 encodes; this changes the
 *   text, so the expected paragraphs make the same substitution.
 * iconv-lite would otherwise write "?" for them silently; the test checks the copy round-trips.
 */
const forBig5 = (text: string) => text.replaceAll('\u00a0', '\u3000').replaceAll('爲', '為');

describe.skipIf(!sharedAvailable(SEED_PATH))('the seed article in legacy encodings', () => {
  const seed = readFileSync(SEED_PATH, 'utf8');

  it('needs exactly those substitutions for Big5-HKSCS', () => {
    const unencodable = [...new Set(seed)].filter((char) => iconv.decode(iconv.encode(char, 'big5hkscs'), 'big5hkscs') !== char);
    expect(unencodable.sort()).toEqual(['\u00a0', '爲']);
    expect(iconv.decode(iconv.encode(forBig5(seed), 'big5hkscs'), 'big5hkscs')).toBe(forBig5(seed));
  });

  it('imports a Big5-HKSCS copy as the same paragraphs and kinds, detected without help', async () => {
    const original = await parseSource(new TextEncoder().encode(seed), { fileName: 'seed.txt' });
    const big5 = await parseSource(new Uint8Array(iconv.encode(forBig5(seed), 'big5hkscs')), { fileName: 'seed.txt' });
    expect(big5.encoding).toBe('big5-hkscs');
    expect(big5.encodingConfidence).toBeGreaterThan(0.5);
    expect(big5.warningCount).toBe(0);
    expect(big5.paragraphs).toEqual(original.paragraphs.map((p) => ({ ...p, source: forBig5(p.source) })));
  });

  it('imports a GB18030 copy, which holds every character, as exactly the same paragraphs', async () => {
    const original = await parseSource(new TextEncoder().encode(seed), { fileName: 'seed.txt' });
    const gb = await parseSource(new Uint8Array(iconv.encode(seed, 'gb18030')), { fileName: 'seed.txt' });
    expect(gb.encoding).toBe('gb18030');
    expect(gb.paragraphs).toEqual(original.paragraphs);
  });

  it('imports UTF-16 copies with either byte order', async () => {
    const original = await parseSource(new TextEncoder().encode(seed), { fileName: 'seed.txt' });
    for (const encoding of ['utf16le', 'utf16be'] as const) {
      const copy = await parseSource(new Uint8Array(iconv.encode(seed, encoding, { addBOM: true })), { fileName: 'seed.txt' });
      expect(copy.paragraphs).toEqual(original.paragraphs);
    }
  });
});
