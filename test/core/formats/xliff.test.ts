import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TargetLangT } from '../../../core/api/contract.ts';
import { isLeftOut, isUntranslated } from '../../../core/export/model.ts';
import { readXliff } from '../../../core/formats/xliff-read.ts';
import { writeXliff } from '../../../core/formats/xliff-write.ts';
import type { XliffVersion } from '../../../core/formats/xliff.ts';
import { trickyDocument } from '../export/fixtures.ts';
import { sharedAvailable, sharedPath } from '../../support/shared-data.ts';
import { useTempDir } from '../../support/temp.ts';

const INTEROP = sharedPath('testdata/interop');
const SCHEMAS = join(INTEROP, 'schemas');
const SCHEMA: Record<XliffVersion, string> = {
  '2.0': join(SCHEMAS, 'xliff2.0/xliff20-core-plus-modules.xsd'),
  '1.2': join(SCHEMAS, 'xliff1.2/xliff-core-1.2-strict.xsd'),
};
const hasSchemas = sharedAvailable(SCHEMAS);
const hasXmllint = existsSync('/usr/bin/xmllint') || (console.warn('SKIPPED: xmllint is not installed (apt-get install libxml2-utils)'), false);

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (relative: string) => new Uint8Array(readFileSync(join(INTEROP, relative)));
const everything = { headings: true, boilerplate: true };
const cases: [XliffVersion, TargetLangT][] = [['2.0', 'en'], ['2.0', 'zh-Hans'], ['1.2', 'en'], ['1.2', 'zh-Hans']];

describe('XLIFF export and re-read', () => {
  const tempDir = useTempDir();

  it.each(cases)('round-trips every text, status, kind and comment losslessly (XLIFF %s, %s)', (version, lang) => {
    const doc = trickyDocument();
    const { xml, summary } = writeXliff(doc, { ...everything, lang, version });
    const file = readXliff(bytes(xml));
    expect(file).toMatchObject({ version, srcLang: 'zh-Hant', trgLang: lang });
    expect(summary.written).toBe(doc.paragraphs.length);
    expect(file.units).toEqual(
      doc.paragraphs.map((p) => ({
        id: `p${p.id}`,
        name: String(p.position + 1),
        kind: p.kind === 'body' ? null : p.kind,
        translate: !isLeftOut(p),
        source: p.source,
        target: isUntranslated(p.targets[lang]) ? null : p.targets[lang].text,
        status: isUntranslated(p.targets[lang]) ? 'empty' : p.targets[lang].status,
        notes: p.comment === '' ? [] : [p.comment],
      })),
    );
  });

  it('leaves boilerplate out by default and headings out when asked', () => {
    const doc = trickyDocument();
    const ids = (headings: boolean) =>
      readXliff(bytes(writeXliff(doc, { headings, boilerplate: false, lang: 'en', version: '2.0' }).xml)).units.map((u) => u.id);
    expect(ids(true)).toEqual(['p101', 'p102', 'p103', 'p104', 'p105', 'p106']);
    expect(ids(false)).toEqual(['p102', 'p103', 'p104', 'p105', 'p106']);
  });

  it.skipIf(!hasSchemas || !hasXmllint).each(cases)('writes XLIFF %s (%s) that validates against the OASIS schema offline', (version, lang) => {
    const path = join(tempDir(), `doc.${lang}.xlf`);
    writeFileSync(path, writeXliff(trickyDocument(), { ...everything, lang, version }).xml);
    const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA[version], path], {
      env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog-offline.xml') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toBe('');
  });

  it.skipIf(!hasSchemas || !hasXmllint)('is checked by a validator that does reject an invalid file', () => {
    const path = join(tempDir(), 'bad.xlf');
    writeFileSync(path, writeXliff(trickyDocument(), { ...everything, lang: 'en', version: '2.0' }).xml.replace('state="translated"', 'state="done"'));
    expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA['2.0'], path], { stdio: 'pipe' })).toThrow();
  });
});

const oasisDir = join(INTEROP, 'xliff20/oasis-testsuite');
const oasisValid = hasSchemas
  ? ['core/valid', 'modules/valid'].flatMap((dir) => readdirSync(join(oasisDir, dir)).filter((f) => f.endsWith('.xlf')).map((f) => `${dir}/${f}`))
  : [];

describe.skipIf(!sharedAvailable(oasisDir))('reading other tools’ XLIFF', () => {
  it.each(oasisValid)('accepts the valid OASIS test file %s', (name) => {
    const text = readFileSync(join(oasisDir, name), 'utf8');
    const file = readXliff(bytes(text));
    expect(file.version).toBe('2.0');
    expect(file.units).toHaveLength((text.match(/<unit\s+id=/gu) ?? []).length);
    for (const unit of file.units) expect(unit.id).not.toBe('');
  });

  it('keeps CDATA text and joins a unit’s segments and ignorables', () => {
    const [unit] = readXliff(fixture('xliff20/oasis-testsuite/core/valid/withCDataSections.xlf')).units;
    expect(unit).toMatchObject({ source: 'source & and < etc.  & and < etc.', target: 'target & and < etc.  & and < etc.' });
  });

  it('reads a Latin-1 XLIFF 1.2 file by its declared encoding', () => {
    const file = readXliff(fixture('xliff12/symfony/encoding.xlf'));
    expect(file.units.map((u) => [u.source, u.target, u.notes])).toEqual([
      ['foo', 'bär', ['bäz']],
      ['bar', 'föö', []],
    ]);
  });

  it('maps foreign 1.2 states onto our statuses', () => {
    const units = readXliff(fixture('xliff12/symfony/with-attributes.xlf')).units;
    expect(units.slice(0, 2).map((u) => u.status)).toEqual(['translated', 'draft']);
  });

  it('reads the Symfony XLIFF 2.0 files, multi-segment units joined', () => {
    for (const name of readdirSync(join(INTEROP, 'xliff20/symfony'))) {
      expect(readXliff(fixture(`xliff20/symfony/${name}`)).version, name).toBe('2.0');
    }
    const [unit] = readXliff(fixture('xliff20/symfony/resources-2.0-multi-segment-unit.xlf')).units;
    expect(unit).toMatchObject({ source: 'foobar', target: 'foo (translated)bar (translated)' });
  });

  it.each([
    ['xliff12/symfony/empty.xlf', 'EMPTY_FILE', 'empty'],
    ['xliff12/symfony/invalid-xml-resources.xlf', 'MALFORMED_FILE', 'not well-formed XML at line'],
    ['xliff12/symfony/non-valid.xlf', 'MALFORMED_FILE', 'without an id'],
  ])('refuses the Symfony fixture %s with %s', (name, code, message) => {
    expect(() => readXliff(fixture(name))).toThrow(expect.objectContaining({ code, message: expect.stringContaining(message) }));
  });

  it('names the line and column where a file breaks, and refuses what is not XLIFF', () => {
    expect(() => readXliff(fixture('xliff12/symfony/invalid-xml-resources.xlf'))).toThrow(/at line 8, column \d+: unexpected close tag/u);
    expect(() => readXliff(bytes('<?xml version="1.0"?><tmx version="1.4"/>'))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
    expect(() => readXliff(bytes('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"/>'))).toThrow(/version "1.1"/u);
  });
});
