/**
 * The translation memory's use cases over the repositories: fuzzy lookup, concordance,
 * TMX import and export, maintenance, propagation. WorkbenchService calls these; the contract
 * methods that expose them are listed in the report of issue 5 for the lead to wire.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TargetLangT, TmMatchT } from '../core/api/contract.ts';
import type { Checkpoint } from '../core/api/job-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';
import { mapLanguage, TMX_END, TmxReader, tmxStart, tmxUnit, type TmLanguage, type TmxOutUnit, type TmxUnit } from '../core/formats/tmx.ts';
import { sentenceRanges } from '../core/sentences.ts';
import { diffChars } from '../core/tm/diff.ts';
import { fuzzyGrams, scanGrams } from '../core/tm/grams.ts';
import { LevenshteinPattern, similarityOf } from '../core/tm/levenshtein.ts';
import { codePoints, exactKey, matchKeyPoints, searchFold } from '../core/tm/normalize.ts';
import { substituteNumbers } from '../core/tm/numbers.ts';
import { scoreMatch } from '../core/tm/score.ts';
import type { Store } from '../db/store.ts';
import type { NewTmUnit, TmScopeEntry, TmUnitRow } from '../db/tm.ts';

const MAX_MATCHES = 5;
/** memoQ's lowest band starts at 50; below that a match costs more to fix than to translate. */
const MIN_SCORE = 50;
/** Under this best paragraph score the panel also shows sentence-level matches. */
const SENTENCE_FALLBACK_BELOW = 75;
/** Candidates rescored with Levenshtein per memory and lookup; see bench/groups/tm.ts for the recall this buys. */
const CANDIDATES = 100;
const CONCORDANCE_LIMIT = 50;
/** Candidates a concordance search verifies at most before it reports there may be more. */
const CONCORDANCE_BUDGET = 5000;
/** Read and write in 256 KB pieces: small enough that the import answers progress polls and cancels promptly. */
const READ_CHUNK = 1 << 18;
/** The TMX header's tool; the document export can reuse it with core/formats/tmx.ts writeTmx. */
export const CREATION_TOOL = 'Bilingual Workbench';
export const CREATION_TOOL_VERSION = '0.1.0';

export interface MatchQuery {
  source: string;
  contextBefore?: string | null;
  contextAfter?: string | null;
  /** The paragraph being translated: its own unit is not a suggestion for itself. */
  excludeParagraphId?: number;
}

export interface Range {
  /** UTF-16 offsets, ready for String.slice in the UI. */
  start: number;
  end: number;
}

export interface ConcordanceHit {
  unitId: number;
  tmId: number;
  tmName: string;
  source: string;
  en: string | null;
  zhHans: string | null;
  origin: string;
  updatedAt: string;
  highlights: { source: Range[]; en: Range[]; zhHans: Range[] };
}

export interface ConcordanceResult {
  hits: ConcordanceHit[];
  /** True when the search stopped at its limit or budget: there may be more. */
  more: boolean;
}

export interface TmxImportOptions {
  /** Import into this memory; without it a new memory named `name` (or after the file) is created. */
  tmId?: number;
  name?: string;
  /** Extra language mappings, e.g. { 'zh-yue': 'zh-Hant' }; keys are lower-case xml:lang values. */
  languages?: Record<string, TmLanguage>;
  /** Called after each chunk with the bytes read; the import stops (and rolls back) if it throws. */
  checkpoint?: Checkpoint;
}

export interface TmxImportReport {
  tmId: number;
  /** <tu> elements read. */
  read: number;
  imported: number;
  /** Units without a Traditional Chinese source, or with no English or Simplified translation. */
  skipped: { noSource: number; noTranslation: number };
  /** xml:lang values seen, with how many variants each. */
  languages: Record<string, number>;
}

type Markup = Partial<Record<TmLanguage, string[]>>;

