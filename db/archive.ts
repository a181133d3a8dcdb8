/**
 * Moving the work to another machine: one archive file holding a consistent copy of the
 * database (documents, translation memories, glossary, vocabulary, settings) and a manifest
 * with its SHA-256, which is verified before anything on the receiving side is replaced.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';
import { restoreBackup } from './backup.ts';
import { openDatabase } from './connection.ts';

const FORMAT = 'bilingual-workbench-archive';
const DATABASE_ENTRY = 'workbench.sqlite';
const MANIFEST_ENTRY = 'manifest.json';

interface Manifest {
  format: string;
  version: number;
  createdAt: string;
  schemaVersion: number;
  sha256: string;
  bytes: number;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function inTemporaryFolder<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-archive-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The open database as an archive: a VACUUM INTO copy (consistent while others write) and its manifest. */
export function exportArchive(db: Database.Database, now = new Date()): Uint8Array {
  return inTemporaryFolder((dir) => {
    const copy = join(dir, DATABASE_ENTRY);
    db.prepare('VACUUM INTO ?').run(copy);
    const bytes = new Uint8Array(readFileSync(copy));
    const manifest: Manifest = {
      format: FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      sha256: sha256(bytes),
      bytes: bytes.length,
    };
    return zipSync({ [MANIFEST_ENTRY]: strToU8(JSON.stringify(manifest, null, 2)), [DATABASE_ENTRY]: [bytes, { level: 6 }] });
  });
}

function readManifest(entries: Record<string, Uint8Array>): Manifest {
  const raw = entries[MANIFEST_ENTRY];
  if (!raw || !entries[DATABASE_ENTRY]) throw new WorkbenchError('CORRUPT_FILE', 'This is not a Bilingual Workbench archive: the manifest or the database is missing');
  try {
    const manifest = JSON.parse(strFromU8(raw)) as Manifest;
    if (manifest.format === FORMAT && typeof manifest.sha256 === 'string') return manifest;
  } catch {
    // Reported below, as for any other manifest that is not ours.
  }
  throw new WorkbenchError('CORRUPT_FILE', 'The archive manifest is damaged or not from Bilingual Workbench');
}

/**
 * Replaces the database at dbPath (which must be closed) with the archive's, after checking the
 * checksum and the copy's integrity and bringing it to this release's schema. What it replaces
 * is kept as a backup.
 */
export async function importArchive(dbPath: string, archive: Uint8Array): Promise<{ previous: string; schemaVersion: number }> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(archive);
  } catch (error) {
    throw new WorkbenchError('CORRUPT_FILE', `The archive cannot be read: ${(error as Error).message}`);
  }
  const manifest = readManifest(entries);
  const bytes = entries[DATABASE_ENTRY]!;
  if (sha256(bytes) !== manifest.sha256) {
    throw new WorkbenchError('CORRUPT_FILE', 'The archive is damaged: its checksum does not match. Nothing was changed.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'workbench-archive-'));
  try {
    const copy = join(dir, DATABASE_ENTRY);
    writeFileSync(copy, bytes);
    // Opening migrates an archive from an older release and refuses one from a newer release.
    const db = openDatabase(copy);
    const integrity = db.pragma('integrity_check', { simple: true });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    if (integrity !== 'ok') throw new WorkbenchError('CORRUPT_FILE', `The archived database is damaged (${String(integrity)})`);
    return { previous: await restoreBackup(dbPath, copy), schemaVersion };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
