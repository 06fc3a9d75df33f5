import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessRequest, Schemas } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

type Err = Schemas['Error'];
const HOUR = 3_600_000;
const T0 = Date.parse('2025-11-20T10:00:00.000Z');

let clock = T0;
let t: TestProvider;
beforeAll(async () => {
  t = await startTestProvider({ now: () => new Date(clock) });
});
afterAll(async () => {
  await t.dispose();
});

async function pending(): Promise<AccessRequest[]> {
  return (await t.api<Schemas['AccessRequestPage']>('GET', '/v1/access-requests?status=pending'))
    .body.items;
}

describe('access requests', () => {
  it('starts with pending requests that expire 12 h after creation, newest first', async () => {
    const items = await pending();
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const r of items) {
      expect(Date.parse(r.expiresAt) - Date.parse(r.createdAt)).toBe(12 * HOUR);
      expect(Date.parse(r.expiresAt)).toBeGreaterThan(clock);
      expect(r.decision).toBeNull();
    }
    const created = items.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('approve opens a window from now for the requested hours; deciding twice is 409', async () => {
    const [first] = await pending();
    if (first === undefined) throw new Error('no pending request');
    const res = await t.api<AccessRequest>('POST', `/v1/access-requests/${first.id}/approve`, {
      body: { reason: 'Ticket verified with the customer' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect(res.body.decision).toEqual({
      by: expect.stringMatching(/^admin@/) as unknown,
      at: new Date(clock).toISOString(),
      reason: 'Ticket verified with the customer',
    });
    expect(res.body.approvedWindow).toEqual({
      start: new Date(clock).toISOString(),
      end: new Date(clock + first.requestedDurationHours * HOUR).toISOString(),
    });
    expect((await t.api<AccessRequest>('GET', `/v1/access-requests/${first.id}`)).body).toEqual(
      res.body,
    );
    for (const action of ['approve', 'deny']) {
      const again = await t.api<Err>('POST', `/v1/access-requests/${first.id}/${action}`, {
        body: { reason: 'again' },
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('request_not_pending');
    }
  });

  it('deny records the reason and no window', async () => {
    const [next] = await pending();
    if (next === undefined) throw new Error('no pending request');
    const res = await t.api<AccessRequest>('POST', `/v1/access-requests/${next.id}/deny`, {
      body: { reason: 'Not justified' },
    });
    expect(res.body).toMatchObject({
      status: 'denied',
      approvedWindow: null,
      decision: { reason: 'Not justified' },
    });
    const bad = await t.api<Err>('POST', `/v1/access-requests/${next.id}/deny`, {
      body: { reason: '' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.issues?.[0]?.field).toBe('reason');
  });

  it('expires exactly at expiresAt (evaluated against the clock on read), and then 409', async () => {
    const items = await pending();
    const soonest = items.reduce((a, b) => (a.expiresAt < b.expiresAt ? a : b));
    clock = Date.parse(soonest.expiresAt) - 1;
    expect(
      (await t.api<AccessRequest>('GET', `/v1/access-requests/${soonest.id}`)).body.status,
    ).toBe('pending');
    clock = Date.parse(soonest.expiresAt);
    const expired = await t.api<AccessRequest>('GET', `/v1/access-requests/${soonest.id}`);
    expect(expired.body.status).toBe('expired');
    expect(expired.body.decision).toMatchObject({ by: 'system', at: soonest.expiresAt });
    const late = await t.api<Err>('POST', `/v1/access-requests/${soonest.id}/approve`, {
      body: { reason: 'too late' },
    });
    expect(late.status).toBe(409);

    clock += 13 * HOUR;
    expect(await pending()).toEqual([]);
    const all = (
      await t.api<Schemas['AccessRequestPage']>('GET', '/v1/access-requests?status=expired')
    ).body.items;
    expect(all.map((r) => r.id)).toEqual(expect.arrayContaining(items.map((r) => r.id)));
  });

  it('the expiry was persisted: a restart at an earlier clock still shows it expired', async () => {
    const expiredBefore = (
      await t.api<Schemas['AccessRequestPage']>('GET', '/v1/access-requests?status=expired')
    ).body.items;
    await t.stop();
    clock = T0;
    const { startTestProvider: start } = await import('./support/test-provider');
    const again = await start({ dataDir: t.dataDir, now: () => new Date(clock) });
    try {
      const after = (
        await again.api<Schemas['AccessRequestPage']>('GET', '/v1/access-requests?status=expired')
      ).body.items;
      expect(after.map((r) => r.id).sort()).toEqual(expiredBefore.map((r) => r.id).sort());
    } finally {
      await again.stop();
    }
  });
});
