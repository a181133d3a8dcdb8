import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { GlossaryTerm } from '../../../core/glossary/entry.ts';
import { parseDelimited } from '../../../core/glossary/delimited.ts';
import { readGlossaryTable, writeGlossaryTable } from '../../../core/glossary/table.ts';
import { readTbx, writeTbx } from '../../../core/glossary/tbx.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const term = (zhHant: string, en: string, zhHans: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  zhHant, en, zhHans, notes: '', partOfSpeech: '', forbidden: false, ...extra,
});

// A glossary in the shape of a real bilingual desk glossary saved by Excel as "CSV UTF-8":
// a BOM, a heading row, CRLF, quoted fields holding commas, quotes and line breaks, a blank row.
const DESK_CSV =
  '\ufeffTraditional Chinese,English,Simplified Chinese,Notes,Part of speech,Do not use\r\n' +
  '特區政府,the SAR Government,特区政府,"Always ""the SAR Government"", never ""HK government""",noun,\r\n' +
  '港區全國人大代表,"Hong Kong deputies to the National People\'s Congress",港区全国人大代表,"Plural form;\r\nsingular: a Hong Kong deputy",noun,\r\n' +
  ',,,,,\r\n' +
  '港區人大,Hong Kong NPC representatives,,Use "deputies",,yes\r\n' +
  '財政預算案,"Budget, the",财政预算案,,,\r\n';

describe('CSV and TSV glossaries', () => {
  it('imports an Excel CSV with a BOM, a heading row and quoted fields holding commas and line breaks', () => {
    const file = readGlossaryTable(bytes(DESK_CSV));
    expect(file.skipped).toEqual([]);
    expect(file.entries).toEqual([
      term('特區政府', 'the SAR Government', '特区政府', { notes: 'Always "the SAR Government", never "HK government"', partOfSpeech: 'noun' }),
      term('港區全國人大代表', "Hong Kong deputies to the National People's Congress", '港区全国人大代表', {
        notes: 'Plural form;\nsingular: a Hong Kong deputy',
        partOfSpeech: 'noun',
      }),
      term('港區人大', 'Hong Kong NPC representatives', '', { notes: 'Use "deputies"', forbidden: true }),
      term('財政預算案', 'Budget, the', '财政预算案'),
    ]);
  });

  it('imports Excel’s "Unicode text": UTF-16 with a BOM, tab separated, columns in any order', () => {
    const tsv = '\ufeffzh-CN\tzh-HK\ten-GB\r\n特区政府\t特區政府\tthe SAR Government\r\n';
    const file = readGlossaryTable(new Uint8Array(iconv.encode(tsv, 'utf16le', { addBOM: false })));
    expect(file.entries).toEqual([term('特區政府', 'the SAR Government', '特区政府')]);
  });

  it('reads a Big5 CSV without a BOM, a semicolon list with a sep= line, and a file without headings', () => {
    const big5 = new Uint8Array(iconv.encode('繁體中文,英文\r\n特區政府,the SAR Government\r\n', 'big5'));
    expect(readGlossaryTable(big5).entries).toEqual([term('特區政府', 'the SAR Government', '')]);
    expect(readGlossaryTable(bytes('sep=;\nzh-Hant;en\n特區;SAR, the\n')).entries).toEqual([term('特區', 'SAR, the', '')]);
    expect(readGlossaryTable(bytes('特區政府\tthe SAR Government\t特区政府\n')).entries).toEqual([term('特區政府', 'the SAR Government', '特区政府')]);
  });

  it('lists the rows that cannot be entries with their line, and refuses a file it cannot read', () => {
    const file = readGlossaryTable(bytes('zh-Hant,en\n特區,SAR\n政府,\n'));
    expect(file.entries).toHaveLength(1);
    expect(file.skipped).toEqual([{ at: 'line 3', reason: '"政府" needs an English or a Simplified Chinese term' }]);
    expect(() => readGlossaryTable(bytes('name,value\nfoo,bar\n'))).toThrow(/no heading row naming a Traditional Chinese column/u);
    expect(() => readGlossaryTable(bytes('zh-Hant,en\n特區,"SAR\n'))).toThrow(/starts on line 2 is never closed/u);
  });

  it('exports CSV and TSV that read back to the same entries', () => {
    // The BOM is what makes Excel open the file as UTF-8.
    const header = new TextDecoder('utf-8', { ignoreBOM: true }).decode(writeGlossaryTable([], 'csv'));
    expect(header).toBe('\ufeffzh-Hant,English,zh-Hans,Notes,Part of speech,Forbidden\r\n');
    const original = readGlossaryTable(bytes(DESK_CSV)).entries;
    for (const format of ['csv', 'tsv'] as const) {
      expect(readGlossaryTable(writeGlossaryTable(original, format)).entries).toEqual(original);
    }
  });

  it('parses quoted fields as RFC 4180 does', () => {
    expect(parseDelimited('a,"b,""c""\nd"\r\n"e",f', ',').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b,"c"\nd']],
      [3, ['e', 'f']],
    ]);
  });
});

const TBX_V2 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>desk</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="t1">
      <descrip type="definition">The government of the HKSAR</descrip>
      <langSet xml:lang="zh-HK"><tig><term>特區政府</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
      <langSet xml:lang="en-GB">
        <tig><term>the SAR Government</term></tig>
        <tig><term>the HK government</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="zh-CN"><tig><term>特区政府</term></tig></langSet>
    </termEntry>
    <termEntry id="t2"><langSet xml:lang="en"><tig><term>orphan</term></tig></langSet></termEntry>
  </body></text>
</martif>`;

describe('TBX-Basic', () => {
  it('reads TBX v2 (martif): deprecated terms become forbidden entries, notes and part of speech are kept', () => {
    const file = readTbx(bytes(TBX_V2));
    expect(file.entries).toEqual([
      term('特區政府', 'the SAR Government', '特区政府', { notes: 'The government of the HKSAR', partOfSpeech: 'noun' }),
      term('特區政府', 'the HK government', '', { notes: 'The government of the HKSAR', partOfSpeech: 'noun', forbidden: true }),
    ]);
    expect(file.skipped).toEqual([{ at: 'concept t2', reason: 'it has no Traditional Chinese term' }]);
  });

  it('writes TBX v3 that reads back to the same entries, text escaped', () => {
    const entries = [
      term('特區政府', 'the SAR Government', '特区政府', { notes: 'A & B <c>', partOfSpeech: 'noun' }),
      term('港區人大', 'Hong Kong NPC representatives', '', { forbidden: true }),
    ];
    const xml = new TextDecoder().decode(writeTbx(entries, 'desk'));
    expect(xml).toContain('<tbx style="dca" type="TBX-Basic"');
    expect(xml).toContain('A &amp; B &lt;c&gt;');
    expect(xml).toContain('deprecatedTerm-admn-sts');
    expect(readTbx(bytes(xml)).entries).toEqual(entries);
  });

  it('refuses a file that is not TBX, or not well-formed', () => {
    expect(() => readTbx(bytes('<tmx version="1.4"></tmx>'))).toThrow(/not <tbx> or <martif>/u);
    expect(() => readTbx(bytes('<tbx><text><body><conceptEntry></body></text></tbx>'))).toThrow(/not well-formed XML/u);
  });
});
