/** The export dialog's choices, and the request they make for each format. */
import type { ExportOptionsT, TargetLangT } from '../../core/api/contract.ts';
import { EXPORT_FORMATS, type ExportFormatName } from '../../core/export/formats.ts';
import type { MessageKey } from './i18n/index.ts';

export type FormatFamily = 'bilingual' | 'monolingual' | 'interchange';

export const FORMAT_GROUPS: readonly { family: FormatFamily; label: MessageKey; hint: MessageKey; formats: readonly { format: ExportFormatName; label: MessageKey }[] }[] = [
  {
    family: 'bilingual',
    label: 'exportGroupBilingual',
    hint: 'exportHintBilingual',
    formats: [
      { format: 'bilingual-docx', label: 'exportFormatDocx' },
      { format: 'bilingual-html', label: 'exportFormatHtml' },
      { format: 'bilingual-md', label: 'exportFormatMarkdown' },
    ],
  },
  {
    family: 'monolingual',
    label: 'exportGroupMonolingual',
    hint: 'exportHintMonolingual',
    formats: [
      { format: 'docx', label: 'exportFormatDocx' },
      { format: 'txt', label: 'exportFormatText' },
      { format: 'md', label: 'exportFormatMarkdown' },
    ],
  },
  {
    family: 'interchange',
    label: 'exportGroupInterchange',
    hint: 'exportHintInterchange',
    formats: [
      { format: 'xliff', label: 'exportFormatXliff20' },
      { format: 'xliff12', label: 'exportFormatXliff12' },
      { format: 'tmx', label: 'exportFormatTmx' },
    ],
  },
];

export interface ExportForm {
  format: ExportFormatName;
  /** The target columns of a bilingual table. */
  targets: TargetLangT[];
  /** The language of a one-language file; 'both' only for TMX, which can hold both pairs. */
  lang: TargetLangT | 'both';
  untranslated: 'omit' | 'source';
  status: boolean;
  comments: boolean;
  headings: boolean;
  boilerplate: boolean;
}

export const DEFAULT_FORM: ExportForm = {
  format: 'bilingual-docx',
  targets: ['en', 'zh-Hans'],
  lang: 'en',
  untranslated: 'omit',
  status: false,
  comments: false,
  headings: true,
  boilerplate: false,
};

export function isExportFormat(value: string): value is ExportFormatName {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function familyOf(format: ExportFormatName): FormatFamily {
  return FORMAT_GROUPS.find((group) => group.formats.some((f) => f.format === format))!.family;
}

export const offersBothLanguages = (format: ExportFormatName) => format === 'tmx';

/** Changes the format, keeping every choice that still applies. */
export function withFormat(form: ExportForm, format: ExportFormatName): ExportForm {
  const lang = form.lang === 'both' && !offersBothLanguages(format) ? 'en' : form.lang;
  return { ...form, format, lang };
}

/** The request for the chosen format, with only the options that format reads. */
export function exportRequest(documentId: number, form: ExportForm): ExportOptionsT {
  const common = { documentId, format: form.format, headings: form.headings, boilerplate: form.boilerplate };
  const lang = form.lang === 'both' ? {} : { lang: form.lang };
  switch (familyOf(form.format)) {
    case 'bilingual':
      return { ...common, targets: form.targets, status: form.status, comments: form.comments };
    case 'monolingual':
      return { ...common, ...lang, untranslated: form.untranslated };
    case 'interchange':
      return { ...common, ...lang };
  }
}
