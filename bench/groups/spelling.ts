/**
 * English spelling (issue 8): loading each variant's Hunspell dictionary (en_GB, en_US) with
 * nspell, the memory it adds, and the spelling check on a 2,000-word English text from Tatoeba, as one cell and cut into
 * cells of about 60 words as a translator checks them live (the first check of a cell computes
 * the suggestions; checking it again as the translator types reuses them).
 *
 * Run directly (`node bench/groups/spelling.ts measure en-GB`), this module is the child process
 * that loads one dictionary into a fresh process, so the memory figure is that dictionary's alone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkSpelling, SPELLING_VARIANTS, type SpellingVariant } from '../../core/qa/spelling.ts';
import type { QaCell } from '../../core/qa/types.ts';
import { loadEnglishSpeller } from '../../service/spelling.ts';
import { percentile, timeEach, type BenchGroup, type Figure } from '../figures.ts';

const TATOEBA = resolve(import.meta.dirname, '../../../shared/testdata/parallel/tatoeba-cmn.txt');
const WORDS = 2000;
const WORDS_PER_CELL = 60;

interface Measured {
  loadMs: number;
  addedRssMb: number;
  cells: number;
  firstP50: number;
  firstP95: number;
  firstMax: number;
  againP50: number;
  againP95: number;
  wholeText: number;
  flagged: number;
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Every 7th English sentence of Tatoeba (the file starts with one-word ones), in cells, up to WORDS words. */
function englishCells(): string[] {
  const sentences = readFileSync(TATOEBA, 'utf8').split('\n').map((line) => line.split('\t')[0]!.trim()).filter((s, i) => i % 7 === 0 && s !== '');
  const cells: string[] = [];
  let cell: string[] = [];
  let total = 0;
  for (const sentence of sentences.slice(sentences.length / 3)) {
    if (total >= WORDS) break;
    cell.push(sentence);
    total += wordCount(sentence);
    if (wordCount(cell.join(' ')) >= WORDS_PER_CELL) {
      cells.push(cell.join(' '));
      cell = [];
    }
  }
  return cell.length > 0 ? [...cells, cell.join(' ')] : cells;
}

function measure(variant: SpellingVariant): Measured {
  const cells = englishCells().map((target): QaCell => ({ source: '', target, lang: 'en', status: 'draft' }));
  const before = rssMb();
  const started = performance.now();
  const speller = loadEnglishSpeller(variant);
  speller.correct('warm');
  const loadMs = performance.now() - started;
  const addedRssMb = rssMb() - before;
  const whole: QaCell = { source: '', target: cells.map((c) => c.target).join(' '), lang: 'en', status: 'draft' };
  const wholeStart = performance.now();
  const flagged = checkSpelling(whole, { speller, personal: [] }).length;
  const wholeText = performance.now() - wholeStart;
  // A second speller, so the cells' first check computes its suggestions afresh.
  const options = { speller: loadEnglishSpeller(variant), personal: [] };
  const first = timeEach(cells, (cell) => checkSpelling(cell, options));
  const again = timeEach(cells, (cell) => checkSpelling(cell, options));
  return {
    loadMs, addedRssMb, cells: cells.length,
    firstP50: percentile(first, 50), firstP95: percentile(first, 95), firstMax: first.at(-1)!,
    againP50: percentile(again, 50), againP95: percentile(again, 95),
    wholeText, flagged,
  };
}

/** One variant's figures, from a fresh child process. */
function measured(variant: SpellingVariant): Figure[] {
  const run = spawnSync(process.execPath, [import.meta.filename, 'measure', variant], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`spelling bench child (${variant}) failed\n${run.stderr}`);
  const m = JSON.parse(run.stdout) as Measured;
  const cells = `${m.cells} cells of ~${WORDS_PER_CELL} words`;
  const figure = (name: string, value: number, unit: string): Figure => ({ name: `spelling.${variant}.${name}`, value, unit });
  return [
    figure('load', m.loadMs, 'ms (reading and parsing the dictionary, once per process)'),
    figure('memory_added', m.addedRssMb, 'MB RSS'),
    figure('cell.first.p50', m.firstP50, `ms (${cells}, checked for the first time)`),
    figure('cell.first.p95', m.firstP95, 'ms'),
    figure('cell.first.max', m.firstMax, 'ms'),
    figure('cell.again.p50', m.againP50, 'ms (the same cells again: suggestions remembered)'),
    figure('cell.again.p95', m.againP95, 'ms'),
    figure('text_2000_words', m.wholeText, `ms (all ${WORDS} words as one cell, checked for the first time)`),
    figure('flagged', m.flagged, `distinct words flagged in the ${WORDS} words`),
  ];
}

export const spellingGroup: BenchGroup = {
  name: 'spelling',
  description: `English spelling with nspell, British (dictionary-en-gb) and American (dictionary-en): load, memory, and the check on ${WORDS} words of Tatoeba English`,
  async run(): Promise<Figure[]> {
    return SPELLING_VARIANTS.flatMap(measured);
  },
};

if (import.meta.main) {
  const variant = SPELLING_VARIANTS.find((v) => v === process.argv[3]);
  if (process.argv[2] !== 'measure' || !variant) throw new Error(`usage: node bench/groups/spelling.ts measure ${SPELLING_VARIANTS.join('|')}`);
  console.log(JSON.stringify(measure(variant)));
}
