/**
 * Mutates real files (the seed article as TXT, HTML and DOCX) at least 300 times per format:
 * bit flips, truncation, duplicated and removed tags. Every import must either succeed or
 * fail with a typed, clear error within a time limit, and a failed import must commit nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../core/errors.ts';
import { WorkbenchError } from '../../core/errors.ts';
import { openDatabaseReadOnly } from '../../db/connection.ts';
import { importFile } from '../../service/import.ts';
import { openBackend } from '../support/backend.ts';
import { seededRandom, testSeed } from '../support/random.ts';
import { SEED_PATH, sharedAvailable, sharedPath } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const MUTATIONS = 300;
const HANG_LIMIT_MS = 20_000;
const FILE_ERRORS: readonly ErrorCode[] = ['EMPTY_FILE', 'BINARY_FILE', 'CORRUPT_FILE', 'FILE_TOO_LARGE', 'UNSUPPORTED_FORMAT', 'MALFORMED_FILE'];

type Mutator = (bytes: Uint8Array, random: () => number) => Uint8Array;

const flipBits: Mutator = (bytes, random) => {
  const copy = bytes.slice();
  const flips = 1 + Math.floor(random() * 8);
  for (let i = 0; i < flips; i += 1) copy[Math.floor(random() * copy.length)]! ^= 1 << Math.floor(random() * 8);
  return copy;
};
const truncate: Mutator = (bytes, random) => bytes.slice(0, Math.floor(random() * bytes.length));

/** Removes or duplicates one tag in markup: the damage a broken editor or a bad copy leaves. */
function mutateTags(markup: string, random: () => number): string {
  const tags = [...markup.matchAll(/<[^>]+>/g)];
  const tag = tags[Math.floor(random() * tags.length)];
  if (!tag) return markup;
  const at = tag.index;
  return random() < 0.5 ? markup.slice(0, at) + markup.slice(at + tag[0].length) : markup.slice(0, at) + tag[0] + markup.slice(at);
}

const tagMutator: Mutator = (bytes, random) => strToU8(mutateTags(strFromU8(bytes), random));

/** For a DOCX: damage a tag inside word/document.xml and zip it again, so the ZIP itself is sound. */
const docxTagMutator: Mutator = (bytes, random) => {
  const entries = unzipSync(bytes);
  const xml = entries['word/document.xml'];
  if (!xml) return bytes;
  entries['word/document.xml'] = strToU8(mutateTags(strFromU8(xml), random));
  return zipSync(entries);
};

