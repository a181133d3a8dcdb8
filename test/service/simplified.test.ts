import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellStatusT } from '../../core/api/contract.ts';
import { Store } from '../../db/store.ts';
import {
  addVocabularyEntry,
  conversionSpans,
  deleteVocabularyEntry,
  dismissStale,
  editSource,
  importDrafter,
  reconvert,
  setDocumentVariant,
  setVocabularyEnabled,
  undoReconvert,
  updateVocabularyEntry,
} from '../../service/simplified.ts';
import { useTempDir } from '../support/temp.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';
const T2 = '2026-01-03T00:00:00.000Z';

// 衞 is where the variants part: hk→cn makes it 卫, tw→cn and t→cn keep it.
const SOURCES = ['衞生署的士', '乘巴士返工', '今日天晴'];

describe('Simplified drafting over the store', () => {
  const tempDir = useTempDir();

  /** A document imported as importText will do it: each paragraph drafted with the vocabulary. */
  function setUp(sources: readonly string[] = SOURCES) {
    const path = join(tempDir(), 'simplified.sqlite');
    const store = Store.open(path);
    const projectId = store.documents.defaultProjectId(T0);
    const draft = importDrafter(store, projectId, 'hk');
    const documentId = store.documents.create('doc', sources.map((source) => ({ source, kind: 'body', zhHansDraft: draft(source) })), T0);
    const ids = store.documents.paragraphsOf(documentId).map((p) => p.id);
    return { path, store, projectId, documentId, ids };
  }

  const zh = (store: Store, paragraphId: number) => store.simplifiedCells.find(paragraphId)!;
  /** What saveTarget and confirmTarget write when a person edits or confirms a cell. */
  const personWrites = (store: Store, paragraphId: number, text: string, status: CellStatusT = 'draft', lang: 'en' | 'zh-Hans' = 'zh-Hans') =>
    store.targets.write(paragraphId, lang, { text, status, updatedAt: T1 });
  const vocabularyId = (store: Store, traditional: string) => store.vocabulary.listScope(null).find((e) => e.traditional === traditional)!.id;

  it('drafts new paragraphs with the starter vocabulary before OpenCC', () => {
    const { store, ids } = setUp();
    expect(ids.map((id) => zh(store, id).text)).toEqual(['卫生署出租车', '乘公交车返工', '今日天晴']);
    expect(ids.map((id) => zh(store, id).status)).toEqual(['auto', 'auto', 'auto']);
    store.close();
  });

  describe('a cell a person edited survives, flagged, and is never overwritten', () => {
    it('on a source edit, in both languages', () => {
      const { path, store, ids } = setUp();
      const [first, second] = ids as [number, number];
      personWrites(store, first, '卫生署的出租车(人改)');
      personWrites(store, first, 'Department of Health taxi', 'translated', 'en');
      expect(editSource(store, first, '衞生署的士司機', T2)).toEqual({ regenerated: 0, flagged: 2 });
      expect(editSource(store, second, '乘巴士上班', T2)).toEqual({ regenerated: 1, flagged: 0 });
      store.close();

      const reopened = Store.open(path);
      expect(zh(reopened, first)).toMatchObject({ source: '衞生署的士司機', text: '卫生署的出租车(人改)', status: 'draft', staleReason: 'source' });
      expect(reopened.targets.find(first, 'en')).toMatchObject({ text: 'Department of Health taxi', status: 'translated' });
      expect(reopened.simplifiedCells.statesOf(first).find((s) => s.lang === 'en')?.staleReason).toBe('source');
      expect(zh(reopened, second)).toMatchObject({ text: '乘公交车上班', status: 'auto', staleReason: null });
      // An English cell nobody wrote has nothing to go stale.
      expect(reopened.simplifiedCells.statesOf(second).find((s) => s.lang === 'en')?.staleReason).toBeNull();
      reopened.close();
    });

    it('on a variant change, flagged only where the draft changes', () => {
      const { path, store, documentId, ids } = setUp();
      const [first, second, third] = ids as [number, number, number];
      personWrites(store, first, '卫生署出租车(人改)', 'translated');
      personWrites(store, second, '乘公交车返工(人改)');
      expect(setDocumentVariant(store, documentId, 'tw', T2)).toEqual({ regenerated: 0, flagged: 1 });
      store.close();

      const reopened = Store.open(path);
      expect(zh(reopened, first)).toMatchObject({ variant: 'tw', text: '卫生署出租车(人改)', status: 'translated', staleReason: 'variant' });
      expect(zh(reopened, second)).toMatchObject({ text: '乘公交车返工(人改)', staleReason: null });
      expect(zh(reopened, third)).toMatchObject({ text: '今日天晴', status: 'auto' });
      reopened.close();
    });

    it('on a vocabulary change, only where the phrase occurs, and unflagged when it is undone', () => {
      const { path, store, ids } = setUp(['乘巴士返工', '乘巴士返工', '沒有那個詞']);
      const [edited, auto, other] = ids as [number, number, number];
      personWrites(store, edited, '坐公交车上班', 'reviewed');
      personWrites(store, other, '没有那个词(人改)');
      const busId = vocabularyId(store, '巴士');

      expect(updateVocabularyEntry(store, busId, { traditional: '巴士', simplified: '大巴' }, T2).refresh).toEqual({ regenerated: 1, flagged: 1 });
      expect(zh(store, auto)).toMatchObject({ text: '乘大巴返工', status: 'auto' });
      expect(zh(store, edited)).toMatchObject({ text: '坐公交车上班', status: 'reviewed', staleReason: 'vocabulary' });
      expect(zh(store, other).staleReason).toBeNull();

      // Back to what the person started from: the flag goes.
      updateVocabularyEntry(store, busId, { traditional: '巴士', simplified: '公交车' }, T2);
      expect(zh(store, edited)).toMatchObject({ text: '坐公交车上班', staleReason: null });
      expect(setVocabularyEnabled(store, busId, false, T2).refresh).toEqual({ regenerated: 1, flagged: 1 });
      store.close();

      const reopened = Store.open(path);
      expect(zh(reopened, auto).text).toBe('乘巴士返工');
      expect(zh(reopened, edited)).toMatchObject({ text: '坐公交车上班', status: 'reviewed', staleReason: 'vocabulary' });
      reopened.close();
    });
  });

  it('redrafts auto cells for added, project-scoped and deleted entries', () => {
    const { store, projectId, ids } = setUp();
    const [first, second] = ids as [number, number];
    const added = addVocabularyEntry(store, null, { traditional: '衞生署', simplified: '卫生部门', note: 'test' }, T1);
    expect(added.refresh).toEqual({ regenerated: 1, flagged: 0 });
    expect(zh(store, first).text).toBe('卫生部门出租车');
    // The project's own entry overrides the global one, for this project's documents only.
    const own = addVocabularyEntry(store, projectId, { traditional: '巴士', simplified: '巴士' }, T1);
    expect(zh(store, second).text).toBe('乘巴士返工');
    deleteVocabularyEntry(store, own.entry.id, T2);
    expect(zh(store, second).text).toBe('乘公交车返工');
    deleteVocabularyEntry(store, added.entry.id, T2);
    expect(zh(store, first).text).toBe('卫生署出租车');
    store.close();
  });

  it('flags a cell edited before drafting state was kept, by comparing with the draft before the change', () => {
    const { store, ids } = setUp();
    const [first] = ids as [number];
    personWrites(store, first, '人改');
    store.simplifiedCells.setState(first, 'zh-Hans', null, null);
    setVocabularyEnabled(store, vocabularyId(store, '巴士'), false, T2);
    expect(zh(store, first).staleReason).toBeNull();
    setVocabularyEnabled(store, vocabularyId(store, '的士'), false, T2);
    expect(zh(store, first)).toMatchObject({ text: '人改', staleReason: 'vocabulary', machineDraft: '卫生署出租车' });
    store.close();
  });

  it('reconverts a flagged cell and undoes it, flag included', () => {
    const { store, ids } = setUp();
    const [first] = ids as [number];
    personWrites(store, first, '卫生署出租车(人改)', 'translated');
    editSource(store, first, '衞生署的士站', T1);

    const reconverted = reconvert(store, first, T2);
    expect(reconverted).toMatchObject({ text: '卫生署出租车站', status: 'auto', staleReason: null, canUndoReconvert: true });
    const undone = undoReconvert(store, first, T2);
    expect(undone).toMatchObject({ text: '卫生署出租车(人改)', status: 'translated', staleReason: 'source', canUndoReconvert: false });
    expect(zh(store, first).machineDraft).toBe('卫生署出租车');
    expect(() => undoReconvert(store, first, T2)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    store.close();
  });

  it('refuses an undo that would lose an edit made after the reconvert', () => {
    const { store, ids } = setUp();
    const [first] = ids as [number];
    personWrites(store, first, '人改');
    reconvert(store, first, T1);
    personWrites(store, first, '又改');
    expect(() => undoReconvert(store, first, T2)).toThrow(/changed since/);
    expect(zh(store, first).text).toBe('又改');
    store.close();
  });

  it('does nothing to reconvert on an auto cell that already holds the draft', () => {
    const { store, ids } = setUp();
    const [first] = ids as [number];
    expect(reconvert(store, first, T1)).toMatchObject({ text: '卫生署出租车', status: 'auto', canUndoReconvert: false });
    store.close();
  });

  it('keeps the person’s text on dismiss, and flags again only on a further change', () => {
    const { store, documentId, ids } = setUp();
    const [first] = ids as [number];
    personWrites(store, first, '人改');
    setDocumentVariant(store, documentId, 't', T1);
    expect(zh(store, first).staleReason).toBe('variant');
    dismissStale(store, first, 'zh-Hans');
    expect(zh(store, first)).toMatchObject({ text: '人改', staleReason: null, machineDraft: '衞生署出租车' });
    setDocumentVariant(store, documentId, 'tw', T2);
    expect(zh(store, first).staleReason).toBeNull();
    setDocumentVariant(store, documentId, 'hk', T2);
    expect(zh(store, first).staleReason).toBe('variant');
    store.close();
  });

  it('gives the draft’s spans, current only while the cell holds the draft', () => {
    const { store, ids } = setUp();
    const [first] = ids as [number];
    const { draft, current } = conversionSpans(store, first);
    expect(current).toBe(true);
    expect(draft.spans.map((s) => [s.kind, draft.text.slice(s.start, s.end)])).toEqual([
      ['opencc', '卫'],
      ['vocabulary', '出租车'],
    ]);
    expect(draft.spans[1]).toMatchObject({ entryId: vocabularyId(store, '的士') });
    personWrites(store, first, '人改');
    expect(conversionSpans(store, first).current).toBe(false);
    store.close();
  });

  it('refuses bad input with a clear error and changes nothing', () => {
    const { store, documentId, ids } = setUp();
    const [first] = ids as [number];
    expect(() => editSource(store, first, ' \u3000 ', T1)).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD' }));
    expect(() => editSource(store, first, '一\n二', T1)).toThrow(/one line/);
    expect(() => editSource(store, 999_999, '一', T1)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => setDocumentVariant(store, documentId + 1, 'tw', T1)).toThrow(/Document \d+ does not exist/);
    expect(() => addVocabularyEntry(store, null, { traditional: '的士', simplified: '计程车' }, T1)).toThrow(/already in the global vocabulary/);
    expect(() => addVocabularyEntry(store, null, { traditional: '', simplified: '计程车' }, T1)).toThrow(/empty/);
    expect(zh(store, first)).toMatchObject({ source: '衞生署的士', text: '卫生署出租车', variant: 'hk' });
    store.close();
  });
});
