/**
 * Inline markup (TMX bpt/ept/ph/it/hi…) travels inside TM text as numbered placeholders ⟦1⟧, ⟦2⟧…
 * The brackets (U+27E6/U+27E7) do not occur in Chinese or English prose, so a placeholder
 * cannot be mistaken for text; the markup each number stands for is kept beside the text.
 */
export const PLACEHOLDER = /\u27e6(\d+)\u27e7/gu;

export function placeholder(n: number): string {
  return `\u27e6${n}\u27e7`;
}

/** The placeholders of a text, in order, e.g. ['⟦1⟧', '⟦2⟧']. */
export function placeholdersOf(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}
