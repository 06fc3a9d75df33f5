import { describe, expect, it } from 'vitest';
import { buildBridge, eventBridgePath, type PccBridge } from '../../../shared/ipc/bridge';
import { channelNames } from '../../../shared/ipc/contract';
import { eventNames, ipcEvents, type EventName } from '../../../shared/ipc/events';

describe('ipcEvents', () => {
  it('lists every event once, with a schema each', () => {
    expect([...eventNames].sort()).toEqual(Object.keys(ipcEvents).sort());
    expect(new Set(eventNames).size).toBe(eventNames.length);
  });

  it('names events area:noun, each becoming window.pcc.area.onNoun', () => {
    for (const name of eventNames) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
    expect(eventBridgePath('menu:command')).toEqual(['menu', 'onCommand']);
  });

  it('keeps event areas apart from channel areas, so no bridge namespace mixes the two', () => {
    const channelAreas = new Set(channelNames.map((name) => name.split(':')[0]));
    for (const name of eventNames) expect(channelAreas.has(name.split(':')[0])).toBe(false);
  });

  it('refuses payloads that do not match, such as an unknown menu command', () => {
    expect(ipcEvents['menu:command'].safeParse({ command: 'preferences' }).success).toBe(true);
    expect(ipcEvents['menu:command'].safeParse({ command: 'rm -rf' }).success).toBe(false);
    expect(ipcEvents['menu:command'].safeParse({ command: 'export', extra: 1 }).success).toBe(
      false,
    );
  });
});

describe('buildBridge subscriptions', () => {
  function recording() {
    const listeners = new Map<EventName, ((payload: unknown) => void)[]>();
    const bridge: PccBridge = buildBridge(
      () => Promise.resolve(null),
      (event, listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return () => {
          listeners.set(
            event,
            (listeners.get(event) ?? []).filter((l) => l !== listener),
          );
        };
      },
    );
    return { bridge, listeners };
  }

  it('subscribes through the transport and unsubscribes with the returned function', () => {
    const { bridge, listeners } = recording();
    const seen: unknown[] = [];
    const stop = bridge.menu.onCommand((payload) => seen.push(payload));
    for (const listener of listeners.get('menu:command') ?? []) listener({ command: 'export' });
    stop();
    expect(listeners.get('menu:command')).toEqual([]);
    expect(seen).toEqual([{ command: 'export' }]);
  });

  it('refuses a subscription without a listener function', () => {
    const { bridge } = recording();
    const onCommand = bridge.menu.onCommand as unknown as (listener: unknown) => unknown;
    expect(() => onCommand('not a function')).toThrow(/menu:command needs a listener/);
  });
});
