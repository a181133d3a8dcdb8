import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, parseSource } from '../../../core/import/index.ts';
import { lyingBomb, reportDocx, utf8, zipBomb } from './fixtures.ts';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
const refusal = (code: string, message: RegExp) => expect.objectContaining({ code, message: expect.stringMatching(message) });

describe('bad input', () => {
  it('refuses an empty file, and one with nothing but blank lines', async () => {
    await expect(parseSource(new Uint8Array(), { fileName: 'empty.txt' })).rejects.toEqual(refusal('EMPTY_FILE', /empty\.txt is empty/));
    await expect(parseSource(utf8(' \n\u00a0\u3000\n\n'), { fileName: 'blank.txt' })).rejects.toEqual(refusal('EMPTY_FILE', /no text/));
  });

  it('names a PNG renamed .txt as the image it is', async () => {
    const png = new Uint8Array([...PNG_HEADER, ...new Uint8Array(200).map((_, i) => (i * 37) % 256)]);
    await expect(parseSource(png, { fileName: 'photo.txt' })).rejects.toEqual(refusal('BINARY_FILE', /photo\.txt is a PNG image/));
  });

  it('refuses other binary data by its control bytes, even when forced to a text encoding', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(parseSource(binary, { fileName: 'data.txt' })).rejects.toEqual(refusal('BINARY_FILE', /binary data/));
    await expect(parseSource(binary, { fileName: 'data.txt', encoding: 'utf-8' })).rejects.toEqual(refusal('BINARY_FILE', /binary data/));
  });

  it('refuses PDF and legacy Word files with a hint', async () => {
    await expect(parseSource(utf8('%PDF-1.7\n...'), { fileName: 'a.pdf' })).rejects.toEqual(refusal('UNSUPPORTED_FORMAT', /PDF/));
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(parseSource(ole, { fileName: 'old.doc' })).rejects.toEqual(refusal('UNSUPPORTED_FORMAT', /\.docx first/));
  });

  it('refuses a truncated DOCX as damaged', async () => {
    const docx = await reportDocx();
    const truncated = docx.subarray(0, Math.floor(docx.length * 0.6));
    await expect(parseSource(truncated, { fileName: 'cut.docx' })).rejects.toEqual(refusal('CORRUPT_FILE', /cut\.docx is damaged/));
  });

  it('refuses a .docx that is not a ZIP, and a ZIP that is not a Word document', async () => {
    await expect(parseSource(utf8('not a zip'), { fileName: 'fake.docx' })).rejects.toEqual(refusal('CORRUPT_FILE', /not a Word document/));
    const other = zipSync({ 'content.xml': utf8('<office/>') });
    await expect(parseSource(other, { fileName: 'sheet.odt' })).rejects.toEqual(refusal('UNSUPPORTED_FORMAT', /not a Word document/));
  });

  it('refuses a ZIP bomb from its directory, before inflating it', async () => {
    const bomb = zipBomb(128);
    expect(bomb.length).toBeLessThan(1 << 20);
    await expect(parseSource(bomb, { fileName: 'bomb.docx' })).rejects.toEqual(
      refusal('FILE_TOO_LARGE', /bomb\.docx would unpack to 128\.0 MB in word\/document\.xml, over the 100\.0 MB limit/),
    );
  });

  it('stops a bomb whose directory lies about its size as soon as it inflates past the declared size', async () => {
    await expect(parseSource(lyingBomb(48), { fileName: 'liar.docx' })).rejects.toEqual(
      refusal('CORRUPT_FILE', /word\/document\.xml holds more data than the ZIP directory declares/),
    );
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x41);
    await expect(parseSource(big, { fileName: 'huge.txt' })).rejects.toEqual(refusal('FILE_TOO_LARGE', /huge\.txt is 32\.0 MB; files of up to 32\.0 MB/));
  });
});
