/**
 * Message templates with {name} placeholders, shared by the interface strings (renderer/src/i18n)
 * and the QA messages (core/qa/messages.ts), so a template reads the same everywhere.
 */

/** The placeholder names of a template literal type: 'a {x} b {y}' gives 'x' | 'y'. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

const PLACEHOLDER = /\{(\w+)\}/gu;

/** The names a template uses, in order of first use. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fills the placeholders; one without a value stays visible, so a missing value is noticed rather than hidden. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => String(values[name] ?? whole));
}
