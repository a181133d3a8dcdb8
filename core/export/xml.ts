/**
 * Reading XML safely for the importers: bytes are decoded by their declared encoding,
 * and saxes parses strictly (no DTD, no external entities), so a broken file is refused
 * with its line and column rather than half-read.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { WorkbenchError } from '../errors.ts';

export type XmlTag = SaxesTagNS;

export interface XmlHandlers {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding named by a BOM or the XML declaration; UTF-8 when neither says. */
function declaredEncoding(bytes: Uint8Array): string {
  for (const [bom, name] of BOMS) if (bom.every((byte, i) => bytes[i] === byte)) return name;
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/u.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

export function decodeXml(bytes: Uint8Array, what: string): string {
  // some() stops at the first byte that is not white space, so a large file costs nothing here.
  if (!bytes.some((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)) {
    throw new WorkbenchError('EMPTY_FILE', `The ${what} is empty`);
  }
  const encoding = declaredEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new WorkbenchError('UNSUPPORTED_FORMAT', `The ${what} declares the encoding "${encoding}", which is not supported`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new WorkbenchError('MALFORMED_FILE', `The ${what} is not valid ${encoding} text`);
  }
}

/** Parses the whole text, calling the handlers; any XML error becomes MALFORMED_FILE with its place. */
export function parseXml(text: string, what: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: string | null = null;
  // saxes prefixes its messages with line:column; say it in words.
  const describe = (error: Error) => `line ${parser.line}, column ${parser.column}: ${error.message.replace(/^\d+:\d+: /u, '')}`;
  parser.on('error', (error) => {
    failure ??= describe(error);
  });
  parser.on('opentag', (tag) => handlers.open(tag));
  parser.on('closetag', (tag) => handlers.close(tag));
  parser.on('text', (chunk) => handlers.text(chunk));
  parser.on('cdata', (chunk) => handlers.text(chunk));
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    failure ??= describe(error as Error);
  }
  if (failure !== null) throw new WorkbenchError('MALFORMED_FILE', `The ${what} is not well-formed XML at ${failure}`);
}

/** An attribute's value by local name and namespace (none for plain attributes), whatever its prefix. */
export function attr(tag: XmlTag, local: string, uri = ''): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && attribute.uri === uri) return attribute.value;
  }
  return undefined;
}
