import { describe, expect, it } from 'vitest';
import { parseLenientJson } from './lenient-json.ts';

describe('parseLenientJson (test helper)', () => {
  it('drops trailing commas in arrays and objects', () => {
    expect(parseLenientJson('{"a": [1, 2,\n ],\n "b": {"c": "d",},}')).toEqual({ a: [1, 2], b: { c: 'd' } });
  });

  it('leaves commas inside strings, escaped quotes included', () => {
    expect(parseLenientJson('["x,]", "say \\"y,}\\"",]')).toEqual(['x,]', 'say "y,}"']);
  });
});
