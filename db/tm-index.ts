/**
 * The TM's candidate index: posting lists of grams (see core/tm/grams.ts) per memory.
 *
 * A posting is one uint32: unit id · 64 + a bucket of the unit's source length, so candidates
 * can be ranked and filtered by length without reading the units (unit ids stay below 2^26,
 * 67 million). Bulk imports write posting lists in segments, one BLOB per gram and batch (a row
 * per gram and unit would cost some 70 B-tree inserts per unit, far below 50k units/s); units written one at a time (confirmations, edits) go to a
 * small live table. Deleted or edited units leave stale postings behind: every candidate is
 * verified against the unit itself, so a stale posting only costs a lookup.
 */
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';
import { scanUnitGrams, type GramSink } from '../core/tm/grams.ts';
import { BatchedInsert } from './batched-insert.ts';

const BUCKETS = 64;
/**
 * Grams and postings a fuzzy lookup reads at most, rarest grams first (see fuzzyCandidates).
 * Measured at 1M units (bench group tm): 50k postings keeps recall@1 at the exhaustive scan's
 * level while a lookup stays within a few milliseconds; 400k tripled p95 for no recall gain.
 */
const MAX_GRAMS = 32;
const POSTINGS_BUDGET = 50_000;
/**
 * Pairs (gram, unit) buffered before a segment is written: 6M pairs ≈ 48 MB while building. Each
 * segment writes a row per gram it holds, so fewer, larger segments mean fewer rows to insert.
 */
const SEGMENT_PAIRS = 6_000_000;
/** Units buffered at most, should they hold very few grams each: their postings take 8 bytes a unit. */
const SEGMENT_UNITS = 500_000;
/** Room above SEGMENT_PAIRS for the unit that crosses it (a very long unit may still grow the buffers). */
const MAX_UNIT_GRAMS = 1 << 16;

/** The array, or a copy with room for `needed` entries: doubling, but not past `most` unless needed. */
function withRoom(array: Uint32Array<ArrayBuffer>, used: number, needed: number, most: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Uint32Array(Math.max(needed, Math.min(array.length * 2, most)));
  grown.set(array.subarray(0, used));
  return grown;
}

/** Exact below 16 characters, then in steps of 10%: enough to prefer candidates of similar length. */
export function lengthBucket(length: number): number {
  if (length < 16) return length;
  return Math.min(BUCKETS - 1, 16 + Math.floor(Math.log(length / 16) / Math.log(1.1)));
}

const MAX_UNIT_ID = 2 ** 26 - 1;

export function encodePosting(unitId: number, length: number): number {
  if (unitId > MAX_UNIT_ID) throw new WorkbenchError('STORAGE_FAILED', `The translation memory index holds unit ids up to ${MAX_UNIT_ID}`);
  return unitId * BUCKETS + lengthBucket(length);
}

export function postingUnit(posting: number): number {
  return posting >>> 6;
}

/**
 * Posting lists are stored as LEB128 varints of the gaps between ascending postings: a list of
 * nearby ids takes one or two bytes a posting instead of four, which makes the index about
 * half the size and the import correspondingly less to write. Writes postings[from … to) into
 * `into` from `at`, and returns where they end.
 */
function encodeGaps(postings: Uint32Array, from: number, to: number, into: Uint8Array, at: number): number {
  let previous = 0;
  for (let i = from; i < to; i++) {
    const posting = postings[i]!;
    // Postings are uint32, so the gap is too and >>> is exact.
    let gap = posting - previous;
    previous = posting;
    while (gap >= 0x80) {
      into[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    into[at++] = gap;
  }
  return at;
}

function decodeGaps(bytes: Uint8Array, count: number): Uint32Array {
  const postings = new Uint32Array(count);
  let at = 0;
  let value = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[at++]!;
      gap += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    value += gap;
    postings[i] = value;
  }
  return postings;
}

export interface Candidate {
  unitId: number;
  /** How many of the looked-up grams the unit holds. */
  shared: number;
}

/** Gram → index in the segment being built: open addressing over typed arrays, faster than a Map here. */
class GramTable {
  private keys = new Float64Array(1 << 16);
  private values = new Int32Array(1 << 16).fill(-1);
  private size = 0;

  private slot(gram: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul((gram | 0) ^ ((gram / 0x100000000) | 0), 0x9e3779b1) & mask;
    while (this.values[slot] !== -1 && this.keys[slot] !== gram) slot = (slot + 1) & mask;
    return slot;
  }

  /** The gram's index, or -1. */
  get(gram: number): number {
    return this.values[this.slot(gram)]!;
  }

  set(gram: number, value: number): void {
    if (++this.size * 2 > this.keys.length) this.grow();
    const slot = this.slot(gram);
    this.keys[slot] = gram;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      if (values[i] !== -1) {
        const slot = this.slot(keys[i]!);
        this.keys[slot] = keys[i]!;
        this.values[slot] = values[i]!;
      }
    }
  }
}

