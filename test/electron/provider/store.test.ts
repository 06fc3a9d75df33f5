import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoTenant } from '../../../electron/provider/demo';
import { ProviderStore, type DemoParams } from '../../../electron/provider/store';
import type { AccessEvent, Setting } from '../../../electron/provider/types';
import { makeDataDir } from './support/test-provider';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const T0 = Date.parse('2025-03-01T12:00:00.000Z');
let clock = T0;

function open(dataDir: string, params: Partial<DemoParams> = {}, compactEvery = 3): ProviderStore {
  return ProviderStore.open({
    dataDir,
    initialParams: { seed: 11, asOf: new Date(T0).toISOString(), eventCount: 500, ...params },
    generateDemo: (p) =>
      generateDemoTenant({ seed: p.seed, asOf: new Date(p.asOf), eventCount: p.eventCount }),
    now: () => new Date(clock),
    compactEvery,
  });
}

function change(store: ProviderStore, n: number): void {
  const setting = [...store.state.settings.values()][n % 4] as Setting;
  const value = setting.values.find((v) => v.value !== setting.currentValue)?.value ?? '';
  const time = new Date(T0 + n * 1000).toISOString();
  const event: AccessEvent = {
    id: `evt-test-${n}`,
    time,
    actor: 'admin@test.example',
    actorKind: 'tenant-admin',
    category: 'service-generated',
    resource: `setting:${setting.id}`,
    operation: 'settings.update',
    purpose: 'service-delivery',
    justification: null,
    ticket: null,
    accessRequestId: null,
    location: { countryCode: 'DE', city: 'Berlin' },
    ip: '127.0.0.1',
    result: 'success',
  };
  const response = {
    requestId: `req-${n}`,
    appliedAt: time,
    results: [
      {
        id: setting.id,
        status: 'applied' as const,
        oldValue: setting.currentValue,
        newValue: value,
        version: `v-${n}`,
      },
    ],
  };
  store.commit({
    type: 'settings.patch',
    settings: [{ ...setting, currentValue: value, version: `v-${n}`, updatedAt: time }],
    history: [
      {
        id: `h-${n}`,
        settingId: setting.id,
        actor: 'admin@test.example',
        changedAt: time,
        oldValue: setting.currentValue,
        newValue: value,
        requestId: `req-${n}`,
        comment: null,
      },
    ],
    events: [event],
    idempotency: { scope: `admin\u0000key-${n}`, bodyHash: `hash-${n}`, response },
  });
}

const view = (store: ProviderStore) =>
  JSON.stringify({
    settings: [...store.state.settings.values()],
    history: store.state.history,
    events: store.state.events.from(0).slice(-20),
    size: store.state.events.size,
    idempotency: [...store.state.idempotency.entries()],
    requests: [...store.state.requests.values()],
  });

describe('ProviderStore', () => {
  it('rebuilds the same state from snapshot + journal after several compactions', () => {
    const dir = makeDataDir();
    dirs.push(dir);
    const store = open(dir);
    for (let n = 0; n < 10; n += 1) change(store, n); // compacts after 3, 6 and 9 records
    const before = view(store);
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')) as {
      lastSeq: number;
    };
    expect(snapshot.lastSeq).toBeGreaterThanOrEqual(9);
    expect(readFileSync(join(dir, 'journal.log'), 'utf8').trim().split('\n')).toHaveLength(1);
    // No close(): the process "dies" with one record only in the journal.
    const reopened = open(dir);
    expect(view(reopened)).toBe(before);
    expect(reopened.state.events.size).toBe(store.state.events.size);
    expect(reopened.state.history).toHaveLength(10);
  });

  it('keeps the demo identity of the folder: later options do not regenerate a different tenant', () => {
    const dir = makeDataDir();
    dirs.push(dir);
    const first = open(dir);
    const tenant = first.state.tenant;
    const events = first.state.events.size;
    first.close();
    const second = open(dir, {
      seed: 999,
      eventCount: 50,
      asOf: new Date(T0 + 86_400_000).toISOString(),
    });
    expect(second.params.seed).toBe(11);
    expect(second.state.tenant).toEqual(tenant);
    expect(second.state.events.size).toBe(events);
  });

  it('expires due pending requests on open and persists the transition', () => {
    const dir = makeDataDir();
    dirs.push(dir);
    clock = T0;
    const store = open(dir);
    const pending = [...store.state.requests.values()].filter((r) => r.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    store.close();
    clock = T0 + 13 * 3_600_000;
    const later = open(dir);
    expect(pending.every((r) => later.state.requests.get(r.id)?.status === 'expired')).toBe(true);
    later.close();
    clock = T0;
    const earlier = open(dir);
    expect(pending.every((r) => earlier.state.requests.get(r.id)?.status === 'expired')).toBe(true);
  });
});
