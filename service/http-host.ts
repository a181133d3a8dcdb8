/**
 * The test host: serves the built renderer and the API contract over HTTP on loopback,
 * so headless Chromium can drive the real UI against the real database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiImplementation } from '../core/api/contract.ts';
import { dispatch, type Admission, type Envelope } from '../core/api/dispatch.ts';
import { WorkbenchError } from '../core/errors.ts';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../core/web-content.ts';

const MAX_BODY_BYTES = 128 * 1024 * 1024;
const API_PREFIX = '/api/';

export interface HttpHost {
  url: string;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new WorkbenchError('INVALID_PAYLOAD', 'The request is larger than 128 MB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(body);
}

async function handleApi(impl: ApiImplementation & Partial<Admission>, request: IncomingMessage, response: ServerResponse, method: string) {
  let envelope: Envelope;
  if (request.method !== 'POST' || !request.headers['content-type']?.startsWith('application/json')) {
    envelope = { ok: false, error: { code: 'INVALID_PAYLOAD', message: 'The API takes POST with a JSON body' } };
  } else {
    try {
      const body = await readBody(request);
      envelope = await dispatch(impl, method, body === '' ? {} : JSON.parse(body));
    } catch (error) {
      const info = error instanceof WorkbenchError ? error.toInfo() : null;
      envelope = { ok: false, error: info ?? { code: 'INVALID_PAYLOAD', message: `The request body is not JSON: ${(error as Error).message}` } };
    }
  }
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

async function handleStatic(rendererDir: string, pathname: string, response: ServerResponse) {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = normalize(join(rendererDir, relative));
  if (!file.startsWith(normalize(rendererDir) + sep)) return send(response, 403, 'text/plain', 'Forbidden');
  try {
    const body = await readFile(file);
    send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(response, 404, 'text/plain', 'Not found');
  }
}

export async function startHttpHost(impl: ApiImplementation & Partial<Admission>, rendererDir: string, port = 0): Promise<HttpHost> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const work = pathname.startsWith(API_PREFIX)
      ? handleApi(impl, request, response, pathname.slice(API_PREFIX.length))
      : handleStatic(rendererDir, pathname, response);
    work.catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
