import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../core/formats/tmx.ts';
import { similarity } from '../../core/tm/levenshtein.ts';
import { codePoints, matchKeyPoints } from '../../core/tm/normalize.ts';
import { TmService } from '../../service/tm.ts';
import { openBackend } from '../support/backend.ts';
import { sharedAvailable, sharedPath } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const KIT = sharedPath('testdata/interop/tmx/lisa-tmx-compliance-kit');
const DTD = sharedPath('testdata/interop/schemas/tmx/tmx14.dtd');
const TATOEBA = sharedPath('testdata/parallel/tatoeba-cmn.txt');

/** A backend with one document, its paragraphs confirmed in English as given. */
async function withConfirmed(dir: string, title: string, pairs: [string, string][]) {
  const backend = openBackend(dir);
  const doc = await backend.api.importText({ title, text: pairs.map(([source]) => source).join('\n') });
  const { paragraphs } = await backend.api.getDocument({ documentId: doc.id });
  for (const [i, [, en]] of pairs.entries()) {
    if (en === '') continue;
    await backend.api.saveTarget({ paragraphId: paragraphs[i]!.id, lang: 'en', text: en });
    await backend.api.confirmTarget({ paragraphId: paragraphs[i]!.id, lang: 'en' });
  }
  return { ...backend, doc, paragraphs, tm: new TmService(backend.store) };
}

describe('fuzzy matches through the contract', () => {
  const tempDir = useTempDir();

  it('matches a zh-HK source against a zh-TW entry at 100', async () => {
    const { api, store } = await withConfirmed(tempDir(), 'tw', [['衛生署著手處理裡面的問題。', 'The Department of Health deals with the problems inside.']]);
    const hk = await api.importText({ title: 'hk', text: '衞生署着手處理裏面的問題。\n另一段。' });
    const [paragraph] = (await api.getDocument({ documentId: hk.id })).paragraphs;
    const [match] = await api.findTmMatches({ paragraphId: paragraph!.id });
    expect(match).toMatchObject({ score: 100, kind: 'exact', origin: 'tw', en: 'The Department of Health deals with the problems inside.' });
    expect(match!.diff).toEqual([{ op: 'equal', text: '衞生署着手處理裏面的問題。' }]);
    store.close();
  });

  it('offers a number-only difference at 95–99 with the numbers carried into the translation', async () => {
    const { api, store } = await withConfirmed(tempDir(), 'budget', [['政府撥款10億元興建新醫院。', 'The Government allocated HK$1 billion to build a new hospital.']]);
    const next = await api.importText({ title: 'next', text: '政府撥款20億元興建新醫院。' });
    const [paragraph] = (await api.getDocument({ documentId: next.id })).paragraphs;
    const [match] = await api.findTmMatches({ paragraphId: paragraph!.id });
    expect(match).toMatchObject({ kind: 'near', differences: ['numbers'], numberFix: { en: 'The Government allocated HK$2 billion to build a new hospital.', zhHans: null } });
    expect(match!.score).toBeGreaterThanOrEqual(95);
    expect(match!.diff).toEqual([
      { op: 'equal', text: '政府撥款' },
      { op: 'delete', text: '1' },
      { op: 'insert', text: '2' },
      { op: 'equal', text: '0億元興建新醫院。' },
    ]);
    store.close();
  });

  it('gives 101 to an exact match whose neighbours match too', async () => {
    const pairs: [string, string][] = [['第一段。', 'One.'], ['香港今日天晴。', 'Sunny in Hong Kong today.'], ['第三段。', 'Three.']];
    const { api, store } = await withConfirmed(tempDir(), 'first', pairs);
    const again = await api.importText({ title: 'again', text: '第一段。\n香港今日天晴。\n第三段。\n香港今日天晴。' });
    const paragraphs = (await api.getDocument({ documentId: again.id })).paragraphs;
    expect((await api.findTmMatches({ paragraphId: paragraphs[1]!.id }))[0]).toMatchObject({ score: 101, kind: 'context' });
    expect((await api.findTmMatches({ paragraphId: paragraphs[3]!.id }))[0]).toMatchObject({ score: 100, kind: 'exact' });
    store.close();
  });

  it('derives sentence units and shows them when no paragraph match reaches 75', async () => {
    const { api, store } = await withConfirmed(tempDir(), 'two', [['今日天氣很好。我們去公園散步。', 'The weather is fine today. We go for a walk in the park.']]);
    const next = await api.importText({ title: 'mixed', text: '我們去公園散步。然後回家煮晚飯，再看一套電影。' });
    const [paragraph] = (await api.getDocument({ documentId: next.id })).paragraphs;
    const matches = await api.findTmMatches({ paragraphId: paragraph!.id });
    expect(matches.filter((m) => m.sentence === null).every((m) => m.score < 75)).toBe(true);
    expect(matches).toContainEqual(expect.objectContaining({
      level: 'sentence', score: 100, en: 'We go for a walk in the park.', sentence: { index: 0, text: '我們去公園散步。' },
    }));
    store.close();
  });

  it('derives no sentence units when the translation splits into a different number of sentences', async () => {
    const { store, tm } = await withConfirmed(tempDir(), 'uneven', [['今日天氣很好。我們去公園散步。', 'Fine weather today, so we walk in the park.']]);
    expect(store.tm.count()).toBe(1);
    const matches = tm.findMatches(tm.allMemories(), { source: '我們去公園散步。' });
    expect(matches.map((m) => [m.level, m.kind])).toEqual([['paragraph', 'fuzzy']]);
    store.close();
  });

  it('ranks units from an attached read-only memory after its penalty, naming the memory', async () => {
    const dir = tempDir();
    const { api, store, tm, doc } = await withConfirmed(dir, 'own', [['香港特區政府今日宣佈新措施。', 'Own translation.']]);
    const tmx = join(dir, 'shared.tmx');
    writeFileSync(tmx, '<tmx version="1.4"><header/><body><tu><tuv xml:lang="zh-HK"><seg>香港特區政府今日宣佈新措施。</seg></tuv><tuv xml:lang="en"><seg>Shared translation.</seg></tuv></tu></body></tmx>');
    const { tmId } = await tm.importTmx(tmx, { name: 'Shared' });
    tm.attach(doc.projectId, tmId, 3);
    const next = await api.importText({ title: 'next', text: '香港特區政府今日宣佈新措施。' });
    const [paragraph] = (await api.getDocument({ documentId: next.id })).paragraphs;
    const matches = await api.findTmMatches({ paragraphId: paragraph!.id });
    expect(matches.map((m) => [m.score, m.en, m.tmName, m.penalty])).toEqual([
      // Both documents hold only this paragraph: the same (empty) neighbours make it a context match.
      [101, 'Own translation.', 'My project', 0],
      [97, 'Shared translation.', 'Shared', 3],
    ]);
    store.close();
  });
});

