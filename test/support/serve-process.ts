import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_DIR, RENDERER_DIR } from './build-output.ts';

export interface ServedBackend {
  url: string;
  child: ChildProcess;
  /** Calls one contract method over HTTP and returns the envelope. */
  call(method: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

/** Starts the real backend in its own process (`workbench serve`), as the crash and concurrency tests need. */
export async function serveInChild(dbPath: string): Promise<ServedBackend> {
  const cli = resolve(PROJECT_DIR, 'cli/workbench.ts');
  const child = spawn(process.execPath, [cli, '--db', dbPath, '--json', 'serve', '--renderer', RENDERER_DIR], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('"url"'));
      if (line) resolveUrl((JSON.parse(line) as { url: string }).url);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`workbench serve exited with ${code}: ${output}`)));
  });
  return {
    url,
    child,
    async call(method, payload) {
      const response = await fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as Awaited<ReturnType<ServedBackend['call']>>;
    },
  };
}
