/**
 * Glossaries as CSV or TSV: the files translators keep in Excel. Columns are found by their
 * headings, in English or Chinese and in the forms Excel users write them (zh-HK, Traditional
 * Chinese, 繁體中文…). A file without a heading row is read as zh-Hant, English, zh-Hans, notes,
 * part of speech, forbidden, when its first cell is Chinese. Rows that cannot be an entry are
 * listed with their line and reason, not dropped silently.
 */
import { WorkbenchError } from '../errors.ts';
import { decodeSource } from '../import/encoding.ts';
import { detectDelimiter, parseDelimited, writeDelimited, type Row } from './delimited.ts';
import { checkGlossaryTerm, type GlossaryTerm } from './entry.ts';

type GlossaryField = keyof GlossaryTerm;

export interface SkippedRow {
  /** Where in the file: "line 12", or a TBX concept's id. */
  at: string;
  reason: string;
}

export interface GlossaryFile {
  entries: GlossaryTerm[];
  skipped: SkippedRow[];
}

const ALIASES: Record<GlossaryField, readonly string[]> = {
  zhHant: ['zh-hant', 'zh-hk', 'zh-tw', 'zh-mo', 'zh_hant', 'zh_hk', 'zh_tw', 'traditional', 'traditional chinese', 'chinese (traditional)',
    'chinese traditional', 'chinese (hong kong)', 'chinese (taiwan)', 'source', 'source term', 'term', 'chinese', '繁體', '繁體中文', '繁体', '繁体中文', '中文', '原文', '詞條', '術語'],
  en: ['en', 'en-gb', 'en-us', 'en_gb', 'en_us', 'english', 'english term', 'target', 'target term', 'translation', '英文', '英語', '英语', '譯文'],
  zhHans: ['zh-hans', 'zh-cn', 'zh-sg', 'zh_hans', 'zh_cn', 'simplified', 'simplified chinese', 'chinese (simplified)', 'chinese simplified',
    'chinese (prc)', '簡體', '簡體中文', '简体', '简体中文'],
  notes: ['notes', 'note', 'comment', 'comments', 'definition', 'remarks', 'description', '備註', '备注', '說明', '说明', '定義'],
  partOfSpeech: ['part of speech', 'partofspeech', 'pos', 'part-of-speech', 'word class', '詞性', '词性'],
  forbidden: ['forbidden', 'do not use', "don't use", 'deprecated', 'blacklist', 'status', '禁用', '禁止'],
};
const POSITIONAL: readonly GlossaryField[] = ['zhHant', 'en', 'zhHans', 'notes', 'partOfSpeech', 'forbidden'];

const normalizeHeading = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');

function fieldOf(heading: string): GlossaryField | undefined {
  const name = normalizeHeading(heading);
  return (Object.keys(ALIASES) as GlossaryField[]).find((field) => ALIASES[field].includes(name));
}

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'y', 'x', '✓', '✔', 'forbidden', 'deprecated', 'do not use', '是', '禁用', '禁止']);
const isTrue = (value: string) => TRUE_VALUES.has(normalizeHeading(value));

const HAN = /\p{Script=Han}/u;

/** Which field each column holds: from the heading row, or by position for a file without one. */
function columnsOf(rows: readonly Row[]): { columns: (GlossaryField | undefined)[]; dataFrom: number } {
  const header = rows[0]?.fields ?? [];
  const named = header.map(fieldOf);
  if (named.includes('zhHant') && (named.includes('en') || named.includes('zhHans'))) {
    // A heading that appears twice (two English columns) keeps its first column.
    return { columns: named.map((field, i) => (field !== undefined && named.indexOf(field) === i ? field : undefined)), dataFrom: 1 };
  }
  if (HAN.test(header[0] ?? '')) return { columns: [...POSITIONAL], dataFrom: 0 };
  throw new WorkbenchError(
    'MALFORMED_FILE',
    'The glossary has no heading row naming a Traditional Chinese column and an English or Simplified Chinese one (for example "zh-Hant,en,zh-Hans")',
  );
}

/** The text of a file: a BOM's encoding, else UTF-8, else Big5 or GB as Excel saves "CSV" in a Chinese Windows. */
function decodeTable(bytes: Uint8Array): string {
  return decodeSource(bytes).text.replace(/^\ufeff/u, '');
}

export function readGlossaryTable(bytes: Uint8Array): GlossaryFile {
  const text = decodeTable(bytes);
  if (text.trim() === '') throw new WorkbenchError('EMPTY_FILE', 'The glossary file is empty');
  const { delimiter, body } = detectDelimiter(text);
  const rows = parseDelimited(body, delimiter);
  const { columns, dataFrom } = columnsOf(rows);
  const entries: GlossaryTerm[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of rows.slice(dataFrom)) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    const value = (field: GlossaryField) => {
      const index = columns.indexOf(field);
      return index < 0 ? '' : (row.fields[index] ?? '').replace(/\r\n?/gu, '\n');
    };
    try {
      entries.push(
        checkGlossaryTerm({
          zhHant: value('zhHant'),
          en: value('en'),
          zhHans: value('zhHans'),
          notes: value('notes'),
          partOfSpeech: value('partOfSpeech'),
          forbidden: isTrue(value('forbidden')),
        }),
      );
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      skipped.push({ at: `line ${row.line}`, reason: error.message });
    }
  }
  return { entries, skipped };
}

const TABLE_HEADINGS: Record<GlossaryField, string> = {
  zhHant: 'zh-Hant',
  en: 'English',
  zhHans: 'zh-Hans',
  notes: 'Notes',
  partOfSpeech: 'Part of speech',
  forbidden: 'Forbidden',
};

/** A CSV or TSV file with a BOM, so Excel opens it as UTF-8 rather than in the system's code page. */
export function writeGlossaryTable(entries: readonly GlossaryTerm[], format: 'csv' | 'tsv'): Uint8Array {
  const rows = [
    POSITIONAL.map((field) => TABLE_HEADINGS[field]),
    ...entries.map((e) => [e.zhHant, e.en, e.zhHans, e.notes, e.partOfSpeech, e.forbidden ? 'yes' : '']),
  ];
  return new TextEncoder().encode(`\ufeff${writeDelimited(rows, format === 'csv' ? ',' : '\t')}`);
}
