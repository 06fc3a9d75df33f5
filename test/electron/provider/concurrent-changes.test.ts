import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schemas, Setting } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

let t: TestProvider;
beforeAll(async () => {
  t = await startTestProvider({ faults: true });
});
afterAll(async () => {
  await t.dispose();
});

const otherValue = (s: Setting): string => {
  const v = s.values.find((x) => x.value !== s.currentValue)?.value;
  if (v === undefined) throw new Error(`${s.id} has no other value`);
  return v;
};

describe('fault injection: a concurrent change by another administrator', () => {
  it('lands just before the next PATCH, which then meets a real 412', async () => {
    const page = await t.api<Schemas['SettingPage']>('GET', '/v1/settings?limit=200');
    const [a, b] = page.body.items;
    if (a === undefined || b === undefined) throw new Error('need two settings');
    const theirs = otherValue(a);
    await t.api('PUT', '/v1/_test/faults', {
      body: {
        concurrentChanges: [
          { id: a.id, value: theirs },
          { id: 'no.such', value: '1' },
        ],
      },
    });

    const res = await t.api<Schemas['Error']>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': 'concurrent-test-1' },
      body: {
        changes: [
          {
            id: a.id,
            value: a.currentValue === theirs ? otherValue(a) : a.currentValue,
            ifMatch: a.version,
          },
          { id: b.id, value: otherValue(b), ifMatch: b.version },
        ],
      },
    });
    expect(res.status).toBe(412);
    const conflicts = res.body.error.details?.conflicts ?? [];
    expect(conflicts.map((c) => c.id)).toEqual([a.id]);
    expect(conflicts[0]?.current.currentValue).toBe(theirs);
    expect(conflicts[0]?.expectedVersion).toBe(a.version);

    // Their change is in the history like any other; mine (all or nothing) is not.
    const history = await t.api<Schemas['SettingHistoryPage']>('GET', '/v1/settings/history');
    const newest = history.body.items[0];
    expect(newest).toMatchObject({ settingId: a.id, oldValue: a.currentValue, newValue: theirs });
    expect(newest?.actor).toMatch(/^concurrent-admin@/);
    expect(history.body.items.some((h) => h.settingId === b.id)).toBe(false);
    const bNow = await t.api<Setting>('GET', `/v1/settings/${b.id}`);
    expect(bNow.body.version).toBe(b.version);

    // Consumed: the next PATCH sees no one else.
    expect(
      (await t.api<Schemas['FaultConfig']>('PUT', '/v1/_test/faults', { body: {} })).body
        .concurrentChanges,
    ).toEqual([]);
  });
});