function withTimeout<T>(work: Promise<T>, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${label} hung for ${HANG_LIMIT_MS} ms`)), HANG_LIMIT_MS)));
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

describe.skipIf(!sharedAvailable(SEED_PATH))('fuzzing file import', () => {
  const tempDir = useTempDir();

  it(`survives ${MUTATIONS} mutations each of the seed as TXT, HTML and DOCX`, { timeout: 600_000 }, async () => {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const lines = seed.split('\n').filter((line) => line.trim() !== '');
    const html = `<!doctype html><html><head><title>來論</title><script>alert(1)</script></head><body><nav>首頁</nav>${lines
      .map((line, i) => (i === 2 ? `<h1>${line}</h1>` : `<p>${line}</p>`))
      .join('')}<img src="x" onerror="alert(2)"></body></html>`;
    const docx = new Uint8Array(
      await Packer.toBuffer(
        new Document({ sections: [{ children: lines.map((line, i) => new Paragraph(i === 2 ? { text: line, heading: HeadingLevel.HEADING_1 } : { text: line })) }] }),
      ),
    );
    const formats: { name: string; fileName: string; bytes: Uint8Array; mutators: Mutator[] }[] = [
      { name: 'txt', fileName: 'seed.txt', bytes: strToU8(seed), mutators: [flipBits, truncate] },
      { name: 'html', fileName: 'seed.html', bytes: strToU8(html), mutators: [flipBits, truncate, tagMutator] },
      { name: 'docx', fileName: 'seed.docx', bytes: docx, mutators: [flipBits, truncate, docxTagMutator] },
    ];

    const seed0 = testSeed();
    console.log(`import fuzz seed: ${seed0} (replay with SEED=${seed0})`);
    const random = seededRandom(seed0);
    const { store, dbPath } = openBackend(tempDir());
    const observer = openDatabaseReadOnly(dbPath);
    const commits = () => observer.pragma('data_version', { simple: true }) as number;
    const results: Record<string, { imported: number; refused: Record<string, number> }> = {};

    for (const format of formats) {
      const tally = { imported: 0, refused: {} as Record<string, number> };
      results[format.name] = tally;
      for (let i = 0; i < MUTATIONS; i += 1) {
        const mutator = format.mutators[i % format.mutators.length]!;
        const bytes = mutator(format.bytes, random);
        const before = commits();
        try {
          await withTimeout(importFile(store, { bytes, fileName: format.fileName }, new Date().toISOString()), `${format.name} mutation ${i}`);
          tally.imported += 1;
        } catch (error) {
          expect(error, `${format.name} mutation ${i} (seed ${seed0})`).toBeInstanceOf(WorkbenchError);
          const { code, message } = error as WorkbenchError;
          expect(FILE_ERRORS, `${format.name} mutation ${i}: ${code} ${message} (seed ${seed0})`).toContain(code);
          expect(message.length).toBeGreaterThan(10);
          expect(commits(), `${format.name} mutation ${i} committed data on failure (seed ${seed0})`).toBe(before);
          tally.refused[code] = (tally.refused[code] ?? 0) + 1;
        }
      }
    }
    console.log(`import fuzz: ${JSON.stringify(results)}`);
    expect(observer.pragma('integrity_check', { simple: true })).toBe('ok');
    observer.close();
    store.close();
  });

  const KIT = sharedPath('testdata/interop/tmx/lisa-tmx-compliance-kit');
  const OASIS = sharedPath('testdata/interop/xliff20/oasis-testsuite/core/valid/everything-core.xlf');
  const INTERCHANGE_ERRORS: readonly ErrorCode[] = [...FILE_ERRORS, 'NOT_FOUND', 'DAMAGED_REVIEW_FILE', 'INVALID_PAYLOAD'];

  it.skipIf(!sharedAvailable(KIT) || !sharedAvailable(OASIS))(
    `survives ${MUTATIONS} mutations each of TMX (the LISA kit) and XLIFF (ours and the OASIS suite's)`,
    { timeout: 600_000 },
    async () => {
      const seed0 = testSeed();
      console.log(`interchange fuzz seed: ${seed0} (replay with SEED=${seed0})`);
      const random = seededRandom(seed0);
      const { api, service, store, dbPath } = openBackend(tempDir());
      const { id } = await api.importText({ title: 'seed', text: readFileSync(SEED_PATH, 'utf8') });
      const ours = Buffer.from((await api.exportDocument({ documentId: id, format: 'xliff', lang: 'en', untranslated: 'omit' })).contentBase64, 'base64');
      const tmxFiles = readdirSync(KIT).filter((name) => name.endsWith('.tmx')).map((name) => new Uint8Array(readFileSync(join(KIT, name))));
      const xliffFiles = [new Uint8Array(ours), new Uint8Array(readFileSync(OASIS))];
      const observer = openDatabaseReadOnly(dbPath);
      const commits = () => observer.pragma('data_version', { simple: true }) as number;
      const formats: { name: string; bases: Uint8Array[]; run: (bytes: Uint8Array) => unknown }[] = [
        { name: 'tmx', bases: tmxFiles, run: (bytes: Uint8Array) => service.importTmx({ fileName: 'fuzz.tmx', contentBase64: Buffer.from(bytes).toString('base64') }) },
        { name: 'xliff', bases: xliffFiles, run: (bytes: Uint8Array) => service.importXliff({ contentBase64: Buffer.from(bytes).toString('base64'), documentId: id, dryRun: false }) },
      ];
      const mutators: Mutator[] = [flipBits, truncate, tagMutator];
      const results: Record<string, { imported: number; refused: Record<string, number> }> = {};
      for (const format of formats) {
        const tally = { imported: 0, refused: {} as Record<string, number> };
        results[format.name] = tally;
        for (let i = 0; i < MUTATIONS; i += 1) {
          const base = format.bases[i % format.bases.length]!;
          const bytes = mutators[i % mutators.length]!(base, random);
          const before = commits();
          try {
            await withTimeout(Promise.resolve().then(() => format.run(bytes)), `${format.name} mutation ${i}`);
            tally.imported += 1;
          } catch (error) {
            expect(error, `${format.name} mutation ${i} (seed ${seed0})`).toBeInstanceOf(WorkbenchError);
            const { code, message } = error as WorkbenchError;
            expect(INTERCHANGE_ERRORS, `${format.name} mutation ${i}: ${code} ${message} (seed ${seed0})`).toContain(code);
            expect(message.length).toBeGreaterThan(10);
            expect(commits(), `${format.name} mutation ${i} committed data on failure (seed ${seed0})`).toBe(before);
            tally.refused[code] = (tally.refused[code] ?? 0) + 1;
          }
        }
      }
      console.log(`interchange fuzz: ${JSON.stringify(results)}`);
      expect(observer.pragma('integrity_check', { simple: true })).toBe('ok');
      observer.close();
      store.close();
    },
  );
});