/** Writes the postings of a bulk import segment by segment, inside the caller's transaction. */
export class SegmentWriter {
  private readonly insert: BatchedInsert;
  private readonly tmId: number;
  private segment: number;
  /** The segment's grams in order of first use; their indexes, BMP characters in a table (the commonest grams skip the hash). */
  private grams: number[] = [];
  private gramIndex = new GramTable();
  private characterIndex = new Int32Array(0x10000).fill(-1);
  /** The segment's pairs, unit by unit: each pair's gram index, and each unit's posting and end of its pairs. */
  private pairGram = new Uint32Array(1 << 16);
  private pairs = 0;
  private unitPosting = new Uint32Array(1 << 12);
  private unitEnd = new Uint32Array(1 << 12);
  private units = 0;
  /** The unit that last added each gram index, counting units over the writer's life: a gram a unit repeats counts once. */
  private lastUnit = new Uint32Array(1 << 16);
  private unit = 0;
  private readonly sink: GramSink = {
    unigram: (gram) => this.addPair(gram < 0x10000 ? this.characterIndex[gram]! : this.gramIndex.get(gram), gram),
    bigram: (gram) => this.addPair(this.gramIndex.get(gram), gram),
    word: (gram) => this.addPair(this.gramIndex.get(gram), gram),
  };
  /** The postings of a segment ordered by gram, reused from segment to segment. */
  private sorted = new Uint32Array(0);
  /** Varints of the lists queued in `insert`: they must stay intact until their batch is written. */
  private scratch = new Uint8Array(1 << 16);
  private scratchUsed = 0;

  constructor(db: Database.Database, tmId: number) {
    this.tmId = tmId;
    this.insert = new BatchedInsert(db, 'tm_postings', ['tm_id', 'gram', 'segment', 'count', 'ids'], () => {
      this.scratchUsed = 0;
    });
    const last = db.prepare('SELECT max(segment) FROM tm_postings WHERE tm_id = ?').pluck().get(tmId) as number | null;
    this.segment = (last ?? 0) + 1;
  }

  /** Adds a unit's posting to the lists of the grams its texts hold (see scanUnitGrams). */
  add(posting: number, texts: readonly (string | null)[]): void {
    this.unit++;
    const first = this.pairs;
    scanUnitGrams(texts, this.sink);
    if (this.pairs === first) return;
    this.unitPosting = withRoom(this.unitPosting, this.units, this.units + 1, SEGMENT_UNITS);
    this.unitEnd = withRoom(this.unitEnd, this.units, this.units + 1, SEGMENT_UNITS);
    this.unitPosting[this.units] = posting;
    this.unitEnd[this.units++] = this.pairs;
    if (this.pairs >= SEGMENT_PAIRS || this.units >= SEGMENT_UNITS) this.flush();
  }

  /** Pairs the current unit with a gram, given the gram's index (-1 when new to the segment). */
  private addPair(known: number, gram: number): void {
    let index = known;
    if (index < 0) {
      index = this.grams.length;
      this.grams.push(gram);
      if (gram < 0x10000) this.characterIndex[gram] = index;
      else this.gramIndex.set(gram, index);
      this.lastUnit = withRoom(this.lastUnit, index, index + 1, Infinity);
    } else if (this.lastUnit[index] === this.unit) return;
    this.lastUnit[index] = this.unit;
    // The buffers are the import's largest allocation: they grow to what one segment holds.
    if (this.pairs === this.pairGram.length) this.pairGram = withRoom(this.pairGram, this.pairs, this.pairs + 1, SEGMENT_PAIRS + MAX_UNIT_GRAMS);
    this.pairGram[this.pairs++] = index;
  }

  /** Counting sort by gram keeps each list in insertion order, which is ascending unit id. */
  flush(): void {
    if (this.pairs === 0) return;
    const starts = new Uint32Array(this.grams.length + 1);
    for (let i = 0; i < this.pairs; i++) starts[this.pairGram[i]! + 1]!++;
    for (let g = 0; g < this.grams.length; g++) starts[g + 1]! += starts[g]!;
    if (this.sorted.length < this.pairs) this.sorted = new Uint32Array(this.pairGram.length);
    const sorted = this.sorted;
    const next = starts.slice(0, this.grams.length);
    for (let unit = 0, i = 0; unit < this.units; unit++) {
      const posting = this.unitPosting[unit]!;
      for (const end = this.unitEnd[unit]!; i < end; i++) sorted[next[this.pairGram[i]!]!++] = posting;
    }
    // In ascending gram order, the rows extend the index on (tm_id, gram, segment) page by page
    // instead of at random places: with the batched inserts, 40% less time writing postings at 1M units.
    for (const gram of Float64Array.from(this.grams).sort()) {
      const g = gram < 0x10000 ? this.characterIndex[gram]! : this.gramIndex.get(gram);
      const from = starts[g]!;
      const to = starts[g + 1]!;
      this.insert.add([this.tmId, gram, this.segment, to - from, this.encode(sorted, from, to)]);
    }
    this.insert.flush();
    this.segment++;
    this.gramIndex = new GramTable();
    this.characterIndex.fill(-1);
    this.grams = [];
    this.pairs = 0;
    this.units = 0;
  }

