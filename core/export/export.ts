/** One entry point for every export format: the document in, one file's bytes and a summary out. */
import type { TargetLangT } from '../api/contract.ts';
import { WorkbenchError } from '../errors.ts';
import { XLIFF_MIME } from '../formats/xliff.ts';
import { writeXliff } from '../formats/xliff-write.ts';
import { bilingualDocx } from './bilingual-docx.ts';
import { bilingualHtml } from './bilingual-html.ts';
import { bilingualMarkdown, MARKDOWN_MIME } from './bilingual-md.ts';
import { DEFAULT_BILINGUAL_OPTIONS } from './bilingual-table.ts';
import type { DocxFonts } from './docx-text.ts';
import { fileStem } from './labels.ts';
import { DEFAULT_SELECTION, selectParagraphs, type ExportDocument, type ExportFile } from './model.ts';
import { buildEdition, editionMarkdown, editionText, type Untranslated } from './monolingual.ts';
import { editionDocx } from './monolingual-docx.ts';
import { confirmedPairsTmx, TMX_MIME } from './tmx-pairs.ts';

import type { ExportFormatName } from './formats.ts';

export { EXPORT_FORMATS, type ExportFormatName } from './formats.ts';

export interface ExportRequest {
  format: ExportFormatName;
  /** The target language of a monolingual edition or an XLIFF file; for TMX, both when absent. */
  lang?: TargetLangT;
  /** The target columns of a bilingual table (default both). */
  targets?: readonly TargetLangT[];
  untranslated?: Untranslated;
  status?: boolean;
  comments?: boolean;
  headings?: boolean;
  boilerplate?: boolean;
  fonts?: DocxFonts;
}

const EXTENSION: Record<ExportFormatName, string> = {
  'bilingual-docx': 'bilingual.docx',
  'bilingual-html': 'bilingual.html',
  'bilingual-md': 'bilingual.md',
  docx: 'docx',
  txt: 'txt',
  md: 'md',
  xliff: 'xlf',
  xliff12: 'xliff12.xlf',
  tmx: 'tmx',
};

function langOf(request: ExportRequest): TargetLangT {
  if (request.lang) return request.lang;
  throw new WorkbenchError('INVALID_PAYLOAD', `The ${request.format} export is for one target language: choose en or zh-Hans`);
}

async function render(doc: ExportDocument, request: ExportRequest): Promise<Omit<ExportFile, 'fileName'>> {
  const selection = { headings: request.headings ?? DEFAULT_SELECTION.headings, boilerplate: request.boilerplate ?? DEFAULT_SELECTION.boilerplate };
  const bilingual = {
    ...selection,
    targets: request.targets ?? DEFAULT_BILINGUAL_OPTIONS.targets,
    status: request.status ?? DEFAULT_BILINGUAL_OPTIONS.status,
    comments: request.comments ?? DEFAULT_BILINGUAL_OPTIONS.comments,
  };
  switch (request.format) {
    case 'bilingual-docx':
      return bilingualDocx(doc, { ...bilingual, fonts: request.fonts });
    case 'bilingual-html':
      return bilingualHtml(doc, bilingual);
    case 'bilingual-md':
      return bilingualMarkdown(doc, bilingual);
    case 'tmx': {
      const { xml, summary } = confirmedPairsTmx(doc, selection, request.lang);
      return { mimeType: TMX_MIME, bytes: new TextEncoder().encode(xml), summary };
    }
    case 'xliff':
    case 'xliff12': {
      if (selectParagraphs(doc.paragraphs, selection).length === 0) {
        throw new WorkbenchError('EMPTY_DOCUMENT', `“${doc.title}” has no paragraphs to export with these choices`);
      }
      const { xml, summary } = writeXliff(doc, { ...selection, lang: langOf(request), version: request.format === 'xliff' ? '2.0' : '1.2' });
      return { mimeType: XLIFF_MIME, bytes: new TextEncoder().encode(xml), summary };
    }
  }
  const edition = buildEdition(doc, { ...selection, lang: langOf(request), untranslated: request.untranslated ?? 'omit' });
  if (request.format === 'docx') return editionDocx(edition, doc.title, request.fonts);
  const text = request.format === 'md' ? editionMarkdown(edition) : editionText(edition);
  return {
    mimeType: request.format === 'md' ? MARKDOWN_MIME : 'text/plain; charset=utf-8',
    bytes: new TextEncoder().encode(text),
    summary: edition.summary,
  };
}

export async function exportDocument(doc: ExportDocument, request: ExportRequest): Promise<ExportFile> {
  const file = await render(doc, request);
  const perLanguage = !request.format.startsWith('bilingual') && !(request.format === 'tmx' && request.lang === undefined);
  const lang = perLanguage ? `.${langOf(request)}` : '';
  return { fileName: `${fileStem(doc.title)}${lang}.${EXTENSION[request.format]}`, ...file };
}
