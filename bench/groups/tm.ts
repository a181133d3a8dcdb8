/**
 * The translation memory at 10k, 100k and 1M units (issue 5).
 *
 * Units: Tatoeba's English⇥Chinese pairs with the Chinese converted to Traditional (opencc-js
 * cn→hk), then synthetic paragraphs of 2–6 of those sentences for the larger sizes. Each TM is
 * written as a TMX file and imported through the real importer. Queries: stored units with 1–30%
 * of their characters mutated, plus novel text built from held-out sentences. Recall@1 compares
 * the lookup's best key similarity with an exhaustive scan of every unit in the same run.
 * Import and the cold start run in child processes (this file's modes at the end), so their
 * time and peak memory are their own.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { TMX_END, tmxStart, tmxUnit } from '../../core/formats/tmx.ts';
import { LevenshteinPattern, similarity, similarityBound, similarityOf } from '../../core/tm/levenshtein.ts';
import { codePoints, matchKeyPoints } from '../../core/tm/normalize.ts';
import { createBackup, restoreBackup } from '../../db/backup.ts';
import { Store } from '../../db/store.ts';
import type { TmScopeEntry } from '../../db/tm.ts';
import { TmService } from '../../service/tm.ts';
import { percentile, peakRssMb, timeEach, type BenchGroup, type Figure } from '../figures.ts';

const TATOEBA = resolve(import.meta.dirname, '../../../shared/testdata/parallel/tatoeba-cmn.txt');
const SIZES = [10_000, 100_000, 1_000_000];
const MUTATED_QUERIES = 150;
const NOVEL_QUERIES = 50;
const HELD_OUT = 400;
const CONCORDANCE_TERMS = 60;
const WARM_UP = 50;

interface Pair {
  zhHant: string;
  zhHans: string;
  en: string;
}

/** Deterministic, so two runs measure the same TMs and queries. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

function loadPairs(): Pair[] {
  const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
  return readFileSync(TATOEBA, 'utf8')
    .replace(/^\ufeff/u, '')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 2 && cols[1]!.trim() !== '')
    .map(([en, zh]) => ({ en: en!.trim(), zhHans: zh!.trim(), zhHant: toHant(zh!.trim()) }));
}

function paragraph(pairs: readonly Pair[], random: () => number): Pair {
  const picked = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pairs[Math.floor(random() * pairs.length)]!);
  return { zhHant: picked.map((p) => p.zhHant).join(''), zhHans: picked.map((p) => p.zhHans).join(''), en: picked.map((p) => p.en).join(' ') };
}

/** The first `size` units: every stored sentence once, then synthetic paragraphs. */
function* units(stored: readonly Pair[], size: number): Generator<Pair> {
  const random = generator(size);
  for (let i = 0; i < size; i++) yield i < stored.length ? stored[i]! : paragraph(stored, random);
}

function writeTmx(path: string, stored: readonly Pair[], size: number): void {
  const fd = openSync(path, 'w');
  let pending = tmxStart({ creationTool: 'bench', creationToolVersion: '1', srcLang: 'zh-Hant', segtype: 'paragraph' });
  for (const unit of units(stored, size)) {
    pending += tmxUnit({
      createdAt: '2024-01-01T00:00:00Z',
      variants: [
        { lang: 'zh-HK', text: unit.zhHant, markup: [] },
        { lang: 'en', text: unit.en, markup: [] },
        { lang: 'zh-CN', text: unit.zhHans, markup: [] },
      ],
    });
    if (pending.length > 1 << 20) {
      writeSync(fd, pending);
      pending = '';
    }
  }
  writeSync(fd, pending + TMX_END);
  closeSync(fd);
}

/** Replaces, inserts or deletes 1–30% of the characters. */
function mutate(text: string, alphabet: readonly number[], random: () => number): string {
  const points = codePoints(text);
  const edits = Math.max(1, Math.round(points.length * (0.01 + random() * 0.29)));
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * points.length);
    const char = alphabet[Math.floor(random() * alphabet.length)]!;
    const kind = random();
    if (kind < 0.5) points[at] = char;
    else if (kind < 0.75) points.splice(at, 0, char);
    else if (points.length > 1) points.splice(at, 1);
  }
  return String.fromCodePoint(...points);
}

/**
 * Every unit's key, dense-coded (code points renumbered 0…n) into one array, so the exhaustive
 * scan runs Myers' algorithm with typed-array lookups instead of maps.
 */
class ExhaustiveScan {
  private readonly codes = new Map<number, number>();
  private readonly keys: Int32Array[] = [];

  constructor(keys: Iterable<number[]>) {
    const all: Int32Array[] = [];
    for (const key of keys) all.push(Int32Array.from(key, (cp) => this.code(cp)));
    // Sorted by length, so the scan can walk outward from the query's length and stop at the bound.
    this.keys = all.sort((a, b) => a.length - b.length);
  }

  private code(cp: number): number {
    let code = this.codes.get(cp);
    if (code === undefined) {
      code = this.codes.size + 1;
      this.codes.set(cp, code);
    }
    return code;
  }