  /** A list's varints, in the scratch buffer; a list that does not fit starts a new buffer (the old one lives on in its batch). */
  private encode(postings: Uint32Array, from: number, to: number): Uint8Array {
    // A varint takes at most 5 bytes.
    const most = 5 * (to - from);
    if (this.scratchUsed + most > this.scratch.length) {
      this.scratch = new Uint8Array(Math.max(this.scratch.length, most));
      this.scratchUsed = 0;
    }
    const start = this.scratchUsed;
    this.scratchUsed = encodeGaps(postings, from, to, this.scratch, start);
    return this.scratch.subarray(start, this.scratchUsed);
  }
}

export class TmIndex {
  private readonly frequency;
  private readonly segments;
  private readonly segmentBefore;
  private readonly live;
  private readonly addLive;
  private readonly db: Database.Database;
  /** Shared-gram counts and length buckets per unit id, reused across lookups (counts are zeroed after each). */
  private counts = new Uint16Array(1 << 16);
  private lengths = new Uint8Array(1 << 16);
  /** The last gram (1-based) that counted each unit: an edited unit can hold two postings of one gram. */
  private stamps = new Uint32Array(1 << 16);
  private stamp = 0;

  constructor(db: Database.Database) {
    this.db = db;
    this.frequency = db
      .prepare(`SELECT (SELECT coalesce(sum(count), 0) FROM tm_postings WHERE tm_id = @tmId AND gram = @gram)
        + (SELECT count(*) FROM tm_postings_live WHERE tm_id = @tmId AND gram = @gram)`)
      .pluck();
    this.segments = db.prepare('SELECT count, ids FROM tm_postings WHERE tm_id = ? AND gram = ? ORDER BY segment');
    // One segment per statement: the caller reads units between segments, which an open iterator would forbid.
    this.segmentBefore = db.prepare(
      'SELECT segment, count, ids FROM tm_postings WHERE tm_id = ? AND gram = ? AND segment < ? ORDER BY segment DESC LIMIT 1',
    );
    this.live = db.prepare('SELECT posting FROM tm_postings_live WHERE tm_id = ? AND gram = ? ORDER BY posting').pluck();
    this.addLive = db.prepare('INSERT OR IGNORE INTO tm_postings_live (tm_id, gram, posting) VALUES (?, ?, ?)');
  }

  segmentWriter(tmId: number): SegmentWriter {
    return new SegmentWriter(this.db, tmId);
  }

  /** Indexes one unit written outside a bulk import. */
  addUnit(tmId: number, posting: number, grams: readonly number[]): void {
    for (const gram of grams) this.addLive.run(tmId, gram, posting);
  }

  documentFrequency(tmId: number, gram: number): number {
    return this.frequency.get({ tmId, gram }) as number;
  }

  /** Posting lists of a gram: one ascending array per segment, then the live postings. */
  postings(tmId: number, gram: number): Uint32Array[] {
    const lists = (this.segments.all(tmId, gram) as { count: number; ids: Buffer }[]).map((row) => decodeGaps(row.ids, row.count));
    const live = this.live.all(tmId, gram) as number[];
    if (live.length > 0) lists.push(Uint32Array.from(live));
    return lists;
  }

  private ensureCapacity(unitId: number): void {
    if (unitId < this.counts.length) return;
    let size = this.counts.length;
    while (size <= unitId) size *= 2;
    const grow = <T extends Uint16Array | Uint8Array | Uint32Array>(old: T, made: T): T => {
      made.set(old);
      return made;
    };
    this.counts = grow(this.counts, new Uint16Array(size));
    this.lengths = grow(this.lengths, new Uint8Array(size));
    this.stamps = grow(this.stamps, new Uint32Array(size));
  }