describe.skipIf(!sharedAvailable(TATOEBA))('retrieval against an exhaustive scan', () => {
  const tempDir = useTempDir();

  it('finds the best unit an exhaustive scan finds for mutated queries on 5,000 Tatoeba units', async () => {
    const { store } = openBackend(tempDir());
    const tm = new TmService(store);
    const lines = readFileSync(TATOEBA, 'utf8').split('\n').slice(1000, 6000).map((l) => l.split('\t'));
    const dir = tempDir();
    const tmx = join(dir, 't.tmx');
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(tmx, `<tmx version="1.4"><header/><body>${lines.map(([en, zh]) => `<tu><tuv xml:lang="zh-TW"><seg>${escape(zh!)}</seg></tuv><tuv xml:lang="en"><seg>${escape(en!)}</seg></tuv></tu>`).join('')}</body></tmx>`);
    const { tmId } = await tm.importTmx(tmx);
    const scope = tm.allMemories();
    const keys = lines.map(([, zh]) => matchKeyPoints(zh!));
    let judged = 0;
    for (let i = 0; i < 120; i++) {
      const points = codePoints(lines[(i * 37) % lines.length]![1]!);
      points.splice((i * 7) % points.length, 1, 0x4e2d);
      const query = String.fromCodePoint(...points);
      const best = Math.max(...keys.map((key) => similarity(key, matchKeyPoints(query))));
      if (best < 50) continue;
      judged++;
      const found = tm.findMatches(scope, { source: query }).map((m) => similarity(matchKeyPoints(m.source), matchKeyPoints(query)));
      expect(Math.max(0, ...found), query).toBe(best);
    }
    expect(judged).toBeGreaterThan(60);
    expect(store.tm.count(tmId)).toBe(5000);
    store.close();
  });
});

