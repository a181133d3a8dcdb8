/**
 * The glossary's use cases over the store: editing, import and export (CSV, TSV, TBX), the terms
 * recognised in a paragraph, and the Simplified renderings it imposes on drafting. Entries that
 * apply in a project are its own and the global ones, the project's first.
 */
import { WorkbenchError } from '../core/errors.ts';
import { applicableEntries, checkGlossaryTerm, glossaryVocabulary, type GlossaryEntry, type GlossaryTerm } from '../core/glossary/entry.ts';
import { compileGlossary, findGlossaryTerms, type CompiledGlossary } from '../core/glossary/recognize.ts';
import { readGlossaryTable, writeGlossaryTable, type SkippedRow } from '../core/glossary/table.ts';
import { readTbx, writeTbx } from '../core/glossary/tbx.ts';
import type { VocabularyEntry } from '../core/simplified/vocabulary.ts';
import type { GlossaryImportCounts } from '../db/glossary.ts';
import type { Store } from '../db/store.ts';

export type GlossaryFormat = 'csv' | 'tsv' | 'tbx';
export const GLOSSARY_FORMATS: readonly GlossaryFormat[] = ['csv', 'tsv', 'tbx'];

export interface GlossaryInput extends GlossaryTerm {
  /** Absent to add an entry; an entry keeps its scope when it is edited. */
  id?: number;
  projectId: number | null;
}

export interface GlossaryImportResult extends GlossaryImportCounts {
  /** Rows or concepts that could not be an entry, with where and why. */
  skipped: SkippedRow[];
}

export interface GlossaryDownload {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A term found in a paragraph's source, with what the glossary says about it. */
export interface GlossaryHitView {
  start: number;
  end: number;
  text: string;
  entries: GlossaryEntry[];
}

export function listGlossary(store: Store, projectId?: number | null): GlossaryEntry[] {
  return store.glossary.list(projectId);
}

export function saveGlossaryEntry(store: Store, { id, projectId, ...term }: GlossaryInput, now: string): GlossaryEntry {
  const checked = checkGlossaryTerm(term);
  return id === undefined ? store.glossary.add(projectId, checked, now) : store.glossary.update(id, checked, now);
}

export function deleteGlossaryEntry(store: Store, id: number): GlossaryEntry {
  return store.glossary.delete(id);
}

/** TBX when the file is XML, a table otherwise, unless the caller says which. */
function formatOf(bytes: Uint8Array, format: GlossaryFormat | undefined): GlossaryFormat {
  if (format) return format;
  // Dropping NULs and undecodable bytes also reads the start of a UTF-16 file.
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/[\ufeff\ufffd\0\s]+/gu, '');
  return head.startsWith('<') ? 'tbx' : 'csv';
}

/** Imports a file into one scope in one transaction; nothing is written when the file cannot be read. */
export function importGlossary(
  store: Store,
  bytes: Uint8Array,
  options: { projectId: number | null; format?: GlossaryFormat },
  now: string,
): GlossaryImportResult {
  const file = formatOf(bytes, options.format) === 'tbx' ? readTbx(bytes) : readGlossaryTable(bytes);
  if (file.entries.length === 0) {
    const why = file.skipped[0] ? ` (${file.skipped[0].at}: ${file.skipped[0].reason})` : '';
    throw new WorkbenchError('MALFORMED_FILE', `The glossary file has no usable entry${why}`);
  }
  return { ...store.glossary.import(options.projectId, file.entries, now), skipped: file.skipped };
}

const MIME: Record<GlossaryFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  tbx: 'application/x-tbx+xml',
};

/** One scope's entries (the global glossary for null) as a file. */
export function exportGlossary(store: Store, options: { projectId: number | null; format: GlossaryFormat }): GlossaryDownload {
  const entries = store.glossary.list(options.projectId);
  const name = options.projectId === null ? 'glossary' : `glossary-project-${options.projectId}`;
  const bytes = options.format === 'tbx' ? writeTbx(entries, `Bilingual Workbench ${name}`) : writeGlossaryTable(entries, options.format);
  return { fileName: `${name}.${options.format}`, mimeType: MIME[options.format], bytes };
}

export function compiledGlossaryFor(store: Store, projectId: number): CompiledGlossary<GlossaryEntry> {
  return compileGlossary(applicableEntries(store.glossary.applicableTo(projectId), projectId));
}

/** The glossary terms in a paragraph's source, for highlighting and hover. */
export function glossaryHits(store: Store, paragraphId: number): GlossaryHitView[] {
  const paragraph = store.targets.paragraph(paragraphId);
  if (!paragraph) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
  return findGlossaryTerms(compiledGlossaryFor(store, paragraph.projectId), paragraph.source).map((hit) => ({
    ...hit,
    text: paragraph.source.slice(hit.start, hit.end),
  }));
}

/** The Simplified renderings the project's glossary imposes, for the drafting vocabulary layer. */
export function glossaryDraftVocabulary(store: Store, projectId: number): VocabularyEntry[] {
  return glossaryVocabulary(applicableEntries(store.glossary.applicableTo(projectId), projectId));
}
