import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../core/convert.ts';
import { MAX_SOURCE_BYTES } from '../../core/import/index.ts';
import { Store } from '../../db/store.ts';
import {
  documentInclusion,
  importFile,
  mergeParagraphs,
  previewImport,
  setIncludeBoilerplate,
  setParagraphExcluded,
  splitParagraph,
  undoParagraphEdit,
  type ImportRequest,
} from '../../service/import.ts';
import { lyingBomb, reportDocx, utf8, zipBomb } from '../core/import/fixtures.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const NOW = '2025-03-18T03:00:00.000Z';
const LATER = '2025-03-19T03:00:00.000Z';
const hasSeed = sharedAvailable(SEED_PATH);
const seed = hasSeed ? readFileSync(SEED_PATH) : new Uint8Array();

describe('importing files into the database', () => {
  const tempDir = useTempDir();
  const openStore = () => Store.open(join(tempDir(), 'import.sqlite'));

  it.skipIf(!hasSeed)('stores the seed with its kinds, Simplified drafts and import details; boilerplate starts excluded', async () => {
    const store = openStore();
    const outcome = await importFile(store, { bytes: seed, fileName: 'hk-ai-article.zh-Hant.txt' }, NOW);
    expect(outcome).toMatchObject({ format: 'text', encoding: 'utf-8', title: '【來論】屠海鳴:香港如何在人工智能領域“大展拳腳”' });
    expect(outcome.counts).toMatchObject({ heading: 4, caption: 1 });

    const rows = store.documents.paragraphsOf(outcome.documentId);
    expect(rows).toHaveLength(outcome.paragraphCount);
    expect(rows.map((r) => r.kind).filter((k) => k === 'boilerplate')).toHaveLength(outcome.counts.boilerplate);
    for (const row of rows) {
      expect(row).toMatchObject({ enText: '', enStatus: 'empty', zhText: toSimplified(row.source), zhStatus: 'auto' });
    }
    const inclusion = documentInclusion(store, outcome.documentId);
    expect(inclusion).toMatchObject({ includeBoilerplate: false, format: 'text', encoding: 'utf-8' });
    expect(inclusion.excludedParagraphIds).toEqual(rows.filter((r) => r.kind === 'boilerplate').map((r) => r.id).sort((a, b) => a - b));
    store.close();
  });

  it.skipIf(!hasSeed)('imports Big5-HKSCS and GB18030 copies of the seed as the same document', async () => {
    const store = openStore();
    const text = seed.toString();
    // Big5 cannot hold U+00A0 (indentation, so layout) or 爲 (written 為 in Big5): see test/core/import/seed-encodings.test.ts.
    const big5Text = text.replaceAll('\u00a0', '\u3000').replaceAll('爲', '為');
    const original = await importFile(store, { bytes: seed, fileName: 'seed.txt' }, NOW);
    const big5 = await importFile(store, { bytes: iconv.encode(big5Text, 'big5hkscs'), fileName: 'seed-big5.txt' }, NOW);
    const gb = await importFile(store, { bytes: iconv.encode(text, 'gb18030'), fileName: 'seed-gb.txt' }, NOW);
    expect([big5.encoding, gb.encoding]).toEqual(['big5-hkscs', 'gb18030']);
    const stored = (id: number) => store.documents.paragraphsOf(id).map((r) => [r.kind, r.source]);
    expect(stored(gb.documentId)).toEqual(stored(original.documentId));
    expect(stored(big5.documentId)).toEqual(stored(original.documentId).map(([kind, source]) => [kind, source!.replaceAll('爲', '為')]));
    store.close();
  });

  it('imports a Word document and uses the given title over the detected one', async () => {
    const store = openStore();
    const outcome = await importFile(store, { bytes: await reportDocx(), fileName: 'report.docx', title: '年報' }, NOW);
    expect(store.documents.find(outcome.documentId)).toMatchObject({ title: '年報', paragraphCount: 10 });
    expect(documentInclusion(store, outcome.documentId)).toMatchObject({ format: 'docx', encoding: null });
    store.close();
  });

  it('imports HTML with scripts and event handlers as its text only', async () => {
    const store = openStore();
    const html = '<p>第一段<img src=x onerror="alert(1)"></p><script>alert(2)</script><p onclick="alert(3)">第二段</p>';
    const { documentId } = await importFile(store, { bytes: utf8(html), fileName: 'page.html' }, NOW);
    expect(store.documents.paragraphsOf(documentId).map((r) => r.source)).toEqual(['第一段', '第二段']);
    store.close();
  });

  it('previews without writing anything', async () => {
    const store = openStore();
    const before = store.paragraphEdits.rowCounts();
    const preview = await previewImport({ bytes: utf8('標題\n第一段內容很長,超過一般標題的長度,所以是正文。\n'), fileName: 'a.txt' });
    expect(preview).toMatchObject({ encoding: 'utf-8', paragraphCount: 2, counts: { heading: 1, body: 1, caption: 0, boilerplate: 0 } });
    expect(preview.paragraphs.map((p) => p.source)).toEqual(['標題', '第一段內容很長,超過一般標題的長度,所以是正文。']);
    expect(store.paragraphEdits.rowCounts()).toEqual(before);
    store.close();
  });

  describe('bad input leaves the database unchanged', () => {
    const cases: [string, () => Promise<ImportRequest> | ImportRequest, string][] = [
      ['an empty file', () => ({ bytes: new Uint8Array(), fileName: 'empty.txt' }), 'EMPTY_FILE'],
      ['a PNG renamed .txt', () => ({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), fileName: 'x.txt' }), 'BINARY_FILE'],
      ['a truncated DOCX', async () => ({ bytes: (await reportDocx()).subarray(0, 3000), fileName: 'cut.docx' }), 'CORRUPT_FILE'],
      ['a DOCX ZIP bomb', () => ({ bytes: zipBomb(128), fileName: 'bomb.docx' }), 'FILE_TOO_LARGE'],
      ['a ZIP bomb with a lying directory', () => ({ bytes: lyingBomb(32), fileName: 'liar.docx' }), 'CORRUPT_FILE'],
      ['a file over the size limit', () => ({ bytes: new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x41), fileName: 'big.txt' }), 'FILE_TOO_LARGE'],
      ['HTML with no text', () => ({ bytes: utf8('<script>alert(1)</script><nav>首頁</nav>'), fileName: 'empty.html' }), 'EMPTY_FILE'],
    ];
    for (const [what, request, code] of cases) {
      it(`refuses ${what} with ${code}`, async () => {
        const store = openStore();
        await importFile(store, { bytes: utf8('已有文件。\n'), fileName: 'existing.txt' }, NOW);
        const before = store.paragraphEdits.rowCounts();
        await expect(importFile(store, await request(), NOW)).rejects.toMatchObject({ code });
        expect(store.paragraphEdits.rowCounts()).toEqual(before);
        store.close();
      }, 30_000);
    }
  });

  it.skipIf(!hasSeed)('imports 20 MB of text', async () => {
    const store = openStore();
    // The seed has no final line break: each copy gets one, so copies do not run together.
    const copy = new Uint8Array([...seed, 0x0a]);
    const copies = Math.ceil(20_000_000 / copy.length);
    const big = new Uint8Array(copy.length * copies);
    for (let i = 0; i < copies; i += 1) big.set(copy, i * copy.length);
    const perCopy = (await previewImport({ bytes: seed, fileName: 'one.txt' })).paragraphCount;
    const outcome = await importFile(store, { bytes: big, fileName: 'big.txt' }, NOW);
    expect(big.length).toBeGreaterThanOrEqual(20_000_000);
    expect(outcome.paragraphCount).toBe(perCopy * copies);
    expect(store.paragraphEdits.rowCounts()).toMatchObject({ paragraphs: perCopy * copies, targets: 2 * perCopy * copies });
    store.close();
  }, 300_000);
});

