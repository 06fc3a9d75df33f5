import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessEvent, Export, Schemas, Setting } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

let t: TestProvider;
beforeAll(async () => {
  t = await startTestProvider({ demo: { eventCount: 12_000 } });
});
afterAll(async () => {
  await t.dispose();
});

/** Every event present now, read through a different path than paging (a JSONL export). */
async function eventsNow(): Promise<AccessEvent[]> {
  const created = await t.api<Export>('POST', '/v1/exports', {
    body: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', format: 'jsonl' },
  });
  const file = await t.api<string>('GET', `/v1/exports/${created.body.id}/file`);
  return file.body
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AccessEvent);
}

async function idsNow(): Promise<string[]> {
  return (await eventsNow()).map((e) => e.id);
}

/** A setting change by the admin token: each one adds a tenant-admin access event. */
async function changeSettings(
  prefix: string,
  first: number,
): Promise<{ change: () => Promise<void>; writes: () => number }> {
  const settings = (await t.api<Schemas['SettingPage']>('GET', '/v1/settings?limit=200')).body
    .items;
  const tracked = settings.slice(first, first + 4).map((s) => ({ ...s }));
  let writes = 0;
  const change = async () => {
    const s = tracked[writes % tracked.length] as Setting;
    const value = s.values.find((v) => v.value !== s.currentValue)?.value ?? s.currentValue;
    writes += 1;
    const res = await t.api<Schemas['SettingsPatchResponse']>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': `${prefix}-${writes}` },
      body: { changes: [{ id: s.id, value, ifMatch: s.version }] },
    });
    expect(res.status).toBe(200);
    s.currentValue = value;
    s.version = res.body.results[0]?.version ?? '';
  };
  return { change, writes: () => writes };
}

describe('access-event paging while events arrive', () => {
  it('returns every event that existed at the start exactly once, newest first', async () => {
    const before = await idsNow();
    expect(before.length).toBeGreaterThanOrEqual(12_000);
    const { change, writes } = await changeSettings('paging-write', 0);

    const seen: string[] = [];
    const times: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      // A page request and new events race each other on purpose.
      const [page] = await Promise.all([
        t.api<Schemas['AccessEventPage']>('GET', `/v1/access-events?limit=1000${query}`),
        change(),
        change(),
      ]);
      for (const e of page.body.items) {
        seen.push(e.id);
        times.push(e.time);
      }
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor !== null);

    expect(pages).toBeGreaterThanOrEqual(12);
    expect(writes()).toBe(pages * 2);
    expect(new Set(seen).size).toBe(seen.length);
    const startSet = new Set(before);
    const seenSet = new Set(seen);
    const missing = before.filter((id) => !seenSet.has(id));
    expect(missing).toEqual([]);
    // What arrived while paging belongs to the next first page, not this pass — except writes
    // that raced the very first page, which may legitimately be on it.
    const extra = seen.filter((id) => !startSet.has(id));
    expect(extra.length).toBeLessThanOrEqual(2);
    const sorted = [...times].sort().reverse();
    expect(times.slice(extra.length)).toEqual(sorted.slice(extra.length));

    const fresh = await t.api<Schemas['AccessEventPage']>(
      'GET',
      `/v1/access-events?limit=${writes()}&actorKind=tenant-admin`,
    );
    expect(fresh.body.items.filter((e) => e.operation === 'settings.update')).toHaveLength(
      writes(),
    );
  });

  it('filtered paging returns every matching event exactly once while matching events arrive', async () => {
    const kind = 'tenant-admin';
    const before = (await eventsNow()).filter((e) => e.actorKind === kind).map((e) => e.id);
    expect(before.length).toBeGreaterThan(200);
    const { change } = await changeSettings('filtered-paging-write', 4);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      // Every write adds an event that matches this very filter, racing the page request.
      const [page] = await Promise.all([
        t.api<Schemas['AccessEventPage']>(
          'GET',
          `/v1/access-events?limit=50&actorKind=${kind}${query}`,
        ),
        change(),
        change(),
      ]);
      expect(page.body.items.every((e) => e.actorKind === kind)).toBe(true);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(pages).toBeGreaterThan(4);
    expect(new Set(seen).size).toBe(seen.length);
    const seenSet = new Set(seen);
    expect(before.filter((id) => !seenSet.has(id))).toEqual([]);
    const beforeSet = new Set(before);
    expect(seen.filter((id) => !beforeSet.has(id)).length).toBeLessThanOrEqual(2);
  });

  it('filtered paging with a time range matches the summary count', async () => {
    const from = '2000-01-01T00:00:00Z';
    const summary = await t.api<Schemas['AccessEventSummary']>(
      'GET',
      `/v1/access-events/summary?actorKind=tenant-user&from=${from}`,
    );
    let cursor: string | null = null;
    let count = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = await t.api<Schemas['AccessEventPage']>(
        'GET',
        `/v1/access-events?limit=777&actorKind=tenant-user&from=${from}${query}`,
      );
      expect(page.body.items.every((e) => e.actorKind === 'tenant-user')).toBe(true);
      count += page.body.items.length;
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(count).toBe(summary.body.total);
    expect(summary.body.days.reduce((sum, d) => sum + d.counts['tenant-user'], 0)).toBe(count);
  });
});
