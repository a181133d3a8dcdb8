import * as OpenCC from 'opencc-js';

/** Traditional Chinese variants the source can be written in (OpenCC locale names). */
export const SOURCE_VARIANTS = ['hk', 'tw', 't'] as const;
export type SourceVariant = (typeof SOURCE_VARIANTS)[number];

export function isSourceVariant(value: unknown): value is SourceVariant {
  return typeof value === 'string' && (SOURCE_VARIANTS as readonly string[]).includes(value);
}

type Convert = (text: string) => string;
const converters = new Map<SourceVariant, Convert>();

function converterFor(from: SourceVariant): Convert {
  const cached = converters.get(from);
  if (cached) return cached;
  const created: Convert = OpenCC.Converter({ from, to: 'cn' });
  converters.set(from, created);
  return created;
}

/** Converts Traditional Chinese to mainland Simplified Chinese with opencc-js's upstream tables. */
export function toSimplified(text: string, from: SourceVariant = 'hk'): string {
  return converterFor(from)(text);
}
