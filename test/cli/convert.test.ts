import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const CLI = resolve(import.meta.dirname, '../../cli/workbench.ts');
const run = promisify(execFile);
const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Runs the real CLI in a child Node process; stdout is kept as bytes to compare exactly. */
async function workbench(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, stdout, stderr: stderr.toString() };
  } catch (error) {
    const failed = error as { code: number; stdout: Buffer; stderr: Buffer };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr.toString() };
  }
}

describe('workbench convert', () => {
  const tempDir = useTempDir();

  function file(name: string, content: string | Uint8Array) {
    const dir = tempDir();
    const path = join(dir, name);
    writeFileSync(path, content);
    return { dir, path };
  }

  it.skipIf(!sharedAvailable(SEED_PATH))('writes the seed to stdout exactly as opencc-js converts the whole file', async () => {
    const dir = tempDir();
    const db = join(dir, 'never.sqlite');
    const result = await workbench('--db', db, 'convert', SEED_PATH, '--from', 'hk', '--to', 'cn');
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual(Buffer.from(hk2cn(readFileSync(SEED_PATH, 'utf8'))));
    // The command needs no database and must not create one.
    expect(existsSync(db)).toBe(false);
  });

  it('streams a file of many read chunks, with characters split across chunk boundaries', async () => {
    const line = '香港的士司機在巴士站旁邊等候乘客,衞生署發佈最新消息。𠵾\n';
    const text = line.repeat(20_000);
    const { dir, path } = file('big.txt', text);
    const out = join(dir, 'big.cn.txt');
    const result = await workbench('--json', 'convert', path, '--out', out);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.toString())).toEqual({ out });
    expect(readFileSync(out, 'utf8')).toBe(hk2cn(text));
    expect(readdirSync(dir).sort()).toEqual(['big.cn.txt', 'big.txt']);
  });

  it('keeps the BOM, CRLF line ends and a last line without a line end', async () => {
    const { path } = file('crlf.txt', '\ufeff發佈\r\n\r\n最後一行');
    const result = await workbench('convert', path);
    expect(result.stdout.toString()).toBe('\ufeff发布\r\n\r\n最后一行');
  });

  it('applies the --vocab file before OpenCC, over the --starter list', async () => {
    const { dir, path } = file('in.txt', '的士和巴士在衞生署門外\n');
    const vocab = join(dir, 'vocab.tsv');
    writeFileSync(vocab, '# our house style\n巴士\t大巴\n');
    expect((await workbench('convert', path, '--vocab', vocab)).stdout.toString()).toBe('的士和大巴在卫生署门外\n');
    expect((await workbench('convert', path, '--vocab', vocab, '--starter')).stdout.toString()).toBe('出租车和大巴在卫生署门外\n');
    expect((await workbench('convert', path, '--from', 'tw', '--starter')).stdout.toString()).toBe('出租车和公交车在衞生署门外\n');
  });

  it.each([
    [['convert'], 'convert needs a FILE'],
    [['convert', 'x.txt', '--from', 'cn'], 'convert --from takes hk, tw or t, not "cn"'],
    [['convert', 'x.txt', '--to', 'tw'], 'convert --to takes only cn'],
    [['convert', '/no/such/file.txt'], 'ENOENT'],
  ])('exits non-zero with a clear message for %j', async (args, message) => {
    const result = await workbench(...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
  });

  it('names the bad line of a vocabulary file', async () => {
    const { dir, path } = file('in.txt', '的士\n');
    const vocab = join(dir, 'vocab.tsv');
    writeFileSync(vocab, '巴士\t公交车\n的士 出租车\n');
    const result = await workbench('--json', 'convert', path, '--vocab', vocab);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'MALFORMED_FILE', message: expect.stringContaining('line 2') } });
  });

  it('refuses a file that is not UTF-8 and leaves nothing at --out', async () => {
    const big5 = Uint8Array.from([0xad, 0xbb, 0xb4, 0xe4, 0x0a]); // 香港 in Big5
    const { dir, path } = file('big5.txt', big5);
    const out = join(dir, 'out.txt');
    const result = await workbench('--json', 'convert', path, '--out', out);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(readdirSync(dir)).toEqual(['big5.txt']);
  });
});
