import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBridge } from '../../shared/ipc/bridge';
import { channelNames } from '../../shared/ipc/contract';
import { eventNames } from '../../shared/ipc/events';
import { checkBridge, readBridge } from '../../renderer/src/bridge';

const appInfo = {
  version: '0.1.0',
  storeNotice: null,
  provider: { kind: 'embedded', url: 'http://127.0.0.1:4000' },
};

/** A raw bridge shaped like the preload's, answering app:get-info with `answer`. */
function rawBridge(answer: () => Promise<unknown>) {
  return buildBridge(
    (channel) =>
      channel === 'app:get-info' ? answer() : Promise.reject(new Error(`unexpected ${channel}`)),
    () => () => undefined,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkBridge', () => {
  it('explains a missing bridge instead of failing later', () => {
    const check = checkBridge(undefined);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe('absent');
    expect(check.message).toMatch(/window\.pcc is missing/);
    expect(check.missing).toHaveLength(channelNames.length + eventNames.length);
  });

  it('names every function an incompatible bridge lacks', () => {
    const partial = { ...rawBridge(() => Promise.resolve(null)), links: {} };
    const check = checkBridge({ ...partial, overview: { get: 'not a function' } });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.missing).toEqual(['pcc.overview.get', 'pcc.links.openExternal']);
    expect(check.reason).toBe('incompatible');
    expect(check.message).toContain('pcc.links.openExternal');
  });

  it('passes a valid answer through unchanged', async () => {
    const check = checkBridge(rawBridge(() => Promise.resolve({ ok: true, value: appInfo })));
    if (!check.ok) throw new Error(check.message);
    await expect(check.bridge.app.getInfo()).resolves.toEqual({ ok: true, value: appInfo });
  });

  it('turns a malformed answer into an error result', async () => {
    const check = checkBridge(
      rawBridge(() => Promise.resolve({ ok: true, value: { version: 3 } })),
    );
    if (!check.ok) throw new Error(check.message);
    const result = await check.bridge.app.getInfo();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The desktop shell sent a malformed answer to app:get-info.',
      },
    });
  });

  it('turns a rejected call into an error result naming the channel', async () => {
    const check = checkBridge(rawBridge(() => Promise.reject(new Error('socket closed'))));
    if (!check.ok) throw new Error(check.message);
    const result = await check.bridge.app.getInfo();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toContain('app:get-info');
    expect(result.error.message).toContain('socket closed');
  });

  it('forwards the request payload to the raw function', async () => {
    const seen: unknown[] = [];
    const raw = buildBridge(
      (channel, request) => {
        seen.push([channel, request]);
        return Promise.resolve({ ok: true, value: { theme: 'dark', language: 'de' } });
      },
      () => () => undefined,
    );
    const check = checkBridge(raw);
    if (!check.ok) throw new Error(check.message);
    await expect(check.bridge.preferences.setTheme({ theme: 'dark' })).resolves.toEqual({
      ok: true,
      value: { theme: 'dark', language: 'de' },
    });
    expect(seen).toEqual([['preferences:set-theme', { theme: 'dark' }]]);
  });
});

describe('readBridge', () => {
  it('reads window.pcc', async () => {
    vi.stubGlobal('window', {
      pcc: rawBridge(() => Promise.resolve({ ok: true, value: appInfo })),
    });
    const check = readBridge();
    if (!check.ok) throw new Error(check.message);
    expect((await check.bridge.app.getInfo()).ok).toBe(true);
    vi.stubGlobal('window', {});
    expect(readBridge().ok).toBe(false);
  });
});

describe('checkBridge events', () => {
  function eventBridge() {
    let deliver: ((payload: unknown) => void) | null = null;
    let unsubscribed = 0;
    const raw = buildBridge(
      () => Promise.resolve({ ok: true, value: appInfo }),
      (_event, listener) => {
        deliver = listener;
        return () => {
          unsubscribed += 1;
        };
      },
    );
    const send = (payload: unknown) => {
      deliver?.(payload);
    };
    return { raw, send, unsubscribed: () => unsubscribed };
  }

  it('hands the listener only payloads that match the event schema', () => {
    const { raw, send } = eventBridge();
    const check = checkBridge(raw);
    if (!check.ok) throw new Error(check.message);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: unknown[] = [];
    check.bridge.menu.onCommand((event) => seen.push(event));
    send({ command: 'preferences' });
    send({ command: 'format-disk' });
    send('preferences');
    expect(seen).toEqual([{ command: 'preferences' }]);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });

  it('unsubscribes once, however often the returned function is called', () => {
    const { raw, unsubscribed } = eventBridge();
    const check = checkBridge(raw);
    if (!check.ok) throw new Error(check.message);
    const stop = check.bridge.menu.onCommand(() => undefined);
    stop();
    stop();
    expect(unsubscribed()).toBe(1);
  });

  it('names a missing subscription like a missing function', () => {
    const { raw } = eventBridge();
    const check = checkBridge({ ...raw, menu: {} });
    expect(check.ok ? [] : check.missing).toEqual(['pcc.menu.onCommand']);
  });
});
