/**
 * The bilingual table every side-by-side format draws (DOCX, HTML, Markdown): which
 * columns, which rows, and the lines above it. Writers only decide how it looks.
 */
import type { CellStatusT, TargetLangT } from '../api/contract.ts';
import { WorkbenchError } from '../errors.ts';
import { COLUMN_LABEL, exportDay, LANGUAGE_NAME, type ColumnKey } from './labels.ts';
import {
  DEFAULT_SELECTION,
  headingLevels,
  isConfirmed,
  isLeftOut,
  selectParagraphs,
  TARGET_LANGS,
  type ExportDocument,
  type ExportParagraph,
  type ExportSummary,
  type Selection,
} from './model.ts';

export interface BilingualOptions extends Selection {
  /** The target columns, any non-empty subset of en and zh-Hans. */
  targets: readonly TargetLangT[];
  status: boolean;
  comments: boolean;
}

export const DEFAULT_BILINGUAL_OPTIONS: BilingualOptions = {
  ...DEFAULT_SELECTION,
  targets: TARGET_LANGS,
  status: false,
  comments: false,
};

export interface BilingualRow {
  paragraph: ExportParagraph;
  /** The row number a reviewer refers to: the paragraph's place in the document, from 1. */
  number: number;
  /** Set on heading rows. */
  headingLevel: 1 | 2 | null;
}

export interface Intro {
  title: string;
  languages: string;
  exported: string;
  progress: string[];
  notice: string;
}

export interface BilingualTable {
  columns: ColumnKey[];
  targets: TargetLangT[];
  rows: BilingualRow[];
  intro: Intro;
  summary: ExportSummary;
}

function targetsIn(options: BilingualOptions): TargetLangT[] {
  const targets = TARGET_LANGS.filter((lang) => options.targets.includes(lang));
  if (targets.length === 0) throw new WorkbenchError('INVALID_PAYLOAD', 'Choose at least one target column (en, zh-Hans)');
  return targets;
}

/** Confirmed cells over the paragraphs that are translated at all (boilerplate is not). */
export function progressLine(doc: ExportDocument, lang: TargetLangT): string {
  const translatable = doc.paragraphs.filter((p) => !isLeftOut(p));
  const confirmed = translatable.filter((p) => isConfirmed(p.targets[lang].status)).length;
  const percent = translatable.length === 0 ? 0 : Math.floor((100 * confirmed) / translatable.length);
  return `${LANGUAGE_NAME[lang]}: ${confirmed} of ${translatable.length} paragraphs confirmed (${percent}%)`;
}

function intro(doc: ExportDocument, targets: TargetLangT[], rows: number): Intro {
  const editable = targets.map((lang) => COLUMN_LABEL[lang]).join(' and ');
  return {
    title: doc.title,
    languages: `${LANGUAGE_NAME.source} → ${targets.map((lang) => LANGUAGE_NAME[lang]).join(', ')}`,
    exported: `Exported ${exportDay(doc.exportedAt)} from Bilingual Workbench · document ${doc.id} · ${rows} rows`,
    progress: targets.map((lang) => progressLine(doc, lang)),
    notice:
      `Edit only the ${editable} column${targets.length > 1 ? 's' : ''}. Keep the # column and the source text as they are: ` +
      'they match each row to its paragraph when this file is imported back.',
  };
}

export function bilingualTable(doc: ExportDocument, options: BilingualOptions): BilingualTable {
  const targets = targetsIn(options);
  const selected = selectParagraphs(doc.paragraphs, options);
  const levels = headingLevels(doc.paragraphs);
  const columns: ColumnKey[] = ['number', 'source', ...targets];
  if (options.status) columns.push('status');
  if (options.comments) columns.push('comment');
  return {
    columns,
    targets,
    rows: selected.map((paragraph) => ({
      paragraph,
      number: paragraph.position + 1,
      headingLevel: levels.get(paragraph.id) ?? null,
    })),
    intro: intro(doc, targets, selected.length),
    summary: {
      written: selected.length,
      skipped: doc.paragraphs.length - selected.length,
      untranslated: null,
      omitted: 0,
      filledWithSource: 0,
    },
  };
}

/** The status column's entries: one per target column, in column order. */
export function statusesOf(row: BilingualRow, targets: readonly TargetLangT[]): { lang: TargetLangT; status: CellStatusT }[] {
  return targets.map((lang) => ({ lang, status: row.paragraph.targets[lang].status }));
}