  /** The best similarity of any unit, scanning outward from the query's length while the bound allows. */
  best(query: readonly number[]): number {
    const pattern = new LevenshteinPattern(query.map((cp) => this.codes.get(cp) ?? -1));
    const m = query.length;
    let best = 0;
    let low = this.lowerIndex(m);
    let high = low;
    const bound = (n: number) => similarityBound(m, n);
    const score = (key: Int32Array) => {
      best = Math.max(best, similarityOf(pattern, key));
    };
    while (low > 0 || high < this.keys.length) {
      const up = high < this.keys.length && bound(this.keys[high]!.length) > best;
      const down = low > 0 && bound(this.keys[low - 1]!.length) > best;
      if (!up && !down) break;
      if (up) score(this.keys[high++]!);
      if (down) score(this.keys[--low]!);
    }
    return best;
  }

  private lowerIndex(length: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]!.length < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface ChildImport {
  tmId: number;
  units: number;
  seconds: number;
  /** CPU time of the import: on a shared machine, wall time also counts other jobs' turns. */
  cpuSeconds: number;
  peakRssMb: number;
}

interface ChildLookup {
  sinceProcessStartMs: number;
  sinceOpenMs: number;
}

/** Runs this file as a child process in one of the modes at its end, and reads its JSON answer. */
function child<T>(...args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, [import.meta.filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 })) as T;
}