/** Maps a TMX unit to a TM unit, or says why it cannot be one. */
function fromTmx(unit: TmxUnit, tmId: number, file: string, now: string, languages: Record<string, TmLanguage>): NewTmUnit | 'noSource' | 'noTranslation' {
  const texts: Partial<Record<TmLanguage, string>> = {};
  const markup: Markup = {};
  for (const variant of unit.variants) {
    const lang = mapLanguage(variant.lang, variant.text, languages);
    if (lang === null || texts[lang] !== undefined) continue;
    texts[lang] = variant.text;
    if (variant.markup.length > 0) markup[lang] = variant.markup;
  }
  const source = texts['zh-Hant'];
  if (source === undefined || source.trim() === '') return 'noSource';
  if (texts.en === undefined && texts['zh-Hans'] === undefined) return 'noTranslation';
  const createdAt = unit.createdAt ?? now;
  return {
    tmId,
    source,
    en: texts.en ?? null,
    zhHans: texts['zh-Hans'] ?? null,
    origin: unit.props['x-origin'] ?? file,
    level: unit.segtype === 'sentence' ? 'sentence' : 'paragraph',
    file,
    contextBefore: unit.props['x-context-before'] ?? null,
    contextAfter: unit.props['x-context-after'] ?? null,
    markup: Object.keys(markup).length > 0 ? JSON.stringify(markup) : null,
    createdAt,
    updatedAt: unit.changedAt ?? createdAt,
  };
}

/** A stored unit as a TMX <tu>: zh-Hant source first, then en, then zh-Hans. */
export function unitToTmx(unit: TmUnitRow): TmxOutUnit {
  const markup = (unit.markup ? JSON.parse(unit.markup) : {}) as Markup;
  const variant = (lang: TmLanguage, text: string | null) => (text === null ? [] : [{ lang, text, markup: markup[lang] ?? [] }]);
  const props: [string, string][] = [];
  if (unit.origin !== '') props.push(['x-origin', unit.origin]);
  if (unit.contextBefore !== null) props.push(['x-context-before', unit.contextBefore]);
  if (unit.contextAfter !== null) props.push(['x-context-after', unit.contextAfter]);
  return {
    variants: [...variant('zh-Hant', unit.source), ...variant('en', unit.en), ...variant('zh-Hans', unit.zhHans)],
    createdAt: unit.createdAt,
    changedAt: unit.updatedAt,
    segtype: unit.level === 'sentence' ? 'sentence' : null,
    props,
  };
}

/** Code point offsets of each occurrence of needle in haystack (both already folded). */
function occurrences(haystack: readonly number[], needle: readonly number[]): number[] {
  const found: number[] = [];
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    found.push(i);
  }
  return found;
}

const isWordPoint = (cp: number | undefined) => cp !== undefined && /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp)) && cp < 0x2e80;

/**
 * Where a term occurs in a text, as UTF-16 ranges. Both are folded per code point (script, width,
 * case), so 裏 finds 裡 and "HK" finds "hk". A term that starts or ends with a Latin letter or digit
 * matches whole words at that edge, as its word postings do.
 */
export function highlight(text: string | null, term: readonly number[]): Range[] {
  if (text === null || term.length === 0) return [];
  const points = codePoints(text);
  const folded = points.map(searchFold);
  const offsets: number[] = [0];
  for (const cp of points) offsets.push(offsets.at(-1)! + (cp > 0xffff ? 2 : 1));
  return occurrences(folded, term)
    .filter((at) => !(isWordPoint(term[0]) && isWordPoint(folded[at - 1])))
    .filter((at) => !(isWordPoint(term.at(-1)) && isWordPoint(folded[at + term.length])))
    .map((at) => ({ start: offsets[at]!, end: offsets[at + term.length]! }));
}

/** The grams every unit containing the term must hold: its bigrams and words, or its one character. */
function concordanceGrams(term: string): number[] {
  const grams = new Set<number>();
  const unigrams = new Set<number>();
  scanGrams(term, { unigram: (g) => unigrams.add(g), bigram: (g) => grams.add(g), word: (g) => grams.add(g) });
  return [...(grams.size > 0 ? grams : unigrams)];
}

