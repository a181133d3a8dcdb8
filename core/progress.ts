/** A whole percentage of part in whole; 0 for an empty whole (a document with no paragraphs is not 100% done). */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}
