import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../core/export/export.ts';
import { parseTmx } from '../../../core/formats/tmx.ts';
import { sharedAvailable, sharedPath } from '../../support/shared-data.ts';
import { useTempDir } from '../../support/temp.ts';
import { trickyDocument } from './fixtures.ts';

const DTD = sharedPath('testdata/interop/schemas/tmx/tmx14.dtd');
const hasXmllint = existsSync('/usr/bin/xmllint') || (console.warn('SKIPPED: xmllint is not installed (apt-get install libxml2-utils)'), false);

describe('the TMX of a document’s confirmed pairs', () => {
  const tempDir = useTempDir();

  it('holds each paragraph with a confirmed target: the source and its confirmed targets only', async () => {
    const file = await exportDocument(trickyDocument(), { format: 'tmx' });
    expect(file.fileName).toBe('測試 _文件_ & _引號_.tmx');
    const units = parseTmx(file.bytes).map((u) => u.variants.map((v) => [v.lang, v.text]));
    expect(units).toEqual([
      [['zh-Hant', '香港如何在人工智能領域「大展拳腳」'], ['en', 'How Hong Kong can *shine* in AI'], ['zh-Hans', '香港如何在人工智能领域「大展拳脚」']],
      [['zh-Hant', '第一行\n第二行\t有定位符'], ['en', '  Line one\nline two\twith a tab  ']],
      [['zh-Hant', '香港中通社圖片'], ['en', 'Photo: China News Service, Hong Kong'], ['zh-Hans', '香港中通社图片']],
    ]);
    expect(file.summary).toMatchObject({ written: 3, omitted: 3 });
    const english = await exportDocument(trickyDocument(), { format: 'tmx', lang: 'zh-Hans' });
    expect(parseTmx(english.bytes)).toHaveLength(2);
  });

  it.skipIf(!hasXmllint || !sharedAvailable(DTD))('validates against the TMX 1.4 DTD', async () => {
    const path = join(tempDir(), 'pairs.tmx');
    writeFileSync(path, (await exportDocument(trickyDocument(), { format: 'tmx', boilerplate: true })).bytes);
    expect(execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });
});