  /**
   * The units sharing most of the given grams, best first (ties: closest in length to `length`).
   * Grams are taken rarest first until maxGrams or a budget of postings is reached: rare grams
   * carry the signal, and a lookup never reads the posting list of a gram half the TM holds.
   * Units whose length bucket lies outside [minLength, maxLength] are not counted at all.
   */
  fuzzyCandidates(tmId: number, grams: readonly number[], length: number, limit: number, window: { minLength: number; maxLength: number }): Candidate[] {
    const ranked = grams
      .map((gram) => ({ gram, df: this.documentFrequency(tmId, gram) }))
      .filter((g) => g.df > 0)
      .sort((a, b) => a.df - b.df);
    const lowest = lengthBucket(window.minLength);
    const highest = lengthBucket(window.maxLength);
    const touched: number[] = [];
    let spent = 0;
    let selected = 0;
    for (const { gram, df } of ranked) {
      if (selected >= MAX_GRAMS || (selected > 0 && spent + df > POSTINGS_BUDGET)) break;
      spent += df;
      selected++;
      const stamp = ++this.stamp;
      for (const list of this.postings(tmId, gram)) {
        if (list.length === 0) continue;
        this.ensureCapacity(postingUnit(list[list.length - 1]!));
        const { counts, stamps, lengths } = this;
        for (let i = 0; i < list.length; i++) {
          const posting = list[i]!;
          const bucket = posting & (BUCKETS - 1);
          if (bucket < lowest || bucket > highest) continue;
          const unit = posting >>> 6;
          if (stamps[unit] === stamp) continue;
          stamps[unit] = stamp;
          if (counts[unit] === 0) touched.push(unit);
          counts[unit]!++;
          lengths[unit] = bucket;
        }
      }
    }
    const candidates = this.best(touched, selected, lengthBucket(length), limit);
    for (const unit of touched) this.counts[unit] = 0;
    return candidates;
  }

  /**
   * The top `limit` touched units by shared count, then by closeness of length, without sorting
   * them all: each unit gets the integer rank shared·64 + (63 − length distance), a histogram of
   * ranks gives the cut-off, and only the units above it are sorted.
   */
  private best(touched: readonly number[], maxShared: number, bucket: number, limit: number): Candidate[] {
    const rank = (unit: number) => this.counts[unit]! * BUCKETS + (BUCKETS - 1 - Math.abs(this.lengths[unit]! - bucket));
    const histogram = new Uint32Array((maxShared + 1) * BUCKETS);
    for (const unit of touched) histogram[rank(unit)]!++;
    let cutoff = histogram.length - 1;
    for (let taken = 0; cutoff > 0 && taken + histogram[cutoff]! < limit; cutoff--) taken += histogram[cutoff]!;
    const chosen: number[] = [];
    for (const unit of touched) if (rank(unit) >= cutoff) chosen.push(unit);
    return chosen
      .sort((a, b) => rank(b) - rank(a) || b - a)
      .slice(0, limit)
      .map((unitId) => ({ unitId, shared: this.counts[unitId]! }));
  }

  /**
   * Unit ids holding every gram, newest (highest id) first, lazily: concordance stops as soon as
   * it has enough verified hits. The rarest gram drives, read segment by segment from the newest,
   * so a common character reads only its newest segments; the others are probed by binary search.
   */
  *unitsWithAll(tmId: number, grams: readonly number[]): Generator<number> {
    const distinct = [...new Set(grams)];
    if (distinct.length === 0) return;
    const ranked = distinct.length === 1 ? distinct : distinct.map((gram) => ({ gram, df: this.documentFrequency(tmId, gram) })).sort((a, b) => a.df - b.df).map((g) => g.gram);
    const others = ranked.slice(1).map((gram) => this.postings(tmId, gram));
    const seen = new Set<number>();
    const live = Uint32Array.from(this.live.all(tmId, ranked[0]) as number[]);
    const segmentBefore = this.segmentBefore;
    const newestFirst = function* () {
      yield live;
      let below = Number.MAX_SAFE_INTEGER;
      for (;;) {
        const row = segmentBefore.get(tmId, ranked[0], below) as { segment: number; count: number; ids: Buffer } | undefined;
        if (!row) return;
        below = row.segment;
        yield decodeGaps(row.ids, row.count);
      }
    };
    for (const list of newestFirst()) {
      for (let i = list.length - 1; i >= 0; i--) {
        const unit = postingUnit(list[i]!);
        if (seen.has(unit)) continue;
        seen.add(unit);
        if (others.every((lists) => lists.some((l) => containsUnit(l, unit)))) yield unit;
      }
    }
  }
}

/** Binary search for any posting of the unit in an ascending list. */
function containsUnit(list: Uint32Array, unit: number): boolean {
  let low = 0;
  let high = list.length - 1;
  const first = unit * BUCKETS;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = list[mid]!;
    if (value < first) low = mid + 1;
    else if (value >= first + BUCKETS) high = mid - 1;
    else return true;
  }
  return false;
}
