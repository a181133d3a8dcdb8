/**
 * The bilingual review document: a title block and one table, # | 原文 | English | 简体中文
 * (| Status | Comment), on A4 landscape. The header row repeats on every page, rows are
 * not split across pages, and each # cell carries a bookmark with the paragraph's id so
 * that a reviewed copy can be matched row by row (see review-docx.ts).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { TargetLangT } from '../api/contract.ts';
import { bilingualTable, statusesOf, type BilingualOptions, type BilingualRow, type BilingualTable } from './bilingual-table.ts';
import { DEFAULT_FONTS, documentStyles, SIZE, textRuns, type DocxFonts } from './docx-text.ts';
import { COLUMN_LABEL, LANGUAGE_SHORT, STATUS_COLOUR, STATUS_LABEL, type ColumnKey } from './labels.ts';
import { isLeftOut, isUntranslated, type ExportDocument, type ExportFile } from './model.ts';

/** Bookmark names are how a returned file names its rows: wb_p + paragraph id. */
export const ROW_BOOKMARK_PREFIX = 'wb_p';
/** Custom document properties that tell the review import where the file came from. */
export const PROPERTY = { documentId: 'BilingualWorkbenchDocument', exportedAt: 'BilingualWorkbenchExportedAt' } as const;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// A4 landscape with 15 mm margins, in twentieths of a point.
const PAGE = { width: 16838, height: 11906, margin: 850 };
const TABLE_WIDTH = PAGE.width - 2 * PAGE.margin;
const FIXED_WIDTH: Partial<Record<ColumnKey, number>> = { number: 620, status: 1500, comment: 2600 };

const RULE = {
  outer: { style: BorderStyle.SINGLE, size: 4, color: 'A3ACB9' },
  inner: { style: BorderStyle.SINGLE, size: 4, color: 'C9CED6' },
};

/** Cell paragraphs sit tight: the cell margins give the space. */
const IN_CELL = { spacing: { before: 0, after: 0 } };

const COLOUR = { headerFill: 'DCE6F2', sourceFill: 'F3F4F6', headingFill: 'EEF2F7', emptyFill: 'FFF7E6', muted: '6B7280' };

export interface BilingualDocxOptions extends BilingualOptions {
  fonts?: DocxFonts;
}

function columnWidths(columns: readonly ColumnKey[]): number[] {
  const fixed = columns.reduce((sum, key) => sum + (FIXED_WIDTH[key] ?? 0), 0);
  const textColumns = columns.filter((key) => FIXED_WIDTH[key] === undefined).length;
  const each = Math.floor((TABLE_WIDTH - fixed) / textColumns);
  return columns.map((key) => FIXED_WIDTH[key] ?? each);
}

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    shading: fill === undefined ? undefined : { type: ShadingType.CLEAR, fill, color: 'auto' },
  });
}

class RowWriter {
  private readonly table: BilingualTable;
  private readonly widths: number[];

  constructor(table: BilingualTable) {
    this.table = table;
    this.widths = columnWidths(table.columns);
  }

