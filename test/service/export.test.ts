import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TargetLangT } from '../../core/api/contract.ts';
import { writeXliff } from '../../core/formats/xliff-write.ts';
import type { ExportRequest } from '../../core/export/export.ts';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import {
  applyReviewImport,
  exportToBytes,
  importXliff,
  loadExportDocument,
  previewReviewImport,
} from '../../service/export.ts';
import type { Store } from '../../db/store.ts';
import { typeIntoCell } from '../core/export/docx-parts.ts';
import { openBackend } from '../support/backend.ts';
import { sharedAvailable, sharedPath } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const TEXT = '香港如何發展人工智能\n    香港在人工智能領域的主要優勢,表現在基礎科研實力較強。\n首頁 -> 評論\n第三段。';
const NOW = new Date('2026-05-04T09:00:00.000Z');

/** Writing an export as the CLI does: check the destination, build the file, write it atomically. */
async function exportToFile(store: Store, documentId: number, request: ExportRequest, out: string, now = NOW) {
  await assertWritableDestination(out);
  const file = await exportToBytes(store, documentId, request, now);
  await writeFileAtomic(out, file.bytes);
  return file;
}

describe('exports from the database', () => {
  const tempDir = useTempDir();

  async function setup() {
    const dir = tempDir();
    const backend = openBackend(dir);
    const { id } = await backend.api.importText({ title: '測試', text: TEXT });
    const ids = (await backend.api.getDocument({ documentId: id })).paragraphs.map((p) => p.id);
    await backend.api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'Hong Kong’s main advantage in AI is its strong basic research.' });
    await backend.api.confirmTarget({ paragraphId: ids[1]!, lang: 'en' });
    return { ...backend, dir, documentId: id, ids };
  }

  it('builds the export model from the stored document', async () => {
    const { store, documentId, ids } = await setup();
    const doc = loadExportDocument(store, documentId, NOW);
    expect(doc).toMatchObject({ id: documentId, title: '測試', sourceLang: 'zh-Hant', exportedAt: NOW.toISOString() });
    expect(doc.paragraphs.map((p) => p.id)).toEqual(ids);
    expect(doc.paragraphs[1]!.targets.en).toMatchObject({ text: 'Hong Kong’s main advantage in AI is its strong basic research.', status: 'translated' });
    expect(doc.paragraphs[1]!.targets['zh-Hans'].text).toBe('香港在人工智能领域的主要优势,表现在基础科研实力较强。');
    expect(() => loadExportDocument(store, 99, NOW)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    store.close();
  });

  it('writes the file through a temporary file, and reports the untranslated paragraphs', async () => {
    const { store, dir, documentId } = await setup();
    const out = join(dir, 'en.txt');
    const file = await exportToFile(store, documentId, { format: 'txt', lang: 'en', untranslated: 'source' }, out, NOW);
    expect(readFileSync(out, 'utf8')).toBe('香港如何發展人工智能\n\nHong Kong’s main advantage in AI is its strong basic research.\n\n首頁 -> 評論\n\n第三段。\n');
    expect(file.summary).toEqual({ written: 4, skipped: 0, untranslated: 'source', omitted: 0, filledWithSource: 3 });
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
    store.close();
  });

  it('refuses a destination it cannot write, clearly, and leaves an existing file as it was when an export fails', async () => {
    const { store, dir, documentId } = await setup();
    await expect(exportToFile(store, documentId, { format: 'txt', lang: 'en' }, join(dir, 'missing', 'x.txt'))).rejects.toMatchObject({
      code: 'STORAGE_FAILED',
      message: expect.stringContaining('does not exist'),
    });
    writeFileSync(join(dir, 'plain-file'), 'x');
    await expect(exportToFile(store, documentId, { format: 'txt', lang: 'en' }, join(dir, 'plain-file', 'x.txt'))).rejects.toMatchObject({
      message: expect.stringContaining('is not a folder'),
    });
    mkdirSync(join(dir, 'folder'));
    await expect(exportToFile(store, documentId, { format: 'txt', lang: 'en' }, join(dir, 'folder'))).rejects.toMatchObject({
      message: expect.stringContaining('that is a folder'),
    });
    const existing = join(dir, 'keep.docx');
    writeFileSync(existing, 'previous export');
    await expect(exportToFile(store, documentId, { format: 'docx' }, existing)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    await expect(exportToFile(store, documentId, { format: 'bilingual-docx', targets: [] }, existing)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(readFileSync(existing, 'utf8')).toBe('previous export');
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
    store.close();
  });
});

describe('re-importing a reviewed bilingual DOCX', () => {
  const tempDir = useTempDir();

  async function reviewed() {
    const backend = openBackend(tempDir());
    const { id } = await backend.api.importText({ title: '測試', text: TEXT });
    const ids = (await backend.api.getDocument({ documentId: id })).paragraphs.map((p) => p.id);
    let docx = (await exportToBytes(backend.store, id, { format: 'bilingual-docx' }, NOW)).bytes;
    docx = typeIntoCell(docx, ids[0]!, 2, 'How Hong Kong can develop AI');
    docx = typeIntoCell(docx, ids[3]!, 3, '第三段(审校)。');
    return { ...backend, documentId: id, ids, docx };
  }

  it('previews the per-cell changes without writing anything', async () => {
    const { store, api, documentId, ids, docx } = await reviewed();
    const diff = previewReviewImport(store, docx, undefined, NOW);
    expect(diff.documentId).toBe(documentId);
    expect(diff.changes.map((c) => [c.paragraphId, c.lang, c.before, c.after])).toEqual([
      [ids[0], 'en', '', 'How Hong Kong can develop AI'],
      [ids[3], 'zh-Hans', '第三段。', '第三段(审校)。'],
    ]);
    const { paragraphs } = await api.getDocument({ documentId });
    expect(paragraphs[0]!.targets.en).toMatchObject({ text: '', status: 'empty' });
    store.close();
  });

  it('applies only the accepted changes, marked reviewed and confirmed through the caller’s hook', async () => {
    const { store, api, service, documentId, ids, docx } = await reviewed();
    const confirmed: [number, TargetLangT][] = [];
    const { applied } = applyReviewImport(
      store,
      docx,
      {
        accept: [{ paragraphId: ids[3]!, lang: 'zh-Hans' }],
        status: 'reviewed',
        confirm: (paragraphId, lang) => {
          confirmed.push([paragraphId, lang]);
          service.confirmTarget({ paragraphId, lang });
        },
      },
      NOW,
    );
    expect(applied).toHaveLength(1);
    expect(confirmed).toEqual([[ids[3], 'zh-Hans']]);
    const { paragraphs } = await api.getDocument({ documentId });
    expect(paragraphs[3]!.targets['zh-Hans']).toMatchObject({ text: '第三段(审校)。', status: 'reviewed' });
    expect(paragraphs[0]!.targets.en.text).toBe('');
    store.close();
  });

  it('applies every change as a draft by default', async () => {
    const { store, api, documentId, docx } = await reviewed();
    applyReviewImport(store, docx, { status: 'draft' }, NOW);
    const { paragraphs } = await api.getDocument({ documentId });
    expect(paragraphs[0]!.targets.en).toMatchObject({ text: 'How Hong Kong can develop AI', status: 'draft' });
    expect(previewReviewImport(store, docx, undefined, NOW).changes).toEqual([]);
    store.close();
  });

  it('refuses a file from another document and changes nothing', async () => {
    const { store, api, docx } = await reviewed();
    const other = await api.importText({ title: 'other', text: '另一份。' });
    expect(() => applyReviewImport(store, docx, { documentId: other.id, status: 'draft' }, NOW)).toThrow(
      expect.objectContaining({ code: 'DAMAGED_REVIEW_FILE' }),
    );
    const { paragraphs } = await api.getDocument({ documentId: other.id });
    expect(paragraphs[0]!.targets.en.text).toBe('');
    store.close();
  });
});

describe('re-importing XLIFF', () => {
  const tempDir = useTempDir();

  it.each(['xliff', 'xliff12'] as const)('restores every cell from its own %s export: a lossless round trip', async (format) => {
    const { store, api } = openBackend(tempDir());
    const { id } = await api.importText({ title: '測試', text: TEXT });
    const ids = (await api.getDocument({ documentId: id })).paragraphs.map((p) => p.id);
    await api.saveTarget({ paragraphId: ids[0]!, lang: 'zh-Hans', text: '香港如何发展人工智能(改)' });
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'zh-Hans' });
    await api.saveTarget({ paragraphId: ids[1]!, lang: 'zh-Hans', text: '  前后有空格 & <符号>\n第二行  ' });
    const before = (await api.getDocument({ documentId: id })).paragraphs;
    const xlf = (await exportToBytes(store, id, { format, lang: 'zh-Hans', boilerplate: true }, NOW)).bytes;

    for (const paragraphId of ids) await api.saveTarget({ paragraphId, lang: 'zh-Hans', text: '被覆盖' });
    const result = importXliff(store, xlf, {}, NOW);
    expect(result).toMatchObject({ documentId: id, lang: 'zh-Hans', units: 4, unchanged: 0, applied: true });
    const after = (await api.getDocument({ documentId: id })).paragraphs;
    expect(after.map((p) => [p.targets['zh-Hans'].text, p.targets['zh-Hans'].status])).toEqual(
      before.map((p) => [p.targets['zh-Hans'].text, p.targets['zh-Hans'].status]),
    );
    expect(importXliff(store, xlf, { dryRun: true }, NOW)).toMatchObject({ changes: [], unchanged: 4, applied: false });
    store.close();
  });

  it('refuses a file whose source no longer matches, changing nothing', async () => {
    const { store, api } = openBackend(tempDir());
    const { id } = await api.importText({ title: '測試', text: TEXT });
    const doc = loadExportDocument(store, id, NOW);
    doc.paragraphs[0]!.targets.en = { text: 'Changed', status: 'translated', updatedAt: '' };
    doc.paragraphs[2]!.source = '不同的原文';
    const xml = writeXliff(doc, { headings: true, boilerplate: true, lang: 'en', version: '2.0' }).xml;
    expect(() => importXliff(store, new TextEncoder().encode(xml), {}, NOW)).toThrow(expect.objectContaining({ code: 'DAMAGED_REVIEW_FILE' }));
    expect((await api.getDocument({ documentId: id })).paragraphs[0]!.targets.en.text).toBe('');
    store.close();
  });

  const oasis = sharedPath('testdata/interop/xliff20/oasis-testsuite/core/valid/sample1.xlf');
  it.skipIf(!sharedAvailable(oasis))('refuses another tool’s XLIFF: a target language we do not have, units that are not our paragraphs', async () => {
    const { store, api } = openBackend(tempDir());
    await api.importText({ title: '測試', text: TEXT });
    expect(() => importXliff(store, new Uint8Array(readFileSync(oasis)), {}, NOW)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('"de"') }),
    );
    const foreign = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hant" trgLang="en-GB"><file id="f"><unit id="u1"><segment><source>x</source></segment></unit></file></xliff>';
    expect(() => importXliff(store, new TextEncoder().encode(foreign), {}, NOW)).toThrow(/Unit "u1" is not a paragraph exported by Bilingual Workbench/u);
    store.close();
  });
});