async function measure(size: number, stored: readonly Pair[], heldOut: readonly Pair[], dir: string): Promise<Figure[]> {
  const label = size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`;
  const tmxPath = join(dir, `tm-${label}.tmx`);
  const dbPath = join(dir, `tm-${label}.sqlite`);
  writeTmx(tmxPath, stored, size);

  // Import and cold start each run in a fresh process, so peak memory and start-up are theirs alone.
  const imported = child<ChildImport>('import', dbPath, tmxPath, label);
  rmSync(tmxPath);
  const dbBytes = statSync(dbPath).size;
  const cold = child<ChildLookup>('first-lookup', dbPath, String(imported.tmId), stored[7]!.zhHant);
  const store = Store.open(dbPath);
  const service = new TmService(store);
  const scope: TmScopeEntry[] = [{ tmId: imported.tmId, name: label, penalty: 0, writable: false }];

  const random = generator(size + 1);
  const alphabet = [...new Set(stored.slice(0, 3000).flatMap((p) => codePoints(p.zhHant)))];
  const mutated = Array.from({ length: MUTATED_QUERIES }, () => {
    const unit = store.tm.get(1 + Math.floor(random() * imported.units))!;
    return mutate(unit.source, alphabet, random);
  });
  const novel = Array.from({ length: NOVEL_QUERIES }, (_, i) =>
    i % 2 === 0 ? heldOut[i]!.zhHant : paragraph(heldOut, random).zhHant,
  );
  const queries = [...mutated, ...novel];
  // A first lookup pays for compiling the code and filling caches (reported as cold_open above):
  // warm up with other queries before timing, as a translator's session would have.
  for (let i = 0; i < WARM_UP; i++) service.findMatches(scope, { source: mutate(store.tm.get(1 + i)!.source, alphabet, random) });
  const found = new Map<string, number>();
  const lookups = timeEach(queries, (query) => {
    const matches = service.findMatches(scope, { source: query });
    found.set(query, Math.max(0, ...matches.map((m) => similarity(matchKeyPoints(query), matchKeyPoints(m.source)))));
  });

  const scan = new ExhaustiveScan(
    (function* () {
      for (const unit of store.tm.iterate(imported.tmId)) yield matchKeyPoints(unit.source);
    })(),
  );
  const exhaustiveBest = new Map<string, number>();
  const exhaustive = timeEach(queries, (query) => exhaustiveBest.set(query, scan.best(matchKeyPoints(query))));
  const judged = queries.filter((q) => exhaustiveBest.get(q)! >= 50);
  const hits = judged.filter((q) => found.get(q)! >= exhaustiveBest.get(q)!).length;

  const termRandom = generator(size + 2);
  const sources = queries.slice(0, MUTATED_QUERIES).map((q) => codePoints(q).filter((cp) => cp >= 0x4e00 && cp <= 0x9fff));
  const term = (length: number) => {
    const points = sources[Math.floor(termRandom() * sources.length)]!;
    const at = Math.floor(termRandom() * Math.max(1, points.length - length));
    return String.fromCodePoint(...points.slice(at, at + length));
  };
  const words = stored.slice(0, 5000).flatMap((p) => p.en.toLowerCase().match(/[a-z]{4,}/gu) ?? []);
  const concordance = (terms: string[]) => timeEach(terms, (t) => service.concordance(scope, t));
  const c1 = concordance(Array.from({ length: CONCORDANCE_TERMS }, () => term(1)));
  const c2 = concordance(Array.from({ length: CONCORDANCE_TERMS }, () => term(2)));
  const c4 = concordance(Array.from({ length: CONCORDANCE_TERMS }, () => term(4)));
  const cw = concordance(Array.from({ length: CONCORDANCE_TERMS }, () => words[Math.floor(termRandom() * words.length)]!));
  store.close();

  // The rolling backup (SQLite's online backup) and a restore of it, on this memory's database.
  let started = performance.now();
  const backup = await createBackup(dbPath, 'manual');
  const backupMs = performance.now() - started;
  started = performance.now();
  await restoreBackup(dbPath, backup);
  const restoreMs = performance.now() - started;

  const exhaustiveP50 = percentile(exhaustive, 50);
  return [
    { name: `tm.${label}.import.units_per_s`, value: imported.units / imported.seconds, unit: 'units/s' },
    { name: `tm.${label}.import.units_per_cpu_s`, value: imported.units / imported.cpuSeconds, unit: 'units per CPU second' },
    { name: `tm.${label}.import.seconds`, value: imported.seconds, unit: 's' },
    { name: `tm.${label}.import.load_average`, value: loadavg()[0]!, unit: 'runnable jobs (2 cores)' },
    { name: `tm.${label}.import.peak_rss`, value: imported.peakRssMb, unit: 'MB (whole importing process)' },
    { name: `tm.${label}.db_size`, value: dbBytes / 2 ** 20, unit: 'MB' },
    { name: `tm.${label}.cold_start_to_first_lookup`, value: cold.sinceProcessStartMs, unit: 'ms (new process: Node start, modules, open, lookup)' },
    { name: `tm.${label}.cold_open_to_first_lookup`, value: cold.sinceOpenMs, unit: 'ms (open database, first lookup)' },
    { name: `tm.${label}.fuzzy.p50`, value: percentile(lookups, 50), unit: 'ms' },
    { name: `tm.${label}.fuzzy.p95`, value: percentile(lookups, 95), unit: 'ms' },
    { name: `tm.${label}.fuzzy.max`, value: lookups.at(-1)!, unit: 'ms' },
    { name: `tm.${label}.fuzzy.queries`, value: queries.length, unit: 'queries' },
    { name: `tm.${label}.recall_at_1`, value: judged.length === 0 ? Number.NaN : hits / judged.length, unit: `of ${judged.length} queries with best ≥ 50` },
    { name: `tm.${label}.exhaustive.p50`, value: exhaustiveP50, unit: 'ms' },
    { name: `tm.${label}.exhaustive.p95`, value: percentile(exhaustive, 95), unit: 'ms' },
    { name: `tm.${label}.exhaustive_vs_fuzzy.p50_ratio`, value: exhaustiveP50 / percentile(lookups, 50), unit: 'ratio' },
    { name: `tm.${label}.concordance.1char.p50`, value: percentile(c1, 50), unit: 'ms' },
    { name: `tm.${label}.concordance.1char.p95`, value: percentile(c1, 95), unit: 'ms' },
    { name: `tm.${label}.concordance.2char.p50`, value: percentile(c2, 50), unit: 'ms' },
    { name: `tm.${label}.concordance.2char.p95`, value: percentile(c2, 95), unit: 'ms' },
    { name: `tm.${label}.concordance.4char.p50`, value: percentile(c4, 50), unit: 'ms' },
    { name: `tm.${label}.concordance.4char.p95`, value: percentile(c4, 95), unit: 'ms' },
    { name: `tm.${label}.concordance.english_word.p50`, value: percentile(cw, 50), unit: 'ms' },
    { name: `tm.${label}.concordance.english_word.p95`, value: percentile(cw, 95), unit: 'ms' },
    { name: `tm.${label}.backup`, value: backupMs, unit: 'ms' },
    { name: `tm.${label}.restore`, value: restoreMs, unit: 'ms' },
  ];
}

export const tmGroup: BenchGroup = {
  name: 'tm',
  description: 'translation memory at 10k/100k/1M units: TMX import, fuzzy lookup vs exhaustive scan, concordance',
  async run(): Promise<Figure[]> {
    const random = generator(42);
    const pairs = loadPairs();
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
    }
    const heldOut = pairs.slice(0, HELD_OUT);
    const stored = pairs.slice(HELD_OUT);
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-tm-'));
    const figures: Figure[] = [];
    try {
      for (const size of SIZES) figures.push(...(await measure(size, stored, heldOut, dir)));
      figures.push({ name: 'tm.process_peak_rss', value: peakRssMb(), unit: 'MB' });
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** The child-process modes: a TMX import, and a first lookup from a cold process. */
if (import.meta.main) {
  const [mode, dbPath, arg, extra] = process.argv.slice(2) as [string, string, string, string];
  const opening = performance.now();
  const store = Store.open(dbPath);
  const service = new TmService(store);
  if (mode === 'import') {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const report = await service.importTmx(arg, { name: extra });
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    store.close();
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(JSON.stringify({ tmId: report.tmId, units: report.imported, seconds, cpuSeconds, peakRssMb: peakRssMb() }));
  } else {
    service.findMatches([{ tmId: Number(arg), name: '', penalty: 0, writable: false }], { source: extra });
    const now = performance.now();
    store.close();
    console.log(JSON.stringify({ sinceProcessStartMs: now, sinceOpenMs: now - opening }));
  }
}