  header(): TableRow {
    return new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: this.table.columns.map((key, i) =>
        cell([new Paragraph({ ...IN_CELL, keepNext: true, children: textRuns(COLUMN_LABEL[key], key === 'zh-Hans' ? 'zh-Hans' : 'source', { bold: true }) })], this.widths[i]!, COLOUR.headerFill),
      ),
    });
  }

  row(row: BilingualRow): TableRow {
    const fill = row.headingLevel === null ? undefined : COLOUR.headingFill;
    return new TableRow({
      cantSplit: true,
      children: this.table.columns.map((key, i) => {
        const width = this.widths[i]!;
        if (key === 'number') return cell([this.numberParagraph(row)], width, fill);
        if (key === 'source') return cell([this.textParagraph(row, row.paragraph.source, 'source')], width, fill ?? COLOUR.sourceFill);
        if (key === 'status') return cell(this.statusParagraphs(row), width, fill);
        // A comment may be in either language: the source style has a Latin and a Chinese font.
        if (key === 'comment') return cell([this.textParagraph(row, row.paragraph.comment, 'source')], width, fill);
        const target = row.paragraph.targets[key];
        return cell([this.textParagraph(row, target.text, key)], width, fill ?? (isUntranslated(target) ? COLOUR.emptyFill : undefined));
      }),
    });
  }

  private numberParagraph(row: BilingualRow): Paragraph {
    const number: ParagraphChild = new TextRun({ text: String(row.number), size: SIZE.small, color: COLOUR.muted });
    return new Paragraph({ ...IN_CELL, children: [new Bookmark({ id: `${ROW_BOOKMARK_PREFIX}${row.paragraph.id}`, children: [number] })] });
  }

  private textParagraph(row: BilingualRow, text: string, lang: TargetLangT | 'source'): Paragraph {
    const leftOut = isLeftOut(row.paragraph);
    const style = leftOut ? { color: COLOUR.muted, italics: true } : {};
    const heading = row.headingLevel === null ? {} : { heading: row.headingLevel === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 };
    const caption = row.paragraph.kind === 'caption' ? { style: 'Caption' } : {};
    return new Paragraph({ ...IN_CELL, ...heading, ...caption, children: textRuns(text, lang, style) });
  }

  /** One coloured line per target; set in the Simplified style so that 简 takes its Simplified glyph. */
  private statusParagraphs(row: BilingualRow): Paragraph[] {
    const both = this.table.targets.length > 1;
    return statusesOf(row, this.table.targets).map(
      ({ lang, status }) =>
        new Paragraph({
          ...IN_CELL,
          children: textRuns(`${both ? `${LANGUAGE_SHORT[lang]} ` : ''}${STATUS_LABEL[status]}`, 'zh-Hans', {
            size: SIZE.small,
            color: STATUS_COLOUR[status],
          }),
        }),
    );
  }
}

function introParagraphs(table: BilingualTable): Paragraph[] {
  const { intro } = table;
  const line = (text: string, style = {}) => new Paragraph({ spacing: { after: 20 }, children: textRuns(text, 'source', { size: SIZE.small, ...style }) });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(intro.title, 'source') }),
    line(intro.languages, { bold: true }),
    line(intro.exported, { color: COLOUR.muted }),
    ...intro.progress.map((text) => line(text)),
    new Paragraph({ spacing: { before: 80, after: 160 }, children: textRuns(intro.notice, 'source', { size: SIZE.small, color: STATUS_COLOUR.empty }) }),
  ];
}

function footer(title: string): Footer {
  const muted = { size: SIZE.small, color: COLOUR.muted };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          ...textRuns(`${title} · page `, 'source', muted),
          new TextRun({ ...muted, children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export async function bilingualDocx(doc: ExportDocument, options: BilingualDocxOptions): Promise<Omit<ExportFile, 'fileName'>> {
  const fonts = options.fonts ?? DEFAULT_FONTS;
  const table = bilingualTable(doc, options);
  const writer = new RowWriter(table);
  const document = new Document({
    title: doc.title,
    creator: 'Bilingual Workbench',
    styles: documentStyles(fonts),
    customProperties: [
      { name: PROPERTY.documentId, value: String(doc.id) },
      { name: PROPERTY.exportedAt, value: doc.exportedAt },
    ],
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: footer(doc.title) },
        children: [
          ...introParagraphs(table),
          new Table({
            layout: TableLayoutType.FIXED,
            margins: { top: 50, bottom: 50, left: 90, right: 90 },
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths: columnWidths(table.columns),
            borders: {
              top: RULE.outer,
              bottom: RULE.outer,
              left: RULE.outer,
              right: RULE.outer,
              insideHorizontal: RULE.inner,
              insideVertical: RULE.inner,
            },
            rows: [writer.header(), ...table.rows.map((row) => writer.row(row))],
          }),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return { mimeType: DOCX_MIME, bytes, summary: table.summary };
}
