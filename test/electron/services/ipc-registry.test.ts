import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../shared/ipc/contract';
import {
  createIpcRegistry,
  type ChannelHandlers,
  type SenderInfo,
} from '../../../electron/services/ipc-registry';
import { ServiceError } from '../../../electron/services/service-error';
import { setUserTextLanguage } from '../../../electron/services/user-text/user-text';
import { unusedSettingsHandlers } from './settings/unused-settings-handlers';
import { unusedLogsHandlers } from '../../support/unused-logs-handlers';

const appOrigin = 'app://renderer';
const fromApp: SenderInfo = { origin: appOrigin, isTopFrame: true, frameAlive: true };

interface Call {
  readonly channel: ChannelName;
  readonly request: unknown;
}

/** Handlers that answer correctly and record what reached them; tests override single ones. */
function recordingHandlers(
  calls: Call[],
  overrides: Partial<ChannelHandlers> = {},
): ChannelHandlers {
  const record = (channel: ChannelName, request: unknown) => calls.push({ channel, request });
  return {
    'app:get-info': (r) => {
      record('app:get-info', r);
      return Promise.resolve({
        version: '1.2.3',
        storeNotice: null,
        provider: { kind: 'embedded', url: 'http://127.0.0.1:1' },
      });
    },
    'tenant:get': (r) => {
      record('tenant:get', r);
      return Promise.resolve({
        id: 't1',
        displayName: 'Contoso',
        country: 'DE',
        residencyCommitment: 'EU Data Boundary',
        lockboxEnabled: true,
      });
    },
    'overview:get': () => Promise.reject(new Error('not used')),
    'preferences:get': (r) => {
      record('preferences:get', r);
      return Promise.resolve({ theme: 'system', language: 'system' });
    },
    'preferences:set-theme': (r) => {
      record('preferences:set-theme', r);
      return Promise.resolve({ theme: r.theme, language: 'system' });
    },
    'links:open-external': (r) => {
      record('links:open-external', r);
      return Promise.resolve(null);
    },
    'preferences:set-language': (r) => {
      record('preferences:set-language', r);
      return Promise.resolve({ theme: 'system', language: r.language });
    },
    'diagnostics:export': (r) => {
      record('diagnostics:export', r);
      return Promise.resolve({ status: 'cancelled' });
    },
    'recent:list': (r) => {
      record('recent:list', r);
      return Promise.resolve({ entries: [] });
    },
    'recent:clear': (r) => {
      record('recent:clear', r);
      return Promise.resolve({ entries: [] });
    },
    'connections:list': () => Promise.reject(new Error('not used')),
    'connections:add': () => Promise.reject(new Error('not used')),
    'connections:rename': () => Promise.reject(new Error('not used')),
    'connections:switch': () => Promise.reject(new Error('not used')),
    'connections:remove': () => Promise.reject(new Error('not used')),
    'auth:start-device-sign-in': () => Promise.reject(new Error('not used')),
    'auth:get-sign-in': () => Promise.reject(new Error('not used')),
    'auth:cancel-sign-in': () => Promise.reject(new Error('not used')),
    'auth:sign-in-with-token': () => Promise.reject(new Error('not used')),
    'auth:keep-signed-in': () => Promise.reject(new Error('not used')),
    'auth:sign-out': () => Promise.reject(new Error('not used')),
    ...unusedSettingsHandlers(),
    'residency:get-snapshot': () => Promise.reject(new Error('not used')),
    'residency:export-report': () => Promise.reject(new Error('not used')),
    'access:list-events': () => Promise.reject(new Error('not used')),
    'access:get-summary': () => Promise.reject(new Error('not used')),
    'access:list-alerts': () => Promise.reject(new Error('not used')),
    'access:export-events': () => Promise.reject(new Error('not used')),
    'access:get-export-status': () => Promise.reject(new Error('not used')),
    'access:list-requests': () => Promise.reject(new Error('not used')),
    'access:decide-request': () => Promise.reject(new Error('not used')),
    'access:get-transparency-report': () => Promise.reject(new Error('not used')),
    ...unusedLogsHandlers(),
    ...overrides,
  };
}

function setup(overrides: Partial<ChannelHandlers> = {}) {
  const calls: Call[] = [];
  const internal: { channel: ChannelName; error: unknown }[] = [];
  const registry = createIpcRegistry(recordingHandlers(calls, overrides), {
    allowedOrigins: [appOrigin],
    onInternalError: (channel, error) => internal.push({ channel, error }),
  });
  return { registry, calls, internal };
}