describe('paragraph edits through the service', () => {
  const tempDir = useTempDir();
  const text = '巴士加價\n運輸署今日宣佈車費上調。署方表示已考慮乘客負擔。\n市民反應不一。\n分享到:\n';

  async function imported() {
    const store = Store.open(join(tempDir(), 'edits.sqlite'));
    const { documentId } = await importFile(store, { bytes: utf8(text), fileName: 'news.txt' }, NOW);
    const ids = store.documents.paragraphsOf(documentId).map((r) => r.id);
    return { store, documentId, ids };
  }

  it('splits: the typed English stays on the first part, both parts get fresh Simplified drafts', async () => {
    const { store, documentId, ids } = await imported();
    store.targets.write(ids[1]!, 'en', { text: 'The Transport Department announced a fare rise.', status: 'translated', updatedAt: NOW });
    const outcome = splitParagraph(store, { paragraphId: ids[1]!, offset: '運輸署今日宣佈車費上調。'.length }, LATER);
    const rows = store.documents.paragraphsOf(documentId);
    expect(rows.map((r) => r.source)).toEqual(['巴士加價', '運輸署今日宣佈車費上調。', '署方表示已考慮乘客負擔。', '市民反應不一。', '分享到:']);
    expect(rows[1]).toMatchObject({ enText: 'The Transport Department announced a fare rise.', enStatus: 'draft', zhText: toSimplified('運輸署今日宣佈車費上調。'), zhStatus: 'auto' });
    expect(rows[2]).toMatchObject({ id: outcome.paragraphIds[1], enText: '', enStatus: 'empty', zhText: toSimplified('署方表示已考慮乘客負擔。'), zhStatus: 'auto' });

    undoParagraphEdit(store, { documentId }, LATER);
    expect(store.documents.paragraphsOf(documentId)[1]).toMatchObject({ source: '運輸署今日宣佈車費上調。署方表示已考慮乘客負擔。', enStatus: 'translated' });
    store.close();
  });

  it('merges with the next paragraph, joining sources and targets', async () => {
    const { store, documentId, ids } = await imported();
    store.targets.write(ids[1]!, 'en', { text: 'Fares rise.', status: 'draft', updatedAt: NOW });
    store.targets.write(ids[2]!, 'en', { text: 'Reactions are mixed.', status: 'draft', updatedAt: NOW });
    mergeParagraphs(store, { paragraphId: ids[1]! }, LATER);
    const merged = store.documents.paragraphsOf(documentId)[1]!;
    expect(merged).toMatchObject({
      source: '運輸署今日宣佈車費上調。署方表示已考慮乘客負擔。市民反應不一。',
      enText: 'Fares rise. Reactions are mixed.',
      enStatus: 'draft',
      zhText: toSimplified('運輸署今日宣佈車費上調。署方表示已考慮乘客負擔。') + toSimplified('市民反應不一。'),
    });
    store.close();
  });

  it('excludes and includes paragraphs and the document’s boilerplate, each undoable', async () => {
    const { store, documentId, ids } = await imported();
    expect(documentInclusion(store, documentId).excludedParagraphIds).toEqual([ids[3]]);
    setParagraphExcluded(store, { paragraphId: ids[2]!, excluded: true }, LATER);
    setIncludeBoilerplate(store, { documentId, include: true }, LATER);
    expect(documentInclusion(store, documentId)).toMatchObject({ includeBoilerplate: true, excludedParagraphIds: [ids[2]] });
    expect(undoParagraphEdit(store, { documentId }, LATER).kind).toBe('boilerplate');
    expect(undoParagraphEdit(store, { documentId }, LATER).kind).toBe('inclusion');
    expect(documentInclusion(store, documentId).excludedParagraphIds).toEqual([ids[3]]);
    store.close();
  });

  it('refuses impossible edits with a clear error and changes nothing', async () => {
    const { store, documentId, ids } = await imported();
    const before = store.paragraphEdits.rowCounts();
    expect(() => splitParagraph(store, { paragraphId: ids[0]!, offset: 0 }, LATER)).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD' }));
    expect(() => mergeParagraphs(store, { paragraphId: ids[3]! }, LATER)).toThrow(/last one/);
    expect(() => splitParagraph(store, { paragraphId: 999, offset: 1 }, LATER)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => undoParagraphEdit(store, { documentId }, LATER)).toThrow(/no paragraph edit to undo/);
    expect(() => setIncludeBoilerplate(store, { documentId: 999, include: true }, LATER)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(store.paragraphEdits.rowCounts()).toEqual(before);
    store.close();
  });

  it('uses the drafter it is given for the Simplified column', async () => {
    const store = Store.open(join(tempDir(), 'drafter.sqlite'));
    const { documentId } = await importFile(store, { bytes: utf8('第一段。\n'), fileName: 'a.txt' }, NOW, (source) => `«${source}»`);
    expect(store.documents.paragraphsOf(documentId)[0]!.zhText).toBe('«第一段。»');
    store.close();
  });
});
