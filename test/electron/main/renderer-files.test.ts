import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRendererPath, serveRendererFile } from '../../../electron/main/renderer-files';
import { buildCsp } from '../../../shared/security/csp';

let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'pcc-renderer-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PCC</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') =>
  serveRendererFile(rendererDir, new Request(url, { method }));

describe('serveRendererFile', () => {
  it('serves the entry page and assets with their types and the strict CSP', async () => {
    const page = await get('app://renderer/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(buildCsp({ connectSelf: false }));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>PCC</title>');
    const script = await get('app://renderer/assets/index-abc.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log(1);');
    expect((await get('app://renderer/assets/index-abc.css')).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
  });

  it('serves index.html for the root', async () => {
    const root = await get('app://renderer/');
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('PCC');
  });

  it('answers 404 for missing files and other hosts', async () => {
    expect((await get('app://renderer/nope.js')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://renderer/assets')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
    const head = await get('app://renderer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/%2e%2e%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/assets%00/index-abc.js',
  ])('never serves a file outside the renderer directory: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('outside the renderer');
  });
});

describe('resolveRendererPath', () => {
  it('resolves inside the directory and refuses escapes and malformed encodings', () => {
    expect(resolveRendererPath('/r', 'app://renderer/a/b.js')).toEqual({
      ok: true,
      file: '/r/a/b.js',
    });
    expect(resolveRendererPath('/r', 'app://renderer/%2e%2e%2fetc%2fpasswd')).toEqual({
      ok: false,
      status: 404,
    });
    expect(resolveRendererPath('/r', 'app://renderer/%E0%A4%A')).toEqual({
      ok: false,
      status: 400,
    });
  });
});
