import { splitParagraphs } from '../text.ts';
import type { Block } from './types.ts';

/** Plain text: one paragraph per non-empty line, as Chinese web and office text is written. */
export function readPlainText(text: string): Block[] {
  return splitParagraphs(text).map((line) => ({ text: line }));
}
