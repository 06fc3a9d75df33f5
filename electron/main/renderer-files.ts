import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { buildCsp } from '../../shared/security/csp';
import { appHost } from './app-origin';

/**
 * Serves the built renderer for the app:// protocol. No electron import: it maps a web
 * Request to a web Response, so it is tested under Node with real files.
 */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type RendererPath =
  { readonly ok: true; readonly file: string } | { readonly ok: false; readonly status: 400 | 404 };

/** Maps a request URL to a file inside `rendererDir`, refusing anything that would leave it. */
export function resolveRendererPath(rendererDir: string, requestUrl: string): RendererPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.host !== appHost) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // Encoded separators and NUL could smuggle a path past the URL parser's own `..` handling.
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 404 };
  }
  return { ok: true, file };
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp({ connectSelf: false }),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export async function serveRendererFile(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refusal(405, 'Method not allowed');
  const target = resolveRendererPath(rendererDir, request.url);
  if (!target.ok)
    return refusal(target.status, target.status === 400 ? 'Bad request' : 'Not found');
  let body: Buffer;
  try {
    body = await readFile(target.file);
  } catch {
    return refusal(404, 'Not found');
  }
  const type = contentTypes[extname(target.file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': type },
  });
}
