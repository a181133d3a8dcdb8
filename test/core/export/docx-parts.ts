/** Opens a DOCX produced in a test and edits its XML, as a reviewer's word processor would. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function docxPart(docx: Uint8Array, name = 'word/document.xml'): string {
  const part = unzipSync(docx)[name];
  if (!part) throw new Error(`The DOCX has no ${name}`);
  return strFromU8(part);
}

/** The <w:tr> elements of document.xml, as XML strings. */
export function tableRows(xml: string): string[] {
  return xml.match(/<w:tr[ >].*?<\/w:tr>/gsu) ?? [];
}

/** The <w:tc> elements of a row. */
export function rowCells(row: string): string[] {
  return row.match(/<w:tc>.*?<\/w:tc>/gsu) ?? [];
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text of the w:t elements in a piece of WordprocessingML, entities decoded. */
export function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
    .map((m) => m[1]!.replace(/&(lt|gt|amp|quot|apos);/gu, (_, name: string) => ENTITY[name]!))
    .join('');
}

/** Replaces document.xml, keeping every other part. */
export function withDocumentXml(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(docx);
  parts['word/document.xml'] = strToU8(edit(strFromU8(parts['word/document.xml']!)));
  return zipSync(parts);
}

/** Puts text into cell `column` of the row whose bookmark names the paragraph, as typing into it would. */
export function typeIntoCell(docx: Uint8Array, paragraphId: number, column: number, text: string): Uint8Array {
  return withDocumentXml(docx, (xml) => {
    const row = tableRows(xml).find((r) => r.includes(`w:name="wb_p${paragraphId}"`));
    if (!row) throw new Error(`No row for paragraph ${paragraphId}`);
    const cell = rowCells(row)[column]!;
    const run = `<w:r><w:t xml:space="preserve">${text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</w:t></w:r>`;
    const properties = /<w:tcPr>.*?<\/w:tcPr>/su.exec(cell)?.[0] ?? '';
    return xml.replace(row, () => row.replace(cell, () => `<w:tc>${properties}<w:p>${run}</w:p></w:tc>`));
  });
}

/** The w:rFonts and w:lang a run gets from its character style (w:rStyle → styles.xml). */
export function runStyleProperties(docx: Uint8Array, runXml: string): string {
  const styleId = /<w:rStyle w:val="([^"]+)"\/>/u.exec(runXml)?.[1];
  if (styleId === undefined) throw new Error('The run names no character style');
  const styles = docxPart(docx, 'word/styles.xml');
  const style = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>.*?</w:style>`, 'su').exec(styles)?.[0] ?? '';
  return [/<w:rFonts [^>]*\/>/u.exec(style)?.[0], /<w:lang [^>]*\/>/u.exec(style)?.[0]].join('');
}
