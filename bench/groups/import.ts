/**
 * Source import on the seed article repeated to about 20 MB: parsing alone (UTF-8, and a
 * Big5-HKSCS copy that must be detected and decoded), and the whole import into SQLite
 * (parse, Simplified drafts, one transaction) in a fresh child process, with that child's
 * peak memory; the same child on the 9 kB seed gives the fixed cost to compare against.
 *
 * Run directly (`node bench/groups/import.ts FILE DIR`), this module is that child: it imports
 * FILE into a new database in DIR and prints {"seconds","paragraphs","peakRssMb"} as JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { parseSource } from '../../core/import/index.ts';
import { Store } from '../../db/store.ts';
import { importFile } from '../../service/import.ts';
import { percentile, type BenchGroup, type Figure } from '../figures.ts';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/hk-ai-article.zh-Hant.txt');
const TARGET_BYTES = 20_000_000;
const ROUNDS = 3;
const PROC_STATUS = '/proc/self/status';

interface ChildResult {
  seconds: number;
  paragraphs: number;
  peakRssMb: number;
}

/**
 * The peak resident set of this process. On Linux, getrusage's maxRSS of a spawned child starts
 * at its parent's size at fork time (a bench parent holding 600 MB makes every child "use"
 * 600 MB), so the kernel's own high-water mark of the new address space is read instead.
 */
function peakRssMb(): number {
  const hwm = existsSync(PROC_STATUS) ? /VmHWM:\s+(\d+) kB/u.exec(readFileSync(PROC_STATUS, 'utf8')) : null;
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

function importInChild(file: string, dir: string): ChildResult {
  const child = spawnSync(process.execPath, [import.meta.filename, file, dir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench child failed on ${file}\n${child.stderr}`);
  return JSON.parse(child.stdout) as ChildResult;
}

/** Median seconds of parsing `bytes`, and the paragraph count. */
async function timeParse(bytes: Uint8Array, fileName: string): Promise<{ seconds: number; paragraphs: number }> {
  const times: number[] = [];
  let paragraphs = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    paragraphs = (await parseSource(bytes, { fileName })).paragraphs.length;
    times.push((performance.now() - start) / 1000);
  }
  return { seconds: percentile(times.sort((a, b) => a - b), 50), paragraphs };
}

export const importGroup: BenchGroup = {
  name: 'import',
  description: 'source import of the seed repeated to ~20 MB: parse (UTF-8, Big5-HKSCS) and store into SQLite',
  async run(): Promise<Figure[]> {
    // Each copy ends with a line break so that copies do not run together.
    const seed = `${readFileSync(SEED, 'utf8')}\n`;
    const text = seed.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(seed)));
    const utf8 = new Uint8Array(Buffer.from(text, 'utf8'));
    // Big5 has neither U+00A0 nor 爲: the indentation becomes U+3000 and 爲 its Big5 form 為.
    const big5 = new Uint8Array(iconv.encode(text.replaceAll('\u00a0', '\u3000').replaceAll('爲', '為'), 'big5hkscs'));
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-import-'));
    const file = join(dir, 'seed-20mb.txt');
    writeFileSync(file, utf8);
    try {
      await parseSource(new Uint8Array(Buffer.from(seed)), { fileName: 'warm-up.txt' });
      const parsedUtf8 = await timeParse(utf8, basename(file));
      const parsedBig5 = await timeParse(big5, 'seed-20mb-big5.txt');
      const stored = importInChild(file, join(dir, 'big'));
      const fixed = importInChild(SEED, join(dir, 'small'));
      const mb = (bytes: number) => bytes / 1e6;
      return [
        { name: 'import.input', value: mb(utf8.length), unit: `MB UTF-8 (${parsedUtf8.paragraphs.toLocaleString('en-US')} paragraphs); Big5-HKSCS copy ${mb(big5.length).toFixed(1)} MB` },
        { name: 'import.parse_utf8.mb_per_s', value: mb(utf8.length) / parsedUtf8.seconds, unit: 'MB/s (median of 3)' },
        { name: 'import.parse_utf8.paragraphs_per_s', value: parsedUtf8.paragraphs / parsedUtf8.seconds, unit: 'paragraphs/s' },
        { name: 'import.parse_big5hkscs.mb_per_s', value: mb(big5.length) / parsedBig5.seconds, unit: 'MB/s (detect + decode + parse)' },
        { name: 'import.parse_big5hkscs.paragraphs_per_s', value: parsedBig5.paragraphs / parsedBig5.seconds, unit: 'paragraphs/s' },
        { name: 'import.store.mb_per_s', value: mb(utf8.length) / stored.seconds, unit: 'MB/s (parse + drafts + SQLite, child process)' },
        { name: 'import.store.paragraphs_per_s', value: stored.paragraphs / stored.seconds, unit: 'paragraphs/s' },
        { name: 'import.peak_rss.20mb', value: stored.peakRssMb, unit: 'MB (child process importing 20 MB)' },
        { name: 'import.peak_rss.seed_only', value: fixed.peakRssMb, unit: 'MB (the same child on 9 kB: its fixed cost)' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (import.meta.main) {
  const [file, dir] = process.argv.slice(2);
  if (file === undefined || dir === undefined) throw new Error('usage: node bench/groups/import.ts FILE DIR');
  const store = Store.open(join(dir, 'bench.sqlite'));
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  const outcome = await importFile(store, { bytes, fileName: basename(file) }, new Date().toISOString());
  const seconds = (performance.now() - start) / 1000;
  store.close();
  const result: ChildResult = { seconds, paragraphs: outcome.paragraphCount, peakRssMb: peakRssMb() };
  console.log(JSON.stringify(result));
}
