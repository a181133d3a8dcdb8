/**
 * Quality assurance over the store: the live check of the cell being edited, the document check
 * before export, "ignore, with reason", and the exported report. The checks themselves are pure
 * (core/qa); this gathers what they need (the document for consistency, the project's glossary
 * and spelling dictionary) and marks the issues a person has ignored.
 */
import type { TargetLangT } from '../core/api/contract.ts';
import { WorkbenchError } from '../core/errors.ts';
import { checkParagraphs, type QaOptions, type QaParagraph, type QaScope } from '../core/qa/check.ts';
import type { LengthBands } from '../core/qa/length.ts';
import type { QaLanguage } from '../core/qa/messages.ts';
import { countBySeverity, qaReportCsv, qaReportHtml, type ReportFinding } from '../core/qa/report.ts';
import { QA_CHECK_IDS, type QaCheckId, type QaIssue, type Severity } from '../core/qa/types.ts';
import type { ParagraphRow } from '../db/documents.ts';
import type { IgnoredIssue } from '../db/qa.ts';
import type { Store } from '../db/store.ts';
import { compiledGlossaryFor } from './glossary.ts';
import { documentInclusion } from './import.ts';
import { spellingFor } from './spelling.ts';

export interface QaFinding extends QaIssue {
  paragraphId: number;
  position: number;
  ignored: { reason: string; createdAt: string } | null;
}

export interface QaSettings {
  lengthBands?: LengthBands;
}

export interface DocumentQa {
  documentId: number;
  title: string;
  findings: QaFinding[];
  /** Issues not ignored, by severity, and how many are ignored. */
  counts: Record<Severity, number> & { ignored: number };
}

export type QaReportFormat = 'csv' | 'html';

const MAX_REASON_CHARS = 1000;

function toQaParagraph(row: ParagraphRow): QaParagraph {
  return {
    paragraphId: row.id,
    position: row.position,
    source: row.source,
    targets: { en: { text: row.enText, status: row.enStatus }, 'zh-Hans': { text: row.zhText, status: row.zhStatus } },
  };
}

const ignoreKey = (paragraphId: number, lang: TargetLangT, check: string, key: string) => JSON.stringify([paragraphId, lang, check, key]);

/** The paragraphs a document translates (excluded ones, boilerplate by default, are not checked), and `keep` whatever its inclusion. */
function includedParagraphs(store: Store, documentId: number, keep?: number): QaParagraph[] {
  const excluded = new Set(documentInclusion(store, documentId).excludedParagraphIds);
  return store.documents.paragraphsOf(documentId).filter((row) => row.id === keep || !excluded.has(row.id)).map(toQaParagraph);
}

function findings(
  paragraphs: readonly QaParagraph[],
  ignored: readonly IgnoredIssue[],
  options: QaOptions,
  scope: QaScope = {},
): QaFinding[] {
  const byKey = new Map(ignored.map((i) => [ignoreKey(i.paragraphId, i.lang, i.check, i.key), i]));
  return checkParagraphs(paragraphs, options, scope).flatMap(({ paragraphId, position, issues }) =>
      issues.map((found) => {
        const record = byKey.get(ignoreKey(paragraphId, found.lang, found.check, found.key));
        return { ...found, paragraphId, position, ignored: record ? { reason: record.reason, createdAt: record.createdAt } : null };
      }),
    );
}

/**
 * The issues of one cell, for the editor as the translator types: `text` is what the cell holds
 * in the editor (the stored text when absent). Consistency is checked against the rest of the document.
 */