describe('concordance', () => {
  const tempDir = useTempDir();
  const pairs: [string, string][] = [
    ['香港特區政府今日宣佈新措施。', 'The Hong Kong SAR Government announced new measures today.'],
    ['港珠澳大橋通車。', 'The Hong Kong–Zhuhai–Macao Bridge opens.'],
    ['深圳灣口岸人流增加。', 'More people use the Shenzhen Bay Port.'],
    ['𠝹開西瓜。', 'Cut the watermelon open.'],
  ];

  it('finds 1-, 2- and 3-character terms in source and Simplified target with UTF-16 highlights', async () => {
    const { store, tm, api, paragraphs } = await withConfirmed(tempDir(), 'c', pairs);
    for (const p of paragraphs) await api.confirmTarget({ paragraphId: p.id, lang: 'zh-Hans' });
    const scope = tm.allMemories();
    const sources = (term: string) => tm.concordance(scope, term).hits.map((h) => h.source).sort();
    expect(sources('港')).toEqual([pairs[0]![0], pairs[1]![0]].sort());
    expect(sources('香港')).toEqual([pairs[0]![0]]);
    expect(sources('深圳灣')).toEqual([pairs[2]![0]]);
    expect(sources('深圳湾')).toEqual([pairs[2]![0]]);
    expect(sources('大陸')).toEqual([]);
    const [hit] = tm.concordance(scope, '宣佈').hits;
    expect(hit!.highlights).toEqual({ source: [{ start: 8, end: 10 }], en: [], zhHans: [{ start: 8, end: 10 }] });
    const [astral] = tm.concordance(scope, '開').hits;
    expect(astral!.highlights.source).toEqual([{ start: 2, end: 3 }]);
    store.close();
  });

  it('finds English words and phrases, case-insensitively, as whole words', async () => {
    const { store, tm } = await withConfirmed(tempDir(), 'c', pairs);
    const scope = tm.allMemories();
    const hits = tm.concordance(scope, 'hong kong').hits;
    expect(hits.map((h) => h.en).sort()).toEqual([pairs[0]![1], pairs[1]![1]].sort());
    expect(hits.find((h) => h.en === pairs[0]![1])!.highlights.en).toEqual([{ start: 4, end: 13 }]);
    expect(tm.concordance(scope, 'melon').hits).toEqual([]);
    store.close();
  });
});

describe('TMX import and export', () => {
  const tempDir = useTempDir();

  it('reports progress while it reads, ending at the whole file', async () => {
    const dir = tempDir();
    const { store } = openBackend(dir);
    const tm = new TmService(store);
    const tmx = join(dir, 'big.tmx');
    const units = Array.from({ length: 20_000 }, (_, i) => `<tu><tuv xml:lang="zh-HK"><seg>第${i}段文字</seg></tuv><tuv xml:lang="en"><seg>Text ${i}</seg></tuv></tu>\n`);
    writeFileSync(tmx, `<tmx version="1.4"><header/><body>\n${units.join('')}</body></tmx>`);
    const progress: { phase: string; done: number; total: number }[] = [];
    const report = await tm.importTmx(tmx, { checkpoint: async (phase, done, total) => void progress.push({ phase, done, total }) });
    expect(report.imported).toBe(20_000);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ phase: 'reading', done: statSync(tmx).size, total: statSync(tmx).size });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    store.close();
  });

  it('rejects a malformed file with its line number and leaves the database unchanged', async () => {
    const dir = tempDir();
    const { store, tm } = await withConfirmed(dir, 'd', [['第一段。', 'One.']]);
    const before = tm.stats();
    const bad = join(dir, 'bad.tmx');
    const units = Array.from({ length: 500 }, (_, i) => `<tu><tuv xml:lang="zh-HK"><seg>第${i}段</seg></tuv><tuv xml:lang="en"><seg>No. ${i}</seg></tuv></tu>\n`).join('');
    writeFileSync(bad, `<tmx version="1.4"><header/><body>\n${units}<tu><tuv xml:lang="en"><seg>broken</tuv></tu>\n</body></tmx>`);
    await expect(tm.importTmx(bad)).rejects.toThrow(expect.objectContaining({ code: 'MALFORMED_FILE', message: expect.stringContaining('line 502') }));
    expect(tm.stats()).toEqual(before);
    expect(store.tm.count()).toBe(1);
    store.close();
  });

  it.skipIf(!sharedAvailable(KIT))('imports every file of the LISA kit, mapping its languages when told to', async () => {
    const { store } = openBackend(tempDir());
    const tm = new TmService(store);
    for (const file of readdirSync(KIT).filter((f) => f.endsWith('.tmx'))) {
      const plain = await tm.importTmx(join(KIT, file));
      expect(plain.imported, file).toBe(0);
      expect(plain.skipped.noSource, file).toBe(plain.read);
      // The kit has no Chinese: read each file's first language as the source and the others as English.
      const langs = [...new Set(parseTmx(readFileSync(join(KIT, file))).flatMap((u) => u.variants.map((v) => v.lang.toLowerCase())))];
      const languages = Object.fromEntries(langs.map((lang, i) => [lang, i === 0 ? 'zh-Hant' : 'en'] as const));
      const mapped = await tm.importTmx(join(KIT, file), { languages });
      expect(mapped.imported + mapped.skipped.noTranslation + mapped.skipped.noSource, file).toBe(mapped.read);
      expect(mapped.imported, file).toBeGreaterThan(0);
    }
    store.close();
  });

  it.skipIf(!sharedAvailable(DTD))('exports DTD-valid TMX, and export → import → export is identical, markup included', async () => {
    const dir = tempDir();
    const { store, tm, api, paragraphs } = await withConfirmed(dir, '文件 & <一>', [['第一段。第二句。', 'One. Two.'], ['香港 "引號" 段落', 'Quoted "text" & more']]);
    await api.confirmTarget({ paragraphId: paragraphs[0]!.id, lang: 'zh-Hans' });
    const marked = join(dir, 'marked.tmx');
    writeFileSync(marked, '<tmx version="1.4"><header/><body><tu creationdate="20240102T030405Z"><tuv xml:lang="zh-TW"><seg>按<bpt i="1">&lt;b></bpt>這裡<ept i="1">&lt;/b></ept>開始</seg></tuv><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b></bpt>here<ept i="1">&lt;/b></ept> to start</seg></tuv></tu></body></tmx>');
    const imported = await tm.importTmx(marked, { tmId: store.tm.projectTm(1, 'now') });
    expect(imported.imported).toBe(1);
    const projectTm = tm.allMemories()[0]!.tmId;
    const first = join(dir, 'first.tmx');
    expect(tm.exportTmx(projectTm, first).units).toBe(store.tm.count(projectTm));
    execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, first], { stdio: 'pipe' });
    expect(readFileSync(first, 'utf8')).toContain('<seg>按<bpt i="1">&lt;b&gt;</bpt>這裡<ept i="1">&lt;/b&gt;</ept>開始</seg>');

    const { tmId } = await tm.importTmx(first);
    const second = join(dir, 'second.tmx');
    tm.exportTmx(tmId, second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    store.close();
  });
});

