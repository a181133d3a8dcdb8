/** Escaping for the text formats: document text is always data, never markup. */

const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters XML 1.0 cannot carry at all, even escaped (lone surrogates included). */
// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** The text as any XML file (a DOCX) can hold it. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => XML_ENTITY[char]!);
}

/**
 * Backslash-escapes the characters Markdown would read as formatting, links or HTML
 * (CommonMark lets any ASCII punctuation be escaped), and a list or heading marker at a line start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/gu, (char) => `\\${char}`)
    .replace(/^(\s*)([#+\-=]|\d+[.)])/gmu, (_, space: string, marker: string) => `${space}${marker.replace(/([#+\-=.)])$/u, '\\$1')}`);
}