describe('createIpcRegistry', () => {
  it('lists exactly the contract channels', () => {
    const { registry } = setup();
    expect([...registry.channels].sort()).toEqual([...channelNames].sort());
    expectTypeOf<keyof ChannelHandlers>().toEqualTypeOf<ChannelName>();
  });

  it('passes a valid payload to the handler and returns its answer as ok data', async () => {
    const { registry, calls } = setup();
    const result = await registry.handle('preferences:set-theme', { theme: 'dark' }, fromApp);
    expect(result).toEqual({ ok: true, value: { theme: 'dark', language: 'system' } });
    expect(calls).toEqual([{ channel: 'preferences:set-theme', request: { theme: 'dark' } }]);
  });

  it('rejects an invalid payload with bad_request naming the field, without calling the handler', async () => {
    const { registry, calls } = setup();
    const result = await registry.handle('preferences:set-theme', { theme: 'purple' }, fromApp);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_request');
    expect(result.error.message).toMatch(/theme:/);
    expect(calls).toEqual([]);
  });

  it('rejects unexpected keys and payloads sent to channels that take none', async () => {
    const { registry, calls } = setup();
    const extra = await registry.handle(
      'links:open-external',
      { url: 'https://example.com', cmd: 'rm -rf /' },
      fromApp,
    );
    expect(extra.ok ? null : extra.error).toMatchObject({ code: 'bad_request' });
    expect(extra.ok ? '' : extra.error.message).toContain('cmd');
    const surplus = await registry.handle('tenant:get', { id: 'other' }, fromApp);
    expect(surplus.ok ? null : surplus.error.code).toBe('bad_request');
    const tooLong = await registry.handle(
      'links:open-external',
      { url: 'x'.repeat(3000) },
      fromApp,
    );
    expect(tooLong.ok ? '' : tooLong.error.message).toMatch(/url:/);
    expect(calls).toEqual([]);
  });

  it.each<[string, SenderInfo]>([
    ['a foreign origin', { origin: 'https://evil.example', isTopFrame: true, frameAlive: true }],
    ['a file:// page', { origin: 'file://', isTopFrame: true, frameAlive: true }],
    ['an unknown (null) origin', { origin: null, isTopFrame: true, frameAlive: true }],
    ['a sub-frame of the app', { origin: appOrigin, isTopFrame: false, frameAlive: true }],
    ['a frame that is gone (null frame)', { origin: null, isTopFrame: false, frameAlive: false }],
    [
      'a dead frame that claims the app origin',
      { origin: appOrigin, isTopFrame: true, frameAlive: false },
    ],
  ])('rejects %s as forbidden_sender before anything else', async (_name, sender) => {
    const { registry, calls } = setup();
    for (const channel of ['preferences:get', 'no-such:channel']) {
      const result = await registry.handle(channel, undefined, sender);
      expect(result.ok ? null : result.error.code).toBe('forbidden_sender');
    }
    expect(calls).toEqual([]);
  });

  it.each(['fs:read-file', '__proto__', 'toString', 'constructor', ''])(
    'rejects the unknown channel %j',
    async (channel) => {
      const { registry, calls } = setup();
      const result = await registry.handle(channel, undefined, fromApp);
      expect(result.ok ? null : result.error.code).toBe('unknown_channel');
      expect(calls).toEqual([]);
    },
  );

  it('returns a ServiceError as data with its code and message', async () => {
    const { registry, internal } = setup({
      'tenant:get': () =>
        Promise.reject(new ServiceError('forbidden', 'Your role may not read this.')),
    });
    const result = await registry.handle('tenant:get', undefined, fromApp);
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Your role may not read this.' },
    });
    expect(internal).toEqual([]);
  });

  it('turns any other throw into internal without leaking its message, and reports it', async () => {
    const secret = new Error('token=abc123 at /home/admin/.secrets');
    const { registry, internal } = setup({ 'tenant:get': () => Promise.reject(secret) });
    const result = await registry.handle('tenant:get', undefined, fromApp);
    expect(result.ok ? null : result.error.code).toBe('internal');
    expect(JSON.stringify(result)).not.toMatch(/abc123|secrets|at /);
    expect(internal).toEqual([{ channel: 'tenant:get', error: secret }]);
  });

  it('treats a synchronous throw inside a handler the same way', async () => {
    const { registry } = setup({
      'preferences:get': () => {
        throw new TypeError('boom');
      },
    });
    const result = await registry.handle('preferences:get', undefined, fromApp);
    expect(result.ok ? null : result.error.code).toBe('internal');
  });

  it('never returns an answer that breaks the response schema', async () => {
    const { registry, internal } = setup({
      // A handler bug: the contract says theme is system|light|dark.
      'preferences:get': () => Promise.resolve({ theme: 'purple' } as never),
    });
    const result = await registry.handle('preferences:get', undefined, fromApp);
    expect(result.ok ? null : result.error.code).toBe('internal');
    expect(internal).toHaveLength(1);
  });

  it('strips fields the response schema does not declare', async () => {
    const { registry } = setup({
      'tenant:get': () =>
        Promise.resolve({
          id: 't1',
          displayName: 'Contoso',
          country: 'DE',
          residencyCommitment: 'EU Data Boundary',
          lockboxEnabled: false,
          token: 'must-not-cross',
        }),
    });
    const result = await registry.handle('tenant:get', undefined, fromApp);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('must-not-cross');
  });
});

describe('the registry in German', () => {
  afterEach(() => {
    setUserTextLanguage(() => 'en');
  });

  it('words its own refusals in the language chosen', async () => {
    setUserTextLanguage(() => 'de');
    const { registry } = setup({ 'tenant:get': () => Promise.reject(new Error('boom')) });
    const invalid = await registry.handle('preferences:set-theme', { theme: 'purple' }, fromApp);
    expect(invalid.ok ? '' : invalid.error.message).toMatch(
      /^Ungültige Anfrage an preferences:set-theme: theme:/,
    );
    const foreign = await registry.handle('preferences:get', undefined, {
      ...fromApp,
      origin: 'https://evil.example',
    });
    expect(foreign).toEqual({
      ok: false,
      error: { code: 'forbidden_sender', message: 'Die Anfrage kam nicht von der App.' },
    });
    expect(await registry.handle('tenant:get', undefined, fromApp)).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'In der App ist etwas schiefgegangen. Die Einzelheiten stehen in ihrem Protokoll.',
      },
    });
  });
});
