/**
 * The quality bar in a real office suite: every DOCX export opens in LibreOffice, its PDF
 * holds every exported paragraph of every column with the CJK intact, a reviewed copy saved
 * by LibreOffice imports back, and page 1 renders to a PNG.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../core/export/export.ts';
import { isUntranslated, selectParagraphs, DEFAULT_SELECTION, type ExportParagraph } from '../../../core/export/model.ts';
import { buildEdition } from '../../../core/export/monolingual.ts';
import { exportToBytes, loadExportDocument, previewReviewImport } from '../../../service/export.ts';
import { SEED_PATH, sharedAvailable } from '../../support/shared-data.ts';
import { openBackend } from '../../support/backend.ts';
import { useTempDir } from '../../support/temp.ts';
import { docxPart, typeIntoCell } from './docx-parts.ts';
import { createSeedDocument } from './seed-document.ts';

const TOOLS = ['/usr/bin/libreoffice', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'];
const missing = TOOLS.filter((tool) => !existsSync(tool));
if (missing.length > 0) {
  console.warn(`SKIPPED: the office tests need ${missing.join(', ')} (apt-get install libreoffice-writer-nogui poppler-utils)`);
}
const ready = missing.length === 0 && sharedAvailable(SEED_PATH);
const NOW = new Date('2026-05-04T09:00:00.000Z');

/** Converts files with LibreOffice into outDir, with a profile of its own so parallel runs do not collide. */
function libreoffice(profile: string, target: string, outDir: string, files: string[]): void {
  execFileSync('/usr/bin/libreoffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', target, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** The PDF's text, or the text inside one vertical band of its pages (x and width in points). */
function pdfText(pdf: string, band?: { x: number; width: number }): string {
  const crop = band ? ['-r', '72', '-x', String(Math.floor(band.x)), '-y', '0', '-W', String(Math.ceil(band.width)), '-H', '2000'] : [];
  return squeeze(execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', ...crop, pdf, '-'], { encoding: 'utf8' }));
}

/**
 * Where each table column lies on the page, from the DOCX's own grid and margin (twips → points).
 * pdftotext reads a page line by line, so short cells side by side interleave; a column read
 * on its own keeps each cell's text whole.
 */
function columnBands(docx: Uint8Array): { x: number; width: number }[] {
  const xml = docxPart(docx);
  const left = Number(/<w:pgMar [^>]*w:left="(\d+)"/u.exec(xml)?.[1]);
  const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
  let x = left;
  return widths.map((width) => {
    const band = { x: x / 20, width: width / 20 };
    x += width;
    return band;
  });
}

describe.skipIf(!ready)('DOCX exports in LibreOffice', { timeout: 180_000 }, () => {
  const tempDir = useTempDir();
  let dir: string;


  async function seeded() {
    dir = tempDir();
    const backend = openBackend(dir);
    const documentId = createSeedDocument(backend.store, backend.service);
    return { ...backend, documentId };
  }

  it('opens every DOCX export and prints every exported paragraph of every column, CJK intact', async () => {
    const { store, documentId } = await seeded();
    const doc = loadExportDocument(store, documentId, NOW);
    /** Per export: its request and, per column (or the whole page), the texts that must be printed there. */
    const cases: [string, ExportRequest, (paragraphs: ExportParagraph[]) => Map<number | 'page', string[]>][] = [];
    const byColumn = (rows: ExportParagraph[]) =>
      new Map<number | 'page', string[]>([
        [1, rows.map((p) => p.source)],
        [2, rows.map((p) => p.targets.en.text)],
        [3, rows.map((p) => p.targets['zh-Hans'].text)],
      ]);
    cases.push(['bilingual', { format: 'bilingual-docx' }, () => byColumn(selectParagraphs(doc.paragraphs, DEFAULT_SELECTION))]);
    cases.push(['bilingual-all', { format: 'bilingual-docx', status: true, comments: true, boilerplate: true }, () => byColumn(doc.paragraphs)]);
    for (const lang of ['en', 'zh-Hans'] as const) {
      const edition = buildEdition(doc, { ...DEFAULT_SELECTION, lang, untranslated: 'source' });
      cases.push([`edition-${lang}`, { format: 'docx', lang, untranslated: 'source' }, () => new Map([['page', edition.paragraphs.map((p) => p.text)]])]);
    }
    const files = new Map<string, Uint8Array>();
    for (const [name, request] of cases) {
      const bytes = (await exportToBytes(store, documentId, request, NOW)).bytes;
      writeFileSync(join(dir, `${name}.docx`), bytes);
      files.set(name, bytes);
    }
    libreoffice(join(dir, 'profile'), 'pdf', dir, cases.map(([name]) => join(dir, `${name}.docx`)));
    for (const [name, , expected] of cases) {
      const pdf = join(dir, `${name}.pdf`);
      const bands = columnBands(files.get(name)!);
      let checked = 0;
      for (const [column, texts] of expected(doc.paragraphs)) {
        const printed = pdfText(pdf, column === 'page' ? undefined : bands[column]);
        for (const text of texts.filter((t) => t.trim() !== '')) {
          expect(printed, `${name}, column ${column}: ${text.slice(0, 30)}`).toContain(squeeze(text));
          checked += 1;
        }
      }
      expect(checked, name).toBeGreaterThan(20);
    }
    // The Traditional source and its Simplified draft are both there: the conversion did not collapse them.
    const all = pdfText(join(dir, 'bilingual.pdf'));
    expect(all).toContain('屠海鳴');
    expect(all).toContain('屠海鸣');
    store.close();
  });

  it('imports back a reviewed copy that LibreOffice saved as DOCX', async () => {
    const { store, documentId } = await seeded();
    const doc = loadExportDocument(store, documentId, NOW);
    const [untranslated, drafted] = doc.paragraphs.filter((p) => p.kind === 'body' && isUntranslated(p.targets.en));
    let docx = (await exportToBytes(store, documentId, { format: 'bilingual-docx', status: true }, NOW)).bytes;
    docx = typeIntoCell(docx, untranslated!.id, 2, 'Reviewer’s new English “with quotes”.');
    docx = typeIntoCell(docx, drafted!.id, 3, '审校改过的简体中文。');
    const edited = join(dir, 'edited.docx');
    writeFileSync(edited, docx);
    const saved = join(dir, 'saved');
    libreoffice(join(dir, 'profile'), 'docx:MS Word 2007 XML', saved, [edited]);
    const diff = previewReviewImport(store, new Uint8Array(readFileSync(join(saved, 'edited.docx'))), undefined, NOW);
    expect(diff.changes.map((c) => [c.paragraphId, c.lang, c.after])).toEqual([
      [untranslated!.id, 'en', 'Reviewer’s new English “with quotes”.'],
      [drafted!.id, 'zh-Hans', '审校改过的简体中文。'],
    ]);
    expect(diff.rows).toBe(selectParagraphs(doc.paragraphs, DEFAULT_SELECTION).length);
    store.close();
  });

  it('renders page 1 of the seed’s bilingual DOCX to a PNG', async () => {
    const { store, documentId } = await seeded();
    const path = join(dir, 'seed.docx');
    writeFileSync(path, (await exportToBytes(store, documentId, { format: 'bilingual-docx', status: true }, NOW)).bytes);
    libreoffice(join(dir, 'profile'), 'pdf', dir, [path]);
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', join(dir, 'seed.pdf'), join(dir, 'page1')]);
    const png = readFileSync(join(dir, 'page1.png'));
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    // A landscape A4 page at 110 dpi.
    expect(Math.abs(png.readUInt32BE(16) - 1286)).toBeLessThanOrEqual(2);
    expect(Math.abs(png.readUInt32BE(20) - 909)).toBeLessThanOrEqual(2);
    store.close();
  });
});
