import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schemas, Setting } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

type Err = Schemas['Error'];
type PatchResponse = Schemas['SettingsPatchResponse'];

let t: TestProvider;
let n = 0;
const key = () => `settings-test-key-${(n += 1)}`;

beforeAll(async () => {
  t = await startTestProvider();
});
afterAll(async () => {
  await t.dispose();
});

async function settings(): Promise<Setting[]> {
  return (await t.api<Schemas['SettingPage']>('GET', '/v1/settings?limit=200')).body.items;
}
async function setting(id: string): Promise<Setting> {
  return (await t.api<Setting>('GET', `/v1/settings/${id}`)).body;
}
const otherValue = (s: Setting): string => {
  const v = s.values.find((x) => x.value !== s.currentValue)?.value;
  if (v === undefined) throw new Error(`${s.id} has no other value`);
  return v;
};
async function history(settingId: string) {
  return (
    await t.api<Schemas['SettingHistoryPage']>('GET', `/v1/settings/history?settingId=${settingId}`)
  ).body.items;
}

describe('PATCH /v1/settings', () => {
  it('applies several changes at once, bumps versions, records history and access events', async () => {
    const [a, b] = await settings();
    if (a === undefined || b === undefined) throw new Error('need two settings');
    const eventsBefore = (
      await t.api<Schemas['AccessEventSummary']>('GET', '/v1/access-events/summary')
    ).body.total;
    const res = await t.api<PatchResponse>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': key() },
      body: {
        changes: [
          { id: a.id, value: otherValue(a), ifMatch: a.version },
          { id: b.id, value: b.currentValue, ifMatch: b.version },
        ],
        comment: 'Reduce telemetry',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'unchanged']);
    expect(res.body.results[1]?.version).toBe(b.version);
    const after = await t.api<Setting>('GET', `/v1/settings/${a.id}`);
    expect(after.body.currentValue).toBe(otherValue(a));
    expect(after.body.version).not.toBe(a.version);
    expect(after.body.version).toBe(res.body.results[0]?.version);
    expect(after.headers.get('etag')).toBe(`"${after.body.version}"`);
    const entries = await history(a.id);
    expect(entries[0]).toMatchObject({
      settingId: a.id,
      oldValue: a.currentValue,
      newValue: otherValue(a),
      requestId: res.body.requestId,
      comment: 'Reduce telemetry',
      actor: expect.stringMatching(/^admin@/) as unknown,
    });
    expect(await history(b.id)).toEqual([]);
    const events = await t.api<Schemas['AccessEventPage']>(
      'GET',
      '/v1/access-events?limit=1&actorKind=tenant-admin',
    );
    expect(events.body.items[0]).toMatchObject({
      operation: 'settings.update',
      resource: `setting:${a.id}`,
    });
    const eventsAfter = (
      await t.api<Schemas['AccessEventSummary']>('GET', '/v1/access-events/summary')
    ).body.total;
    expect(eventsAfter).toBe(eventsBefore + 1);
  });

  it('412 on any stale version with the current setting, and applies nothing (all or nothing)', async () => {
    const [a, b] = await settings();
    if (a === undefined || b === undefined) throw new Error('need two settings');
    const res = await t.api<Err>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': key() },
      body: {
        changes: [
          { id: a.id, value: otherValue(a), ifMatch: a.version },
          { id: b.id, value: otherValue(b), ifMatch: 'stale-version' },
        ],
      },
    });
    expect(res.status).toBe(412);
    expect(res.body.error.code).toBe('precondition_failed');
    expect(res.body.error.details?.conflicts).toEqual([
      { id: b.id, expectedVersion: 'stale-version', current: b },
    ]);
    expect(await setting(a.id)).toEqual(a);
    expect(await setting(b.id)).toEqual(b);
  });

  it('422 names the change whose value is not allowed, and applies nothing', async () => {
    const [a, b] = await settings();
    if (a === undefined || b === undefined) throw new Error('need two settings');
    const res = await t.api<Err>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': key() },
      body: {
        changes: [
          { id: a.id, value: otherValue(a), ifMatch: a.version },
          { id: b.id, value: 'definitely-not-allowed', ifMatch: b.version },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('unprocessable');
    expect(res.body.error.details?.issues?.[0]?.field).toBe('changes[1].value');
    expect(await setting(a.id)).toEqual(a);
  });

  it('replays the first response for the same key and body, 409 for a different body', async () => {
    const [, , c] = await settings();
    if (c === undefined) throw new Error('need three settings');
    const k = key();
    const body = { changes: [{ id: c.id, value: otherValue(c), ifMatch: c.version }] };
    const first = await t.api<PatchResponse>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': k },
      body,
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await t.api<PatchResponse>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': k },
      body,
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await history(c.id)).toHaveLength(1);
    const different = await t.api<Err>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': k },
      body: { ...body, comment: 'changed' },
    });
    expect(different.status).toBe(409);
    expect(different.body.error.code).toBe('idempotency_key_reused');
    expect(await history(c.id)).toHaveLength(1);
  });

  it.each([
    ['missing Idempotency-Key', {}, { changes: [] }, 'Idempotency-Key'],
    ['short Idempotency-Key', { 'Idempotency-Key': 'short' }, { changes: [] }, 'Idempotency-Key'],
    ['empty changes', { 'Idempotency-Key': 'k-400-empty-x' }, { changes: [] }, 'changes'],
    [
      'missing ifMatch',
      { 'Idempotency-Key': 'k-400-ifmatch' },
      { changes: [{ id: 'a.b', value: '1' }] },
      'changes[0].ifMatch',
    ],
    [
      'unknown field',
      { 'Idempotency-Key': 'k-400-unknown' },
      { changes: [{ id: 'a', value: '1', ifMatch: 'v' }], extra: 1 },
      'body',
    ],
    [
      'repeated id',
      { 'Idempotency-Key': 'k-400-repeat' },
      {
        changes: [
          { id: 'a', value: '1', ifMatch: 'v' },
          { id: 'a', value: '2', ifMatch: 'v' },
        ],
      },
      'changes[1].id',
    ],
  ])('400 names the field: %s', async (_name, headers, body, field) => {
    const res = await t.api<Err>('PATCH', '/v1/settings', { headers, body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.details?.issues?.map((i) => i.field)).toContain(field);
  });

  it('404 for an unknown setting (patch and get)', async () => {
    const patch = await t.api<Err>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': key() },
      body: { changes: [{ id: 'no.such-setting', value: '1', ifMatch: 'v1' }] },
    });
    expect(patch.status).toBe(404);
    expect((await t.api<Err>('GET', '/v1/settings/no.such-setting')).body.error.code).toBe(
      'not_found',
    );
  });
});
