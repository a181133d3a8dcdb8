import type Database from 'better-sqlite3';
import type { TargetLangT } from '../core/api/contract.ts';

export interface TmUnitRow {
  id: number;
  source: string;
  en: string | null;
  zhHans: string | null;
  origin: string;
  updatedAt: string;
}

export interface ConfirmedPair {
  projectId: number;
  documentId: number;
  paragraphId: number;
  origin: string;
  source: string;
  sourceKey: string;
  lang: TargetLangT;
  target: string;
  now: string;
}

const COLUMN: Record<TargetLangT, 'en' | 'zh_hans'> = { en: 'en', 'zh-Hans': 'zh_hans' };
const UNIT_SELECT =
  'SELECT id, source, en, zh_hans AS zhHans, origin_label AS origin, updated_at AS updatedAt FROM tm_units';

export class TmRepository {
  private readonly byOrigin;
  private readonly insert;
  private readonly updates: Record<TargetLangT, Database.Statement>;
  private readonly exact;
  private readonly total;

  constructor(db: Database.Database) {
    this.byOrigin = db.prepare('SELECT id FROM tm_units WHERE origin_paragraph_id = ?').pluck();
    this.insert = db.prepare(`
      INSERT INTO tm_units (project_id, source, source_key, en, zh_hans, origin_label,
        origin_document_id, origin_paragraph_id, created_at, updated_at)
      VALUES (@projectId, @source, @sourceKey, @en, @zhHans, @origin, @documentId, @paragraphId, @now, @now)`);
    const update = (column: string) =>
      db.prepare(`UPDATE tm_units SET ${column} = ?, source = ?, source_key = ?, updated_at = ? WHERE id = ?`);
    this.updates = { en: update(COLUMN.en), 'zh-Hans': update(COLUMN['zh-Hans']) };
    this.exact = db.prepare(
      `${UNIT_SELECT} WHERE source_key = ? AND origin_paragraph_id IS NOT ? ORDER BY updated_at DESC LIMIT ?`,
    );
    this.total = db.prepare('SELECT count(*) FROM tm_units').pluck();
  }

  /**
   * Stores a confirmed translation. A paragraph owns one unit that collects both of its
   * target languages, so confirming English and then Simplified makes one three-language unit.
   */
  remember(pair: ConfirmedPair): number {
    const existing = this.byOrigin.get(pair.paragraphId) as number | undefined;
    if (existing !== undefined) {
      this.updates[pair.lang].run(pair.target, pair.source, pair.sourceKey, pair.now, existing);
      return existing;
    }
    const { lang, target, ...rest } = pair;
    const translations = { en: lang === 'en' ? target : null, zhHans: lang === 'zh-Hans' ? target : null };
    return Number(this.insert.run({ ...rest, ...translations }).lastInsertRowid);
  }

  /** Units whose normalised source equals the key, other than the paragraph's own. */
  exactMatches(sourceKey: string, excludeParagraphId: number, limit: number): TmUnitRow[] {
    return this.exact.all(sourceKey, excludeParagraphId, limit) as TmUnitRow[];
  }

  count(): number {
    return this.total.get() as number;
  }
}
