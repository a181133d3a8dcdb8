/**
 * Opening a DOCX (a ZIP archive) without trusting it. Three steps, all with fflate:
 * 1. read the ZIP directory alone and refuse entries whose declared sizes pass the limits;
 * 2. stream-inflate every entry in small chunks, stopping as soon as one yields more than its
 *    directory entry declared (a bomb that lies to step 1), so neither memory nor time runs away;
 * 3. unpack into buffers of the declared sizes and re-pack them, uncompressed, for mammoth:
 *    it never sees anything but those bytes.
 */
import { Unzip, UnzipInflate, unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { WorkbenchError } from '../errors.ts';
import { MAX_DOCX_PART_BYTES, MAX_DOCX_UNPACKED_BYTES, megabytes } from './limits.ts';

const MAIN_PART = 'word/document.xml';
/** Deflate expands at most ~1000×, so one chunk inflates to ~16 MB at worst. */
const CHUNK = 16 * 1024;

const damaged = (fileName: string, why: string) => new WorkbenchError('CORRUPT_FILE', `${fileName} is damaged: ${why}.`);

/** Step 1: the directory only; the filter declines every entry, so nothing is inflated. */
function directory(bytes: Uint8Array, fileName: string): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (entry) => (entries.push(entry), false) });
  } catch {
    throw damaged(fileName, 'its ZIP directory cannot be read (is the file cut short?)');
  }
  if (!entries.some((entry) => entry.name === MAIN_PART)) {
    throw new WorkbenchError('UNSUPPORTED_FORMAT', `${fileName} is a ZIP archive but not a Word document (it has no ${MAIN_PART}).`);
  }
  const bomb = (size: number, limit: number, where: string) =>
    new WorkbenchError(
      'FILE_TOO_LARGE',
      `${fileName} would unpack to ${megabytes(size)} ${where}, over the ${megabytes(limit)} limit; it was refused unread (a ZIP bomb?).`,
    );
  let total = 0;
  for (const entry of entries) {
    if (entry.originalSize > MAX_DOCX_PART_BYTES) throw bomb(entry.originalSize, MAX_DOCX_PART_BYTES, `in ${entry.name}`);
    total += entry.originalSize;
  }
  if (total > MAX_DOCX_UNPACKED_BYTES) throw bomb(total, MAX_DOCX_UNPACKED_BYTES, 'in all');
  return entries;
}

/** Step 2: the real sizes, counted chunk by chunk and never kept. */
function checkRealSizes(bytes: Uint8Array, entries: readonly UnzipFileInfo[], fileName: string): void {
  const declared = new Map(entries.map((entry) => [entry.name, entry.originalSize]));
  const inflated = new Map<string, number>();
  let liar: string | undefined;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      const size = (inflated.get(file.name) ?? 0) + chunk.length;
      inflated.set(file.name, size);
      if (size > (declared.get(file.name) ?? 0)) liar ??= file.name;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !liar; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch {
    throw damaged(fileName, 'a part of the archive cannot be unpacked');
  }
  if (liar) throw damaged(fileName, `${liar} holds more data than the ZIP directory declares (a ZIP bomb?)`);
}

/** The archive re-packed from checked bytes, ready for mammoth. */
export function unpackDocx(bytes: Uint8Array, fileName: string): Uint8Array {
  const entries = directory(bytes, fileName);
  checkRealSizes(bytes, entries, fileName);
  try {
    return zipSync(unzipSync(bytes), { level: 0 });
  } catch {
    throw damaged(fileName, 'a part of the archive cannot be unpacked');
  }
}
