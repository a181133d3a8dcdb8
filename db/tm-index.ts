/**
 * The TM's candidate index: posting lists of grams (see core/tm/grams.ts) per memory.
 *
 * A posting is one uint32: unit id · 64 + a bucket of the unit's source length, so candidates
 * can be ranked and filtered by length without reading the units (unit ids stay below 2^26,
 * 67 million). Bulk imports write posting lists in segments (tm-segments.ts), one BLOB per gram
 * and segment (a row per gram and unit would cost some 70 B-tree inserts per unit, far below 50k
 * units/s); units written one at a time (confirmations, edits) go to a small live table. Deleted
 * or edited units leave stale postings behind: every candidate is verified against the unit
 * itself, so a stale posting only costs a lookup.
 */
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';
import { SegmentWriter } from './tm-segments.ts';

const BUCKETS = 64;
/**
 * Grams and postings a fuzzy lookup reads at most, rarest grams first (see fuzzyCandidates).
 * Measured at 1M units (bench group tm): 50k postings keeps recall@1 at the exhaustive scan's
 * level while a lookup stays within a few milliseconds; 400k tripled p95 for no recall gain.
 */
const MAX_GRAMS = 32;
const POSTINGS_BUDGET = 50_000;

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
 * Posting lists are stored as LEB128 varints of the gaps between ascending postings (written by
 * tm-segments.ts): a list of nearby ids takes one or two bytes a posting instead of four, which
 * makes the index about half the size and the import correspondingly less to write.
 */
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
