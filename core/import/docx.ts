/**
 * DOCX via mammoth, which turns Word's structure (heading styles, lists, tables in document
 * order) into HTML that the HTML reader then splits into paragraphs. zip-guard.ts opens the
 * archive first, under the size limits.
 */
import mammoth from 'mammoth';
import { WorkbenchError } from '../errors.ts';
import { readHtml } from './html.ts';
import type { Block } from './types.ts';
import { unpackDocx } from './zip-guard.ts';

/** Word's own title and caption styles, on top of mammoth's defaults for headings and lists. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<Block[]> {
  const checked = unpackDocx(bytes, fileName);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth hands `buffer` to JSZip, which reads any Uint8Array; its typings say Node's Buffer.
      { buffer: checked } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Pictures are not text: never read them (mammoth would inline them as data URIs).
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw new WorkbenchError('CORRUPT_FILE', `${fileName} is damaged: its document text cannot be read as Word XML.`);
  }
  return readHtml(html).blocks;
}
