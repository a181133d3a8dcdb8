/**
 * Traditional → Simplified throughput on the seed article repeated to about 10 MB: the app's
 * pipeline (starter vocabulary layer + opencc-js), bare opencc-js and Debian's `opencc`
 * command, measured in the same run; and the peak memory of converting the 10 MB file,
 * each measured in a fresh child process so that this process's own allocations do not count.
 *
 * Run directly (`node bench/groups/convert.ts FILE`), this module is that child for the
 * in-memory case: it converts FILE in one call, as a document import drafts its text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { SAMPLE_TEXT } from '../../core/sample.ts';
import { draftSimplified, simplify, type DraftOptions } from '../../core/simplified/draft.ts';
import { STARTER_VOCABULARY } from '../../core/simplified/starter-vocabulary.ts';
import { compileVocabulary } from '../../core/simplified/vocabulary.ts';
import { percentile, type BenchGroup, type Figure } from '../figures.ts';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/hk-ai-article.zh-Hant.txt');
const CLI = resolve(import.meta.dirname, '../../cli/workbench.ts');
const TARGET_BYTES = 10_000_000;
const ROUNDS = 7;
// Loaded before a child's own code: reports the child's peak resident set size when it exits.
const PEAK_RSS_REPORTER = `data:text/javascript,process.on('exit', () => process.stderr.write('peak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'))`;

const starterOptions = (): DraftOptions => ({ variant: 'hk', vocabulary: compileVocabulary(STARTER_VOCABULARY) });

/** Characters per second at the median of the runs' times. */
function charsPerSecond(chars: number, seconds: readonly number[]): number {
  return chars / percentile([...seconds].sort((a, b) => a - b), 50);
}

function seconds(work: () => unknown): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

/** Runs node with the reporter and returns the child's peak RSS in MB. */
function childPeakRssMb(args: readonly string[]): number {
  const child = spawnSync(process.execPath, ['--import', PEAK_RSS_REPORTER, ...args], { encoding: 'utf8' });
  const reported = /peak-rss-kb=(\d+)/u.exec(child.stderr);
  if (child.status !== 0 || !reported) throw new Error(`bench child failed: node ${args.join(' ')}\n${child.stderr}`);
  return Number(reported[1]) / 1024;
}

/** Median throughput of the app pipeline and of bare opencc-js on the same text, runs interleaved. */
function compare(text: string, app: DraftOptions, bare: (text: string) => string): { app: number; bare: number } {
  const chars = [...text].length;
  const appTimes: number[] = [];
  const bareTimes: number[] = [];
  // Each side first in turn, so that drift and garbage collection hit both alike.
  for (let round = 0; round < ROUNDS; round += 1) {
    const pair = [() => bareTimes.push(seconds(() => bare(text))), () => appTimes.push(seconds(() => simplify(text, app)))];
    for (const measure of round % 2 === 0 ? pair : pair.reverse()) measure();
  }
  return { app: charsPerSecond(chars, appTimes), bare: charsPerSecond(chars, bareTimes) };
}

function hasDebianOpencc(): boolean {
  return spawnSync('opencc', ['--help'], { stdio: 'ignore' }).error === undefined;
}

export const convertGroup: BenchGroup = {
  name: 'convert',
  description: 'hk→cn on the seed repeated to ~10 MB: app pipeline (starter vocabulary) vs bare opencc-js vs Debian opencc',
  async run(): Promise<Figure[]> {
    const seed = readFileSync(SEED, 'utf8');
    const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
    const text = Array.from({ length: copies }, () => seed).join('\n');
    const chars = [...text].length;
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-convert-'));
    const input = join(dir, 'seed-10mb.txt');
    writeFileSync(input, text);
    try {
      const app = starterOptions();
      const bare = OpenCC.Converter({ from: 'hk', to: 'cn' });
      // Warm both up (dictionaries, JIT) on one copy before timing.
      simplify(seed, app);
      bare(seed);
      const rates = compare(text, app, bare);
      // The seed holds no starter term; the built-in sample (的士, 巴士 …) after each copy makes the layer fire.
      const withHits = Array.from({ length: copies }, () => `${seed}\n${SAMPLE_TEXT}`).join('\n');
      const hits = draftSimplified(withHits, app).spans.filter((span) => span.kind === 'vocabulary').length;
      const hitRates = compare(withHits, app, bare);

      const debian: Figure = hasDebianOpencc()
        ? {
            name: 'convert.debian_opencc_chars_per_s',
            value: charsPerSecond(chars, Array.from({ length: ROUNDS }, () =>
              seconds(() => execFileSync('opencc', ['-i', input, '-o', join(dir, 'debian.txt'), '-c', 'hk2s.json'])),
            )),
            unit: 'chars/s (whole process, hk2s.json)',
          }
        : { name: 'convert.debian_opencc_chars_per_s', value: Number.NaN, unit: 'not installed (apt-get install opencc)' };

      return [
        { name: 'convert.input', value: Buffer.byteLength(text) / 1e6, unit: `MB (${chars.toLocaleString('en-US')} chars)` },
        { name: 'convert.app_pipeline_chars_per_s', value: rates.app, unit: 'chars/s' },
        { name: 'convert.bare_opencc_js_chars_per_s', value: rates.bare, unit: 'chars/s' },
        { name: 'convert.app_vs_bare', value: rates.app / rates.bare, unit: 'ratio (target ≥ 0.8)' },
        { name: 'convert.with_hits.app_vs_bare', value: hitRates.app / hitRates.bare, unit: `ratio (seed + sample, ${hits.toLocaleString('en-US')} vocabulary hits)` },
        debian,
        {
          name: 'convert.peak_rss.in_memory_10mb',
          value: childPeakRssMb([import.meta.filename, input]),
          unit: 'MB (one call, child process; target ≤ 400)',
        },
        {
          name: 'convert.peak_rss.cli_stream_10mb',
          value: childPeakRssMb([CLI, 'convert', input, '--starter', '--out', join(dir, 'cli.txt')]),
          unit: 'MB (workbench convert, child process)',
        },
        {
          name: 'convert.peak_rss.cli_seed_only',
          value: childPeakRssMb([CLI, 'convert', SEED, '--starter', '--out', join(dir, 'seed.txt')]),
          unit: 'MB (the same command on 9 kB: its fixed cost)',
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (import.meta.main) {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: node bench/groups/convert.ts FILE');
  simplify(readFileSync(file, 'utf8'), starterOptions());
}
