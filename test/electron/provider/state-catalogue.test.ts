import { describe, expect, it } from 'vitest';
import { generateDemoTenant } from '../../../electron/provider/demo';
import { ProviderState } from '../../../electron/provider/state';
import type { Setting } from '../../../electron/provider/types';

const demo = () =>
  generateDemoTenant({ seed: 5, asOf: new Date('2025-03-01T12:00:00.000Z'), eventCount: 200 });

describe('journaled settings over the catalogue', () => {
  it('a setting journaled before values had `feeds` reads with the catalogue values', () => {
    const state = new ProviderState(demo());
    const [first] = [...state.settings.values()];
    if (!first) throw new Error('no settings');
    // What an older journal holds: the changed setting, values without per-value feeds.
    const old = {
      ...first,
      currentValue: first.values[0]?.value ?? '',
      version: 'r9-old',
      values: first.values.map(({ value, label, sends }) => ({ value, label, sends })),
    } as unknown as Setting;
    state.restore({
      settings: [old],
      history: [],
      requests: [],
      events: [],
      idempotency: [],
      exports: [],
    });
    const now = state.settings.get(first.id);
    expect(now?.version).toBe('r9-old');
    expect(now?.currentValue).toBe(old.currentValue);
    expect(now?.values).toEqual(first.values);
    expect(now?.values.every((v) => Array.isArray(v.feeds))).toBe(true);
  });
});
