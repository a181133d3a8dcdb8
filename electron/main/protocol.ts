import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../../core/web-content.ts';

/** The renderer is served from app://workbench/, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://workbench`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The file an app:// URL names inside the renderer folder, or null for anything outside it. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  const parsed = new URL(url);
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  const relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '') || 'index.html';
  const file = normalize(join(rendererDir, relative));
  return file.startsWith(normalize(rendererDir) + sep) ? file : null;
}

/** Serves one app:// request from the built renderer. */
export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  const file = resolveAppFile(rendererDir, url);
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Only the app's own pages may call the backend. */
export function isAppUrl(url: string): boolean {
  return url === APP_INDEX_URL || url.startsWith(`${APP_ORIGIN}/`);
}
