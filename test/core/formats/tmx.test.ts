import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLanguage, parseTmx, writeTmx, type TmxUnit } from '../../../core/formats/tmx.ts';
import { sharedAvailable, sharedPath } from '../../support/shared-data.ts';
import { useTempDir } from '../../support/temp.ts';

const KIT = sharedPath('testdata/interop/tmx/lisa-tmx-compliance-kit');
const DTD = sharedPath('testdata/interop/schemas/tmx/tmx14.dtd');
const hasKit = sharedAvailable(KIT) && sharedAvailable(DTD);
const kitFiles = hasKit ? readdirSync(KIT).filter((f) => f.endsWith('.tmx')).sort() : [];
const header = { creationTool: 'test', creationToolVersion: '1', srcLang: 'en-us', segtype: 'sentence' } as const;
const encode = (text: string) => new TextEncoder().encode(text);
const rewrite = (units: TmxUnit[]) =>
  writeTmx(header, units.map((u) => ({ variants: u.variants, createdAt: u.createdAt, changedAt: u.changedAt, props: Object.entries(u.props) })));

describe.skipIf(!hasKit)('TMX on the LISA compliance kit', () => {
  const tempDir = useTempDir();

  it.each(kitFiles)('reads %s', (file) => {
    const units = parseTmx(readFileSync(join(KIT, file)));
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      expect(unit.variants.length).toBeGreaterThan(0);
      for (const variant of unit.variants) expect(variant.lang).toMatch(/^[a-z]{2}(-[a-z]{2})?$/iu);
    }
  });

  it('decodes UTF-16 LE and BE files, entities, character references and tabs', () => {
    const little = parseTmx(readFileSync(join(KIT, 'ImportTest1A.tmx')));
    expect(little[0]!.variants[0]!.text).toBe('First segment with [\t\t   ]');
    const big = parseTmx(readFileSync(join(KIT, 'ImportTest1G.tmx')));
    expect(big[0]!.variants.map((v) => v.text)).toEqual(['à=agrave, é=eacute, æ=aelig', 'à=agrave, é=eacute, æ=aelig']);
    expect(big[1]!.variants[1]!.text).toBe('ÿ=U+00FF, ™=U+2122, ’=U+2019');
  });

  it('keeps inline markup as numbered placeholders with its XML', () => {
    const [first] = parseTmx(readFileSync(join(KIT, 'ImportTest2A-0index.tmx')));
    expect(first!.variants[0]).toEqual({
      lang: 'en-us',
      text: 'The big ⟦1⟧black⟦2⟧ ⟦3⟧cat⟦4⟧ sleeps.',
      markup: ['<bpt i="1" x="0" type="bold">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>', '<bpt i="2" x="1" type="ulined">&lt;u&gt;</bpt>', '<ept i="2">&lt;/u&gt;</ept>'],
    });
    const [nested] = parseTmx(readFileSync(join(KIT, 'ImportTest2C.tmx')));
    expect(nested!.variants[0]!.text).toBe('⟦1⟧⟦2⟧Click ⟦3⟧ to ⟦4⟧start⟦5⟧.⟦6⟧');
    expect(nested!.variants[0]!.markup[2]).toBe('<ph x="3" type="image" assoc="b">&lt;IMG SRC="here.png" ALT="<sub>Start Here!</sub>"&gt;</ph>');
    expect(nested!.variants[0]!.markup[3]).toBe('<hi type="verb" x="4">');
  });

  it.each(kitFiles)('writes %s back as DTD-valid TMX that reads the same and writes identically', (file) => {
    const units = parseTmx(readFileSync(join(KIT, file)));
    const written = rewrite(units);
    const path = join(tempDir(), 'out.tmx');
    writeFileSync(path, written);
    execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, path], { stdio: 'pipe' });
    const reread = parseTmx(encode(written));
    expect(reread.map((u) => u.variants)).toEqual(units.map((u) => u.variants));
    expect(rewrite(reread)).toBe(written);
  });
});

describe('TMX errors and languages', () => {
  it.each([
    ['<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv>\n</tu>\n</body>', 3, 'unclosed'],
    ['<?xml version="1.0"?>\n<tmx><body>\n<tu><tuv><seg>x</seg></tuv></tu></body></tmx>', 3, 'xml:lang'],
    ['<?xml version="1.0"?>\n<html></html>', 2, '<tmx>'],
    ['<tmx><body><tu>\n<tuv xml:lang="en"><seg>a &bogus; b</seg></tuv></tu></body></tmx>', 2, 'entity'],
  ])('rejects a malformed file with its line number (%#)', (text, line, detail) => {
    let error: unknown;
    try {
      parseTmx(encode(text));
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'MALFORMED_FILE', message: expect.stringContaining(`line ${line}`) });
    expect((error as Error).message.toLowerCase()).toContain(detail.toLowerCase());
  });

  it('maps language codes to the TM columns, detecting the script of a bare zh', () => {
    expect(['zh-HK', 'zh-TW', 'zh-Hant', 'ZH-hant-HK', 'zh-MO'].map((l) => mapLanguage(l, ''))).toEqual(Array(5).fill('zh-Hant'));
    expect(['zh-CN', 'zh-SG', 'zh-Hans', 'zh-hans-cn'].map((l) => mapLanguage(l, ''))).toEqual(Array(4).fill('zh-Hans'));
    expect(mapLanguage('zh', '香港政府宣佈')).toBe('zh-Hant');
    expect(mapLanguage('zh', '香港政府宣布')).toBe('zh-Hans');
    expect(mapLanguage('en-GB', '')).toBe('en');
    expect(mapLanguage('fr-ca', '')).toBeNull();
    expect(mapLanguage('x-yue', '', { 'x-yue': 'zh-Hant' })).toBe('zh-Hant');
  });

  it('keeps a literal ⟦ in text apart from placeholders', () => {
    const units = parseTmx(encode('<tmx><body><tu><tuv xml:lang="en"><seg>see ⟦1⟧ <ph x="1">{x}</ph></seg></tuv></tu></body></tmx>'));
    expect(units[0]!.variants[0]).toEqual({ lang: 'en', text: 'see ⟦1⟧1⟧ ⟦2⟧', markup: ['⟦', '<ph x="1">{x}</ph>'] });
    expect(rewrite(units)).toContain('<seg>see ⟦1⟧ <ph x="1">{x}</ph></seg>');
  });
});
