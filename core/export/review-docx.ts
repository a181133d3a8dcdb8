/**
 * Reads a bilingual DOCX back after a reviewer edited it in Word or LibreOffice: the
 * text of every top-level table cell, the bookmarks in it, and the custom document
 * properties. fflate opens the ZIP; saxes reads the WordprocessingML.
 * Tracked insertions count as text and tracked deletions do not: a reviewer who sends
 * a file with changes still tracked means them.
 */
import { unzipSync } from 'fflate';
import { WorkbenchError } from '../errors.ts';
import { attr, decodeXml, parseXml, type XmlTag } from './xml.ts';

const WHAT = 'review document';
const DOCUMENT_PART = 'word/document.xml';
const CUSTOM_PART = 'docProps/custom.xml';
/** The largest part we inflate: a bilingual table of a very long book stays well under it. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

const WORD_NS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const COMPAT_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Elements whose content is not the document's current text (tabs holds tab stops, not tab characters). */
const HIDDEN = ['del', 'moveFrom', 'instrText', 'delInstrText', 'tabs'];

export interface ReviewCell {
  text: string;
  bookmarks: string[];
}

export interface ReviewFile {
  /** Top-level tables, each a list of rows of cells. */
  tables: ReviewCell[][][];
  properties: Record<string, string>;
}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== DOCUMENT_PART && file.name !== CUSTOM_PART) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new WorkbenchError('FILE_TOO_LARGE', `The ${WHAT}'s text is larger than 256 MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    throw new WorkbenchError('CORRUPT_FILE', `This is not a DOCX file: it cannot be opened as a ZIP archive (${(error as Error).message})`);
  }
}

class TableReader {
  readonly tables: ReviewCell[][][] = [];
  private depth = 0;
  private hidden = 0;
  private row: ReviewCell[] | null = null;
  private paragraphs: string[] | null = null;
  private bookmarks: string[] = [];
  private paragraph = '';
  private inText = false;

  open(tag: XmlTag): void {
    if (tag.uri === COMPAT_NS && tag.local === 'Fallback') this.hidden += 1;
    if (!WORD_NS.includes(tag.uri)) return;
    const name = tag.local;
    if (HIDDEN.includes(name)) this.hidden += 1;
    if (name === 'tbl' && ++this.depth === 1) this.tables.push([]);
    if (this.depth === 1 && name === 'tr') this.row = [];
    if (this.depth === 1 && name === 'tc') [this.paragraphs, this.bookmarks] = [[], []];
    // Outside a top-level cell nothing is read; a nested table's paragraphs become lines of its cell.
    if (!this.paragraphs) return;
    if (name === 'p') this.paragraph = '';
    else if (name === 'bookmarkStart') this.bookmarks.push(attr(tag, 'name', tag.uri) ?? '');
    else if (this.hidden > 0) return;
    else if (name === 't') this.inText = true;
    else if (name === 'tab') this.paragraph += '\t';
    else if (name === 'br' || name === 'cr') this.paragraph += '\n';
    else if (name === 'noBreakHyphen') this.paragraph += '\u2011';
    else if (name === 'softHyphen') this.paragraph += '\u00AD';
  }

  close(tag: XmlTag): void {
    if (tag.uri === COMPAT_NS && tag.local === 'Fallback') this.hidden -= 1;
    if (!WORD_NS.includes(tag.uri)) return;
    if (HIDDEN.includes(tag.local)) this.hidden -= 1;
    if (tag.local === 't') this.inText = false;
    else if (tag.local === 'p' && this.paragraphs) this.paragraphs.push(this.paragraph);
    else if (tag.local === 'tc' && this.depth === 1 && this.paragraphs) {
      this.row?.push({ text: cellText(this.paragraphs), bookmarks: this.bookmarks });
      this.paragraphs = null;
    } else if (tag.local === 'tr' && this.depth === 1 && this.row) {
      this.tables.at(-1)?.push(this.row);
      this.row = null;
    } else if (tag.local === 'tbl') this.depth -= 1;
  }

  text(chunk: string): void {
    if (this.inText && this.hidden === 0 && this.paragraphs) this.paragraph += chunk;
  }
}

/** A cell's paragraphs as lines; empty paragraphs at the end are Word's, not the reviewer's. */
function cellText(paragraphs: string[]): string {
  const lines = [...paragraphs];
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

function readProperties(xml: string): Record<string, string> {
  const properties: Record<string, string> = {};
  let name: string | null = null;
  let depth = 0;
  parseXml(xml, WHAT, {
    open: (tag) => {
      depth += 1;
      if (tag.local === 'property') name = attr(tag, 'name') ?? null;
    },
    close: (tag) => {
      depth -= 1;
      if (tag.local === 'property') name = null;
    },
    text: (chunk) => {
      if (name !== null && depth > 2) properties[name] = (properties[name] ?? '') + chunk;
    },
  });
  return properties;
}

export function readReviewDocx(bytes: Uint8Array): ReviewFile {
  if (bytes.length === 0) throw new WorkbenchError('EMPTY_FILE', `The ${WHAT} is empty`);
  const parts = unzipParts(bytes);
  const documentXml = parts[DOCUMENT_PART];
  if (!documentXml) throw new WorkbenchError('CORRUPT_FILE', `This ZIP archive is not a Word document: it has no ${DOCUMENT_PART}`);
  const reader = new TableReader();
  parseXml(decodeXml(documentXml, WHAT), WHAT, {
    open: (tag) => reader.open(tag),
    close: (tag) => reader.close(tag),
    text: (chunk) => reader.text(chunk),
  });
  const custom = parts[CUSTOM_PART];
  return { tables: reader.tables, properties: custom ? readProperties(decodeXml(custom, WHAT)) : {} };
}