describe('maintenance and propagation', () => {
  const tempDir = useTempDir();

  it('edits, deletes and removes duplicate units, and counts them', async () => {
    const dir = tempDir();
    const { store, tm } = await withConfirmed(dir, 'd', [['第一段。', 'One.']]);
    const tmx = join(dir, 'dup.tmx');
    const tu = '<tu><tuv xml:lang="zh-HK"><seg>重複的句子。</seg></tuv><tuv xml:lang="en"><seg>A repeated sentence.</seg></tuv></tu>';
    writeFileSync(tmx, `<tmx version="1.4"><header/><body>${tu}${tu}${tu}</body></tmx>`);
    const { tmId } = await tm.importTmx(tmx);
    expect(tm.removeDuplicates(tmId)).toEqual({ removed: 2 });
    const scope = tm.allMemories();
    const [unit] = tm.findMatches(scope, { source: '重複的句子。' });
    expect(tm.editUnit(unit!.unitId, { en: 'A sentence said again.' }).en).toBe('A sentence said again.');
    expect(tm.concordance(scope, 'again').hits.map((h) => h.unitId)).toEqual([unit!.unitId]);
    expect(tm.deleteUnits([unit!.unitId])).toEqual({ deleted: 1 });
    expect(tm.findMatches(scope, { source: '重複的句子。' })).toEqual([]);
    expect(tm.concordance(scope, 'again').hits).toEqual([]);
    expect(tm.stats().units).toBe(1);
    store.close();
  });

  it('offers a confirmed translation as a draft to identical paragraphs still empty', async () => {
    const { store, tm, api, doc, paragraphs } = await withConfirmed(tempDir(), 'p', [
      ['請勿吸煙。', 'No smoking.'],
      ['其他內容。', ''],
      ['請勿吸煙。', ''],
      ['請勿 吸煙。', ''],
    ]);
    await api.saveTarget({ paragraphId: paragraphs[3]!.id, lang: 'en', text: 'Mine.' });
    expect(tm.propagate(paragraphs[0]!.id, 'en')).toEqual([paragraphs[2]!.id]);
    const after = (await api.getDocument({ documentId: doc.id })).paragraphs;
    expect(after[2]!.targets.en).toMatchObject({ text: 'No smoking.', status: 'draft' });
    expect(after[3]!.targets.en).toMatchObject({ text: 'Mine.', status: 'draft' });
    expect(after[1]!.targets.en.status).toBe('empty');
    store.close();
  });
});
