import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp.ts';
import { workbench } from '../support/cli.ts';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-HK" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-HK"><seg>香港特區政府今日宣佈新措施。</seg></tuv><tuv xml:lang="en-GB"><seg>The SAR Government announced new measures today.</seg></tuv><tuv xml:lang="zh-CN"><seg>香港特区政府今日宣布新措施。</seg></tuv></tu>
<tu><tuv xml:lang="zh-TW"><seg>港口很繁忙。</seg></tuv><tuv xml:lang="en-US"><seg>The port is busy.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Pas de chinois.</seg></tuv><tuv xml:lang="en"><seg>No Chinese.</seg></tuv></tu>
</body></tmx>`;

describe('workbench tm', () => {
  const tempDir = useTempDir();

  it('imports TMX, counts, searches fuzzily and by concordance, and exports', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    const file = join(dir, 'memory.tmx');
    writeFileSync(file, TMX);

    const imported = await workbench('--db', db, '--json', 'tm', 'import', file);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ tmId: 1, read: 3, imported: 2, skipped: { noSource: 1, noTranslation: 0 } });

    const stats = await workbench('--db', db, 'tm', 'stats');
    expect(stats.stdout).toContain('1\tmemory\t2 units');

    const fuzzy = JSON.parse((await workbench('--db', db, '--json', 'tm', 'search', '香港特區政府昨日宣佈新措施。')).stdout);
    expect(fuzzy).toEqual([expect.objectContaining({ score: 92, en: 'The SAR Government announced new measures today.', tmName: 'memory' })]);

    const concordance = JSON.parse((await workbench('--db', db, '--json', 'tm', 'search', '港', '--concordance')).stdout);
    expect(concordance.hits.map((h: { source: string }) => h.source).sort()).toEqual(['港口很繁忙。', '香港特區政府今日宣佈新措施。']);

    const nowhere = await workbench('--db', db, 'tm', 'export', '--out', join(dir, 'no', 'such', 'folder', 'out.tmx'));
    expect(nowhere.stderr).toContain('Cannot write the TMX file');
    expect(nowhere.stderr).toContain('ENOENT');

    const out = join(dir, 'out.tmx');
    const exported = await workbench('--db', db, 'tm', 'export', '--out', out);
    expect(exported.stdout).toContain('Wrote 2 units');
    expect(readFileSync(out, 'utf8')).toContain('<tuv xml:lang="zh-Hant"><seg>港口很繁忙。</seg></tuv>');
  });

  it.each([
    [['tm'], 'tm needs one of'],
    [['tm', 'import'], 'tm import needs a FILE'],
    [['tm', 'search', 'x', '--tm', 'nine'], '--tm needs a memory id'],
    [['tm', 'export', '--tm', '1', '--out', 'x.tmx'], 'Translation memory 1 does not exist'],
  ])('exits non-zero with a clear message for %j', async (args, message) => {
    const result = await workbench('--db', join(tempDir(), 'e.sqlite'), ...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
  });

  it('rejects a malformed TMX with its line number in --json mode', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.tmx');
    writeFileSync(file, '<tmx>\n<body>\n<tu><tuv xml:lang="en"><seg>x</tuv>\n</body></tmx>');
    const result = await workbench('--db', join(dir, 'e.sqlite'), '--json', 'tm', 'import', file);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'MALFORMED_FILE', message: expect.stringContaining('line 3') } });
  });
});
