import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpcRegistry, type ChannelHandlers } from '../../electron/services/ipc-registry';
import { buildCsp } from '../../shared/security/csp';
import { createHarnessApp } from './harness-app';
import { createHarnessEventHub } from './harness-events';
import { unusedSettingsHandlers } from '../electron/services/settings/unused-settings-handlers';
import { bridgeScriptPath, injectBridgeScript } from './index-html';
import { unusedLogsHandlers } from '../support/unused-logs-handlers';

const origin = 'http://127.0.0.1:4321';
const appHtml =
  '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>';

const notUsed = () => Promise.reject(new Error('not used in this test'));
const handlers: ChannelHandlers = {
  'app:get-info': () =>
    Promise.resolve({
      version: '9.9.9',
      storeNotice: null,
      provider: { kind: 'embedded', url: 'http://127.0.0.1:1' },
    }),
  'tenant:get': notUsed,
  'overview:get': notUsed,
  'preferences:get': notUsed,
  'preferences:set-theme': ({ theme }) => Promise.resolve({ theme, language: 'system' }),
  'links:open-external': notUsed,
  'preferences:set-language': notUsed,
  'diagnostics:export': notUsed,
  'recent:list': notUsed,
  'recent:clear': notUsed,
  'connections:list': notUsed,
  'connections:add': notUsed,
  'connections:rename': notUsed,
  'connections:switch': notUsed,
  'connections:remove': notUsed,
  'auth:start-device-sign-in': notUsed,
  'auth:get-sign-in': notUsed,
  'auth:cancel-sign-in': notUsed,
  'auth:sign-in-with-token': notUsed,
  'auth:keep-signed-in': notUsed,
  'auth:sign-out': notUsed,
  ...unusedSettingsHandlers(),
  'residency:get-snapshot': notUsed,
  'residency:export-report': notUsed,
  'access:list-events': notUsed,
  'access:get-summary': notUsed,
  'access:list-alerts': notUsed,
  'access:export-events': notUsed,
  'access:get-export-status': notUsed,
  'access:list-requests': notUsed,
  'access:decide-request': notUsed,
  'access:get-transparency-report': notUsed,
  ...unusedLogsHandlers(),
};

let rendererDir = '';
let app: ReturnType<typeof createHarnessApp>;
const dropped: string[] = [];

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'pcc-harness-app-'));
  await writeFile(join(rendererDir, 'index.html'), appHtml);
  await writeFile(join(rendererDir, 'style.css'), 'body{}');
  const registry = createIpcRegistry(handlers, { allowedOrigins: [origin] });
  app = createHarnessApp({
    rendererDir,
    bridgeScript: 'window.pcc = {};',
    csp: buildCsp({ connectSelf: true }),
    registry: () => registry,
    events: createHarnessEventHub(),
    onDrop: (files) => {
      dropped.push(...files.map((f) => f.name));
      return Promise.resolve();
    },
  });
});

afterAll(async () => {
  await rm(rendererDir, { recursive: true, force: true });
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return app.request(`/__ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('injectBridgeScript', () => {
  it('puts the bridge before the first script so window.pcc exists when the app boots', () => {
    const html = injectBridgeScript(appHtml);
    const bridgeAt = html.indexOf(bridgeScriptPath);
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(html.indexOf('./assets/app.js'));
  });

  it('falls back to the end of head and refuses a page with neither', () => {
    expect(injectBridgeScript('<html><head></head></html>')).toContain(
      `<script src="${bridgeScriptPath}"></script>\n</head>`,
    );
    expect(() => injectBridgeScript('<p>no head</p>')).toThrow(/neither a script/);
  });
});

describe('harness app', () => {
  it('serves index.html with the bridge script and the app CSP (connect-src self)', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(bridgeScriptPath);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('serves the bridge script and static files, but nothing outside the renderer', async () => {
    const script = await app.request(bridgeScriptPath);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toBe('window.pcc = {};');
    expect((await app.request('/style.css')).status).toBe(200);
    expect((await app.request('/../package.json')).status).toBe(404);
    expect((await app.request('/%2e%2e/package.json')).status).toBe(404);
  });

  it('answers the contract through the registry for the harness origin', async () => {
    const response = await post('app:get-info', '{}', { origin });
    expect(await response.json()).toEqual({
      ok: true,
      value: {
        version: '9.9.9',
        storeNotice: null,
        provider: { kind: 'embedded', url: 'http://127.0.0.1:1' },
      },
    });
    const saved = await post('preferences:set-theme', '{"payload":{"theme":"dark"}}', { origin });
    expect(await saved.json()).toEqual({ ok: true, value: { theme: 'dark', language: 'system' } });
  });

  it('lets the registry reject a foreign or missing origin, a bad payload and bad JSON', async () => {
    const foreign = await post('app:get-info', '{}', { origin: 'http://evil.example' });
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const missing = await post('app:get-info', '{}');
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const bad = await post('preferences:set-theme', '{"payload":{"theme":"pink"}}', { origin });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const notJson = await post('app:get-info', 'not json', { origin });
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