export function checkCell(store: Store, paragraphId: number, lang: TargetLangT, settings: QaSettings & { text?: string } = {}): QaFinding[] {
  const paragraph = store.targets.paragraph(paragraphId);
  if (!paragraph) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
  const paragraphs = includedParagraphs(store, paragraph.documentId, paragraphId);
  const self = paragraphs.find((p) => p.paragraphId === paragraphId)!;
  if (settings.text !== undefined) self.targets[lang] = { ...self.targets[lang], text: settings.text };
  const options: QaOptions = {
    glossary: compiledGlossaryFor(store, paragraph.projectId),
    lengthBands: settings.lengthBands,
    spelling: spellingFor(store, paragraph.projectId),
  };
  return findings(paragraphs, store.qaIgnored.ofParagraph(paragraphId), options, { paragraphId, lang });
}

/** Every issue of a document, as before an export: an unreviewed Simplified machine draft is flagged too. */
export function checkDocument(store: Store, documentId: number, settings: QaSettings = {}): DocumentQa {
  const document = store.documents.find(documentId);
  if (!document) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
  const options: QaOptions = {
    glossary: compiledGlossaryFor(store, document.projectId),
    lengthBands: settings.lengthBands,
    exporting: true,
    spelling: spellingFor(store, document.projectId),
  };
  const all = findings(includedParagraphs(store, documentId), store.qaIgnored.ofDocument(documentId), options);
  const ignored = all.filter((f) => f.ignored).length;
  return { documentId, title: document.title, findings: all, counts: { ...countBySeverity(all), ignored } };
}

export interface IgnoreRequest {
  paragraphId: number;
  lang: TargetLangT;
  check: QaCheckId;
  key: string;
  reason: string;
}

/** Remembers that a person accepted an issue, and why; ignoring it again replaces the reason. */
export function ignoreWarning(store: Store, request: IgnoreRequest, now: string): IgnoredIssue {
  const reason = request.reason.trim();
  if (reason === '') throw new WorkbenchError('INVALID_PAYLOAD', 'Say why the warning is ignored: the reason is empty');
  if (reason.length > MAX_REASON_CHARS) throw new WorkbenchError('INVALID_PAYLOAD', `The reason is longer than ${MAX_REASON_CHARS} characters`);
  if (!QA_CHECK_IDS.includes(request.check)) throw new WorkbenchError('INVALID_PAYLOAD', `There is no QA check "${request.check}"`);
  if (!store.targets.find(request.paragraphId, request.lang)) {
    throw new WorkbenchError('NOT_FOUND', `Paragraph ${request.paragraphId} has no ${request.lang} cell`);
  }
  const ignored: IgnoredIssue = { ...request, reason, createdAt: now };
  store.qaIgnored.ignore(ignored);
  return ignored;
}

/** Shows an ignored issue again; false when it was not ignored. */
export function unignoreWarning(store: Store, request: Omit<IgnoreRequest, 'reason'>): boolean {
  return store.qaIgnored.unignore(request.paragraphId, request.lang, request.check, request.key);
}

export interface QaReportFile {
  fileName: string;
  mimeType: string;
  text: string;
  counts: DocumentQa['counts'];
}

/** The document's report as a file: every issue with its paragraph, source and translation, in an interface language (English by default). */
export function qaReport(
  store: Store,
  documentId: number,
  format: QaReportFormat,
  now: string,
  { language = 'en', ...settings }: QaSettings & { language?: QaLanguage } = {},
): QaReportFile {
  const qa = checkDocument(store, documentId, settings);
  const texts = new Map(store.documents.paragraphsOf(documentId).map((row) => [row.id, row]));
  const report = {
    title: qa.title,
    generatedAt: now,
    findings: qa.findings.map((f): ReportFinding => {
      const row = texts.get(f.paragraphId)!;
      return { ...f, source: row.source, target: f.lang === 'en' ? row.enText : row.zhText };
    }),
  };
  const base = `${qa.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').slice(0, 100)} QA`;
  return format === 'html'
    ? { fileName: `${base}.html`, mimeType: 'text/html;charset=utf-8', text: qaReportHtml(report, language), counts: qa.counts }
    : { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', text: qaReportCsv(report, language), counts: qa.counts };
}
