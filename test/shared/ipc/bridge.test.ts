import { describe, expect, it } from 'vitest';
import { bridgePath, buildBridge, eventBridgePath } from '../../../shared/ipc/bridge';
import { eventNames } from '../../../shared/ipc/events';
import { channelNames, type ChannelName } from '../../../shared/ipc/contract';

function recordingBridge() {
  const calls: { channel: ChannelName; request: unknown }[] = [];
  const bridge = buildBridge(
    (channel, request) => {
      calls.push({ channel, request });
      return Promise.resolve({ ok: true, value: channel });
    },
    () => () => undefined,
  );
  return { bridge: bridge as unknown as Record<string, Record<string, unknown>>, calls };
}

describe('buildBridge', () => {
  it('exposes one function per contract channel and nothing else', () => {
    const { bridge } = recordingBridge();
    const exposed = Object.entries(bridge).flatMap(([namespace, methods]) =>
      Object.keys(methods).map((method) => `${namespace}.${method}`),
    );
    const expected = [
      ...channelNames.map((name) => bridgePath(name).join('.')),
      ...eventNames.map((name) => eventBridgePath(name).join('.')),
    ];
    expect(exposed.sort()).toEqual([...expected].sort());
    expect(exposed).toHaveLength(channelNames.length + eventNames.length);
    for (const methods of Object.values(bridge)) {
      for (const fn of Object.values(methods)) expect(typeof fn).toBe('function');
    }
  });

  it('has no generic invoke or send at any level', () => {
    const { bridge } = recordingBridge();
    const names = [
      ...Object.keys(bridge),
      ...Object.values(bridge).flatMap((methods) => Object.keys(methods)),
    ];
    for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'require']) {
      expect(names).not.toContain(forbidden);
    }
  });

  it('routes each function to its own channel with the request unchanged', async () => {
    const { bridge, calls } = recordingBridge();
    for (const name of channelNames) {
      const [namespace, method] = bridgePath(name);
      const fn = bridge[namespace]?.[method] as (request?: unknown) => Promise<unknown>;
      const request = { probe: name };
      await expect(fn(request)).resolves.toEqual({ ok: true, value: name });
      expect(calls.at(-1)).toEqual({ channel: name, request });
    }
    expect(calls).toHaveLength(channelNames.length);
  });

  it('maps area:verb-noun to area.verbNoun', () => {
    expect(bridgePath('links:open-external')).toEqual(['links', 'openExternal']);
    expect(bridgePath('preferences:set-theme')).toEqual(['preferences', 'setTheme']);
    expect(bridgePath('tenant:get')).toEqual(['tenant', 'get']);
  });
});
