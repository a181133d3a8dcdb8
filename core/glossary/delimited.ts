/**
 * Delimiter-separated tables as Excel and LibreOffice write them (RFC 4180): fields in double
 * quotes may hold the delimiter, line breaks and doubled quotes; lines end in CRLF or LF.
 * Excel may put a "sep=;" line first, and writes ; instead of , where the decimal mark is a comma.
 */
import { WorkbenchError } from '../errors.ts';

export type Delimiter = ',' | '\t' | ';';

export interface Row {
  /** The line the record starts on, 1-based, for messages. */
  line: number;
  fields: string[];
}

/** The delimiter of a table, from a sep= line or the first line's most frequent candidate outside quotes. */
export function detectDelimiter(text: string): { delimiter: Delimiter; body: string } {
  const sep = /^sep=([,;\t])\r?\n/u.exec(text);
  if (sep) return { delimiter: sep[1] as Delimiter, body: text.slice(sep[0].length) };
  const firstLine = text.split(/\r?\n/u, 1)[0]!.replace(/"[^"]*"/gu, '');
  const count = (d: string) => firstLine.split(d).length - 1;
  const delimiter = (['\t', ',', ';'] as const).reduce((best, d) => (count(d) > count(best) ? d : best), '\t');
  return { delimiter: count(delimiter) > 0 ? delimiter : ',', body: text };
}

/** Parses every record; an unclosed quote is refused with the line it opened on. */
export function parseDelimited(text: string, delimiter: Delimiter): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quotedFrom = 0;
  let inQuotes = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    rowLine = line;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') inQuotes = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      // Spaces before an opening quote are Excel's padding, not content.
      field = '';
      inQuotes = true;
      quotedFrom = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else {
      field += char;
    }
    i++;
  }
  if (inQuotes) throw new WorkbenchError('MALFORMED_FILE', `The quoted field that starts on line ${quotedFrom} is never closed`);
  if (field !== '' || fields.length > 0) endRecord();
  return rows;
}

const NEEDS_QUOTES = /["\r\n,;\t]|^\s|\s$/u;

/** Writes records with CRLF line ends, quoting only the fields that need it, as Excel does. */
export function writeDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  const quote = (field: string) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  return rows.map((fields) => fields.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}
