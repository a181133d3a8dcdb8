import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../core/convert.ts';

describe('toSimplified', () => {
  it('converts Hong Kong Traditional to mainland Simplified', () => {
    expect(toSimplified('香港科技大學發佈生成式人工智能')).toBe('香港科技大学发布生成式人工智能');
    expect(toSimplified('頭髮')).toBe('头发');
  });

  it('gives the same output as a fresh opencc-js converter for each variant', () => {
    const text = '著名的裏程碑:他們在線上發佈了軟體和滑鼠';
    for (const from of ['hk', 'tw', 't'] as const) {
      expect(toSimplified(text, from)).toBe(OpenCC.Converter({ from, to: 'cn' })(text));
    }
  });

  it('leaves Latin text, digits and punctuation alone', () => {
    expect(toSimplified('InnoHK 2025-03-18 11:02 | HKGAI')).toBe('InnoHK 2025-03-18 11:02 | HKGAI');
  });
});
