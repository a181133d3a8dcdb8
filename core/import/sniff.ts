/**
 * What kind of file this is, from its first bytes and its name. Content wins over the name
 * for binary formats (a PNG renamed .txt is still a PNG); the name decides between the text
 * formats, and a file without a telling name is sniffed for HTML.
 */
import { WorkbenchError } from '../errors.ts';
import type { SourceEncoding } from './encoding-names.ts';
import { encodingFromLabel } from './encoding.ts';
import type { SourceFormat } from './types.ts';

interface Signature {
  bytes: readonly number[];
  /** Where the signature starts (WebP's sits after the RIFF size). */
  offset?: number;
  what: string;
}

const startsWith = (data: Uint8Array, { bytes, offset = 0 }: Signature) =>
  bytes.every((byte, i) => data[offset + i] === byte);

const ZIP: Signature = { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP archive' };
const EMPTY_ZIP: Signature = { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'ZIP archive' };

/** Formats a translator may well try, refused with a hint at what to do instead. */
const UNSUPPORTED: readonly Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'PDF document; save it as DOCX or text first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'legacy Office file (.doc/.xls); save it as .docx first' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF document; save it as DOCX or text first' },
];

/** Binary files that are plainly not text; named so the message says what the file really is. */
const BINARY: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, what: 'WebP image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'program (ELF)' },
  { bytes: [0x1f, 0x8b], what: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'RAR archive' },
];

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  htm: 'html',
  html: 'html',
  xhtml: 'html',
  shtml: 'html',
  docx: 'docx',
};

function extension(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : '';
}

export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[a-z0-9]+$/i, '').trim() || base;
}

/**
 * Settles what can be known from the raw bytes: a DOCX (ZIP), a refused format, or text.
 * Returns 'docx' or undefined (text of a format to be decided after decoding).
 */
export function sniffBinary(bytes: Uint8Array, fileName: string, format: SourceFormat | undefined): 'docx' | undefined {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'docx';
  for (const signature of UNSUPPORTED) {
    if (startsWith(bytes, signature)) {
      throw new WorkbenchError('UNSUPPORTED_FORMAT', `${fileName} is a ${signature.what}.`);
    }
  }
  for (const signature of BINARY) {
    if (startsWith(bytes, signature)) {
      throw new WorkbenchError('BINARY_FILE', `${fileName} is a ${signature.what}, not a text document.`);
    }
  }
  if (format === 'docx' || (format === undefined && extension(fileName) === 'docx')) {
    throw new WorkbenchError('CORRUPT_FILE', `${fileName} is not a Word document: a .docx file is a ZIP archive and this one is not.`);
  }
  return undefined;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i;
const HTML_TAGS = /<(?:p|div|h[1-6]|br|table|ul|ol|li|article|section|span|a)[\s>/][\s\S]*<\/(?:p|div|h[1-6]|table|ul|ol|li|article|section|span|a)>/i;

/** The format of decoded text: the override, else the file's extension, else a sniff for HTML. */
export function textFormat(text: string, fileName: string, format: SourceFormat | undefined): SourceFormat {
  if (format) return format;
  const byName = BY_EXTENSION[extension(fileName)];
  if (byName) return byName;
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || HTML_TAGS.test(head) ? 'html' : 'text';
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i;

/** The encoding an HTML page declares in its first 4 KB, read as ASCII before decoding. */
export function declaredCharset(bytes: Uint8Array): SourceEncoding | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const match = META_CHARSET.exec(head);
  return match ? encodingFromLabel(match[1]!) : undefined;
}

// C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/gu;

/**
 * Refuses decoded "text" that is really binary: a NUL anywhere in the first 64K characters,
 * or control characters making up over 1% of them.
 */
export function assertText(text: string, fileName: string): void {
  const sample = text.slice(0, 65_536);
  const controls: string[] = sample.match(CONTROL) ?? [];
  if (controls.length === 0) return;
  if (controls.includes('\u0000') || controls.length > sample.length / 100) {
    throw new WorkbenchError(
      'BINARY_FILE',
      `${fileName} is not a text document: it contains binary data (control bytes such as U+${controls[0]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}).`,
    );
  }
}
