/**
 * Fixtures written for these tests, built in memory: DOCX files with the docx library and
 * ZIP archives (damaged, bombs) with fflate. Nothing is read from disk.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, Zip, ZipDeflate } from 'fflate';

export const utf8 = (text: string) => new TextEncoder().encode(text);

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** A small Word report: title, headings, body, a table, a caption and a list, in that order. */
export async function reportDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '運輸署年度報告', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '票價調整', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('由下月一日起,'), new TextRun({ text: '部分巴士路線的車費將上調。', bold: true })] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('路線'), cell('新票價')] }),
              new TableRow({ children: [cell('1A'), cell('$5.6')] }),
            ],
          }),
          new Paragraph({ text: '圖:新款巴士', style: 'Caption' }),
          new Paragraph({ text: '乘客可使用八達通付款。', bullet: { level: 0 } }),
          new Paragraph({ text: '署方會繼續檢討票價。', alignment: AlignmentType.LEFT }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A valid ZIP whose word/document.xml inflates to `megabytes` MB of spaces: a ZIP bomb. */
export function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const types = new ZipDeflate('[Content_Types].xml');
  zip.add(types);
  types.push(strToU8('<?xml version="1.0"?><Types/>'), true);
  const document = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(document);
  const megabyte = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < megabytes; i += 1) document.push(megabyte, i === megabytes - 1);
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * A ZIP bomb that lies: its central directory says word/document.xml holds 1 KB, so a size
 * check passes, while the data inflates to `megabytes` MB.
 */
export function lyingBomb(megabytes: number): Uint8Array {
  const zip = zipBomb(megabytes);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const name = strToU8('word/document.xml');
  for (let at = 0; at + 46 + name.length <= zip.length; at += 1) {
    const central = view.getUint32(at, true) === 0x02014b50 && name.every((byte, i) => zip[at + 46 + i] === byte);
    if (central) view.setUint32(at + 24, 1024, true);
  }
  return zip;
}
