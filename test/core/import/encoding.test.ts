import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SOURCE_ENCODINGS } from '../../../core/import/encoding-names.ts';
import { decodeSource } from '../../../core/import/encoding.ts';
import { parseSource } from '../../../core/import/index.ts';
import { isStrictUtf8 } from '../../../core/import/utf8.ts';

// Written for these tests: Hong Kong news Chinese with Cantonese characters that only HKSCS has.
const HK_TEXT = '運輸署今日宣佈,巴士車費將上調百分之三。\n佢哋話𨋢門冇開,啲市民好嬲。\n';
const GB_TEXT = '运输署今日宣布,巴士车费将上调百分之三。\n市民表示欢迎。\n';
const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('isStrictUtf8', () => {
  it('accepts UTF-8, including four-byte characters', () => {
    expect(isStrictUtf8(utf8(HK_TEXT))).toBe(true);
    expect(isStrictUtf8(new Uint8Array())).toBe(true);
  });

  it('rejects overlong forms, surrogates, code points past U+10FFFF and a cut-off sequence', () => {
    expect(isStrictUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(false);
    expect(isStrictUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(false);
    expect(isStrictUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(false);
    expect(isStrictUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(false);
    expect(isStrictUtf8(utf8('香港').subarray(0, 5))).toBe(false);
  });

  it('rejects Big5 and GBK bytes', () => {
    expect(isStrictUtf8(bytes(HK_TEXT, 'big5hkscs'))).toBe(false);
    expect(isStrictUtf8(bytes(GB_TEXT, 'gbk'))).toBe(false);
  });
});

describe('decodeSource', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeSource(utf8(HK_TEXT))).toEqual({ text: HK_TEXT, encoding: 'utf-8', confidence: 1 });
    expect(decodeSource(utf8(`\ufeff${HK_TEXT}`))).toEqual({ text: HK_TEXT, encoding: 'utf-8', confidence: 1 });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeSource(new Uint8Array([0xff, 0xfe, ...bytes(HK_TEXT, 'utf16le')]))).toMatchObject({ text: HK_TEXT, encoding: 'utf-16le' });
    expect(decodeSource(new Uint8Array([0xfe, 0xff, ...bytes(HK_TEXT, 'utf16be')]))).toMatchObject({ text: HK_TEXT, encoding: 'utf-16be' });
  });

  it('detects Big5-HKSCS and decodes the HKSCS characters to standard code points, not private use', () => {
    const decoded = decodeSource(bytes(HK_TEXT, 'big5hkscs'));
    expect(decoded.encoding).toBe('big5-hkscs');
    expect(decoded.text).toBe(HK_TEXT);
    expect(decoded.text).not.toMatch(/[\ue000-\uf8ff]/u);
    expect(decoded.confidence).toBeGreaterThan(0);
  });

  it('decodes HKSCS characters that the built-in TextDecoder turns into private-use code points', () => {
    const rare = '䏰䰲'; // HKSCS 0x8740 and 0x8741
    const encoded = bytes(`香港${rare}。`, 'big5hkscs');
    expect(new TextDecoder('big5').decode(encoded)).toMatch(/[\ue000-\uf8ff]/u);
    expect(decodeSource(encoded, 'big5-hkscs').text).toBe(`香港${rare}。`);
  });

  it('detects GB18030 and GBK text', () => {
    expect(decodeSource(bytes(GB_TEXT, 'gb18030'))).toMatchObject({ text: GB_TEXT, encoding: 'gb18030' });
    expect(decodeSource(bytes(GB_TEXT, 'gbk'))).toMatchObject({ text: GB_TEXT, encoding: 'gb18030' });
  });

  it('uses the encoding the user chose, over detection and BOM', () => {
    const big5 = bytes(HK_TEXT, 'big5hkscs');
    const forced = decodeSource(big5, 'gb18030');
    expect(forced).toMatchObject({ encoding: 'gb18030', confidence: 1 });
    expect(forced.text).not.toBe(HK_TEXT);
  });

  it('trusts an HTML page’s declared charset over the detector, but not over valid UTF-8', () => {
    const page = `<meta charset="gbk"><p>${GB_TEXT}</p>`;
    expect(decodeSource(bytes(page, 'gbk'), undefined, 'gb18030')).toMatchObject({ text: page, encoding: 'gb18030' });
    expect(decodeSource(utf8(page), undefined, 'gb18030')).toMatchObject({ encoding: 'utf-8' });
  });

  it('offers each listed encoding for the override, and each decodes', () => {
    for (const encoding of SOURCE_ENCODINGS) expect(decodeSource(utf8('abc'), encoding).text.length).toBeGreaterThan(0);
  });
});

describe('character warnings', () => {
  it('reports a private-use character with its line and column', async () => {
    const text = '第一行。\r\n第二行有\ue05e字。\n';
    const parsed = await parseSource(utf8(text), { fileName: 'pua.txt' });
    expect(parsed.warnings).toEqual([expect.objectContaining({ line: 2, column: 5, codePoint: 0xe05e })]);
    expect(parsed.warnings[0]!.message).toMatch(/private-use/);
  });

  it('reports U+FFFD where Big5 bytes do not decode, and counts every one past the listed ones', async () => {
    // 0xFF never starts a Big5 character: it decodes to U+FFFD.
    const damaged = new Uint8Array([...bytes('香港新聞網報道。\n今日', 'big5hkscs'), 0xff, ...bytes('天晴。', 'big5hkscs')]);
    const parsed = await parseSource(damaged, { fileName: 'damaged.txt', encoding: 'big5-hkscs' });
    expect(parsed.warnings).toEqual([expect.objectContaining({ line: 2, column: 3, codePoint: 0xfffd })]);
    expect(parsed.warnings[0]!.message).toMatch(/Big5-HKSCS/);

    const many = utf8('\ufffd'.repeat(500));
    const flood = await parseSource(many, { fileName: 'flood.txt' });
    expect(flood.warningCount).toBe(500);
    expect(flood.warnings.length).toBeLessThan(500);
  });

  it('finds nothing to warn about in clean text', async () => {
    expect((await parseSource(utf8(HK_TEXT), { fileName: 'clean.txt' })).warningCount).toBe(0);
  });
});