function notFound(message: string): never {
  throw new WorkbenchError('NOT_FOUND', message);
}

const NO_HIGHLIGHTS: ConcordanceHit['highlights'] = { source: [], en: [], zhHans: [] };

function hitOf(unit: TmUnitRow, tm: { tmId: number; name: string }, highlights: ConcordanceHit['highlights']): ConcordanceHit {
  const { id, source, en, zhHans, origin, updatedAt } = unit;
  return { unitId: id, tmId: tm.tmId, tmName: tm.name, source, en, zhHans, origin, updatedAt, highlights };
}

export class TmService {
  private readonly store: Store;
  private readonly clock: () => Date;
  private indexed = false;

  constructor(store: Store, clock: () => Date = () => new Date()) {
    this.store = store;
    this.clock = clock;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Units from before schema version 3 get their keys and postings on the first lookup. */
  private ensureIndexed(): void {
    if (this.indexed) return;
    this.store.tm.ensureIndexed();
    this.indexed = true;
  }

  /** Every memory, without penalties: what the CLI searches when no project is named. */
  allMemories(): TmScopeEntry[] {
    return this.store.tm.list().map((tm) => ({ tmId: tm.id, name: tm.name, penalty: 0, writable: tm.projectId !== null }));
  }

  /**
   * The best units of one memory for a source, by Levenshtein similarity of match keys: the index
   * proposes candidates sharing the most rare grams, and each is rescored exactly.
   */
  private nearest(tmId: number, key: readonly number[], grams: readonly number[], want: number): { unitId: number; similarity: number }[] {
    const pattern = new LevenshteinPattern(key);
    const scored: { unitId: number; similarity: number }[] = [];
    // A unit outside half to twice the query's length cannot reach MIN_SCORE (see similarityBound).
    const window = { minLength: Math.ceil((key.length * MIN_SCORE) / 100), maxLength: Math.floor((key.length * 100) / MIN_SCORE) };
    const candidates = this.store.tm.index.fuzzyCandidates(tmId, grams, key.length, CANDIDATES, window);
    for (const { id, matchKey } of this.store.tm.matchKeys(candidates.map((c) => c.unitId), tmId)) {
      scored.push({ unitId: id, similarity: similarityOf(pattern, codePoints(matchKey)) });
    }
    return scored.sort((a, b) => b.similarity - a.similarity || b.unitId - a.unitId).slice(0, want);
  }

  /** The top matches for a segment across the memories in scope, best first, each with its diff. */
  findMatches(scope: readonly TmScopeEntry[], query: MatchQuery, limit = MAX_MATCHES): TmMatchT[] {
    this.ensureIndexed();
    const key = matchKeyPoints(query.source);
    if (key.length === 0) return [];
    const grams = fuzzyGrams(query.source);
    const matches: TmMatchT[] = [];
    for (const tm of scope) {
      // Rescored by band below: a near match (numbers, punctuation) can rank above a closer fuzzy one.
      for (const { unitId } of this.nearest(tm.tmId, key, grams, limit * 3)) {
        const unit = this.store.tm.get(unitId);
        if (!unit || (query.excludeParagraphId !== undefined && unit.originParagraphId === query.excludeParagraphId)) continue;
        const match = this.toMatch(unit, tm, query);
        if (match.score >= MIN_SCORE) matches.push(match);
      }
    }
    // The diff is worked out for the matches shown only.
    return matches
      .sort((a, b) => b.score - a.score || b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, limit)
      .map((match) => ({ ...match, diff: diffChars(match.source, query.source) }));
  }

  private toMatch(unit: TmUnitRow, tm: TmScopeEntry, query: MatchQuery): TmMatchT {
    const scored = scoreMatch(unit, { source: query.source, contextBefore: query.contextBefore, contextAfter: query.contextAfter });
    const fix = (text: string | null) => (text === null || !scored.numbers ? null : substituteNumbers(text, scored.numbers.stored, scored.numbers.current));
    return {
      unitId: unit.id,
      score: Math.max(0, scored.score - tm.penalty),
      source: unit.source,
      en: unit.en,
      zhHans: unit.zhHans,
      origin: unit.origin,
      updatedAt: unit.updatedAt,
      tmId: tm.tmId,
      tmName: tm.name,
      kind: scored.kind,
      penalty: tm.penalty,
      differences: scored.differences,
      level: unit.level,
      createdAt: unit.createdAt,
      diff: [],
      numberFix: scored.numbers ? { en: fix(unit.en), zhHans: fix(unit.zhHans) } : null,
      sentence: null,
    };
  }

  /**
   * Paragraph matches, and when none reaches SENTENCE_FALLBACK_BELOW, the best match for each
   * sentence of the paragraph (marked with the sentence it is for).
   */
  findParagraphMatches(scope: readonly TmScopeEntry[], query: MatchQuery): TmMatchT[] {
    const matches = this.findMatches(scope, query);
    if ((matches[0]?.score ?? 0) >= SENTENCE_FALLBACK_BELOW) return matches;
    const sentences = sentenceRanges(query.source).map(([start, end]) => query.source.slice(start, end));
    if (sentences.length < 2) return matches;
    const bySentence = sentences.flatMap((text, index) =>
      this.findMatches(scope, { source: text, excludeParagraphId: query.excludeParagraphId }, 1).map((m) => ({ ...m, sentence: { index, text } })),
    );
    return [...matches, ...bySentence];
  }

  /** Substring search over source and both targets, newest first, with highlights. */
  concordance(scope: readonly TmScopeEntry[], term: string, limit = CONCORDANCE_LIMIT): ConcordanceResult {
    this.ensureIndexed();
    const folded = codePoints(term.trim()).map(searchFold);
    const grams = concordanceGrams(term.trim());
    const hits: ConcordanceHit[] = [];
    let examined = 0;
    for (const tm of scope) {
      for (const unitId of this.store.tm.index.unitsWithAll(tm.tmId, grams)) {
        if (hits.length >= limit || examined >= CONCORDANCE_BUDGET) return { hits, more: true };
        examined++;
        const unit = this.store.tm.get(unitId);
        if (!unit || unit.tmId !== tm.tmId) continue;
        const highlights = { source: highlight(unit.source, folded), en: highlight(unit.en, folded), zhHans: highlight(unit.zhHans, folded) };
        if (highlights.source.length + highlights.en.length + highlights.zhHans.length === 0) continue;
        hits.push(hitOf(unit, tm, highlights));
      }
    }
    return { hits, more: false };
  }

  /**
   * Imports a TMX file in one transaction, streaming it in 1 MB chunks: a malformed or cancelled
   * file stops the import (a malformed one with its line number) and leaves the database as it was.
   * The transaction stays open across the checkpoints between chunks, so the caller must keep
   * other writes out until it ends (the service runs it as an exclusive call).
   */
  importTmx(path: string, options: TmxImportOptions = {}): Promise<TmxImportReport> {
    const languages = Object.fromEntries(Object.entries(options.languages ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return this.store.transactionAsync(() => this.importInTransaction(path, options, languages));
  }

  private async importInTransaction(path: string, options: TmxImportOptions, languages: Record<string, TmLanguage>): Promise<TmxImportReport> {
    const totalBytes = statSync(path).size;
    const file = basename(path);
    const now = this.now();
    if (options.tmId !== undefined && !this.store.tm.find(options.tmId)) {
      throw new WorkbenchError('NOT_FOUND', `Translation memory ${options.tmId} does not exist`);
    }
    const tmId = options.tmId ?? this.store.tm.createTm(options.name ?? file.replace(/\.tmx$/iu, ''), now);
    const writer = this.store.tm.bulkWriter(tmId);
    const report: TmxImportReport = { tmId, read: 0, imported: 0, skipped: { noSource: 0, noTranslation: 0 }, languages: {} };
    const reader = new TmxReader((unit) => {
      report.read++;
      for (const v of unit.variants) report.languages[v.lang] = (report.languages[v.lang] ?? 0) + 1;
      const mapped = fromTmx(unit, tmId, file, now, languages);
      if (typeof mapped === 'string') report.skipped[mapped]++;
      else {
        writer.add(mapped);
        report.imported++;
      }
    });
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(READ_CHUNK);
      let bytesRead = 0;
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
        reader.write(buffer.subarray(0, n));
        bytesRead += n;
        await options.checkpoint?.('reading', bytesRead, totalBytes);
      }
      reader.close();
    } finally {
      closeSync(fd);
    }
    writer.finish();
    return report;
  }

  /** Writes a memory as TMX 1.4b through a temporary file, one unit at a time. */
  exportTmx(tmId: number, outPath: string): { units: number } {
    const tm = this.store.tm.find(tmId);
    if (!tm) throw new WorkbenchError('NOT_FOUND', `Translation memory ${tmId} does not exist`);
    const temporary = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
    let units = 0;
    try {
      const fd = openSync(temporary, 'w');
      try {
        let pending = tmxStart({ creationTool: CREATION_TOOL, creationToolVersion: CREATION_TOOL_VERSION, srcLang: 'zh-Hant', segtype: 'paragraph' });
        for (const unit of this.store.tm.iterate(tmId)) {
          pending += tmxUnit(unitToTmx(unit));
          units++;
          if (pending.length > READ_CHUNK) {
            writeSync(fd, pending);
            pending = '';
          }
        }
        writeSync(fd, pending + TMX_END);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, outPath);
    } catch (error) {
      rmSync(temporary, { force: true });
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new WorkbenchError('STORAGE_FAILED', `Cannot write the TMX file ${outPath}: ${reason}`);
    }
    return { units };
  }

  stats(): { memories: { id: number; name: string; projectId: number | null; units: number; createdAt: string }[]; units: number } {
    const memories = this.store.tm.list().map((tm) => ({ id: tm.id, name: tm.name, projectId: tm.projectId, units: tm.unitCount, createdAt: tm.createdAt }));
    return { memories, units: memories.reduce((sum, tm) => sum + tm.units, 0) };
  }

  editUnit(unitId: number, edit: { source?: string; en?: string | null; zhHans?: string | null }): TmUnitRow {
    return this.store.transaction(() => {
      const unit = this.store.tm.get(unitId) ?? notFound(`TM unit ${unitId} does not exist`);
      // A blanked translation is no translation; checked before writing, as the table refuses a unit without one.
      const target = (text: string | null | undefined, stored: string | null) => (text === undefined ? stored : text?.trim() ? text : null);
      const next = { source: edit.source ?? unit.source, en: target(edit.en, unit.en), zhHans: target(edit.zhHans, unit.zhHans) };
      if (next.en === null && next.zhHans === null) throw new WorkbenchError('EMPTY_TARGET', `TM unit ${unitId} would have no translation left`);
      return this.store.tm.edit(unitId, next, this.now())!;
    });
  }

  deleteUnits(unitIds: readonly number[]): { deleted: number } {
    return { deleted: this.store.transaction(() => this.store.tm.delete(unitIds)) };
  }

  removeDuplicates(tmId: number): { removed: number } {
    this.memory(tmId);
    return { removed: this.store.transaction(() => this.store.tm.dedupe(tmId)) };
  }

  private memory(tmId: number) {
    return this.store.tm.find(tmId) ?? notFound(`Translation memory ${tmId} does not exist`);
  }

  private requireProject(projectId: number): void {
    if (!this.store.tm.projectExists(projectId)) notFound(`Project ${projectId} does not exist`);
  }

  /** Attaches a memory read-only, or changes the penalty of one already attached. */
  attach(projectId: number, tmId: number, penalty: number): void {
    const tm = this.memory(tmId);
    this.requireProject(projectId);
    if (tm.projectId === projectId) {
      throw new WorkbenchError('INVALID_PAYLOAD', `"${tm.name}" is the project's own memory: it is always looked up, without a penalty`);
    }
    this.store.tm.attach(projectId, tmId, penalty);
  }

  detach(projectId: number, tmId: number): void {
    this.store.tm.detach(projectId, tmId);
  }

  createTm(name: string): number {
    return this.store.tm.createTm(name, this.now());
  }

  projectMemories(projectId: number): TmScopeEntry[] {
    this.requireProject(projectId);
    return this.store.tm.scope(projectId);
  }

  /**
   * A page of one memory's units, newest first. With a query it pages through what the
   * concordance finds, within the concordance's budget from the start: `more` is only set when
   * the page filled up, since a page cut short by the budget cannot be followed by another.
   */
  units(tmId: number, page: { query: string; offset: number; limit: number }): ConcordanceResult {
    const tm = this.memory(tmId);
    const entry = { tmId, name: tm.name, penalty: 0, writable: tm.projectId !== null };
    if (page.query === '') {
      const rows = this.store.tm.page(tmId, page.offset, page.limit + 1);
      return { hits: rows.slice(0, page.limit).map((unit) => hitOf(unit, entry, NO_HIGHLIGHTS)), more: rows.length > page.limit };
    }
    const found = this.concordance([entry], page.query, page.offset + page.limit);
    return { hits: found.hits.slice(page.offset), more: found.more && found.hits.length === page.offset + page.limit };
  }

  /**
   * Records a confirmed cell: the paragraph-level unit with its neighbours as context, and
   * sentence-level units when the source and a translation split into the same number of sentences.
   */
  rememberConfirmed(input: { projectId: number; documentId: number; paragraphId: number; origin: string; source: string; lang: TargetLangT; target: string; contextBefore: string; contextAfter: string }): void {
    const now = this.now();
    const tmId = this.store.tm.projectTm(input.projectId, now);
    this.store.tm.remember({ ...input, tmId, now });
    const unit = this.store.tm.paragraphUnit(input.paragraphId, tmId)!;
    const split = (text: string | null) => (text === null ? [] : sentenceRanges(text).map(([s, e]) => text.slice(s, e)));
    const sources = split(input.source);
    const aligned = (text: string | null) => {
      const sentences = split(text);
      return sentences.length === sources.length ? sentences : null;
    };
    const en = aligned(unit.en);
    const zhHans = aligned(unit.zhHans);
    const units: NewTmUnit[] =
      sources.length < 2 || (en === null && zhHans === null)
        ? []
        : sources.map((source, i) => ({
            tmId,
            source,
            en: en?.[i] ?? null,
            zhHans: zhHans?.[i] ?? null,
            origin: input.origin,
            level: 'sentence',
            projectId: input.projectId,
            documentId: input.documentId,
            paragraphId: input.paragraphId,
            sentence: i,
            createdAt: now,
            updatedAt: now,
          }));
    this.store.tm.replaceSentences(input.paragraphId, tmId, units);
  }

  /**
   * Offers a confirmed translation to the other paragraphs of the document with the same source
   * (script variants and spacing aside): cells still empty or machine-drafted get it as a draft.
   * Cells a person has typed into or confirmed are left alone. Returns the paragraphs changed.
   */
  propagate(paragraphId: number, lang: TargetLangT): number[] {
    const paragraph = this.store.targets.paragraph(paragraphId);
    const cell = this.store.targets.find(paragraphId, lang);
    if (!paragraph || !cell) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
    const key = exactKey(paragraph.source);
    const now = this.now();
    return this.store.transaction(() =>
      this.store.documents
        .paragraphsOf(paragraph.documentId)
        .filter((p) => p.id !== paragraphId && exactKey(p.source) === key)
        .filter((p) => ['empty', 'auto'].includes(lang === 'en' ? p.enStatus : p.zhStatus))
        .map((p) => {
          this.store.targets.write(p.id, lang, { text: cell.text, status: 'draft', updatedAt: now });
          return p.id;
        }),
    );
  }
}
