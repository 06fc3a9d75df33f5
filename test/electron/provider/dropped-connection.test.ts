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

describe('idempotent retry after a dropped connection', () => {
  it('the change commits once; the retry gets the stored response', async () => {
    const page = await t.api<Schemas['SettingPage']>('GET', '/v1/settings?limit=200');
    const setting = page.body.items[3] as Setting;
    const value = setting.values.find((v) => v.value !== setting.currentValue)?.value ?? '';
    const body = {
      changes: [{ id: setting.id, value, ifMatch: setting.version }],
      comment: 'retry test',
    };
    const headers = {
      Authorization: `Bearer ${t.provider.tokens.admin}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': 'dropped-connection-key-1',
    };
    await t.api('PUT', '/v1/_test/faults', { body: { dropConnectionAfterCommit: 1 } });

    // No response at all: the socket is destroyed after the commit.
    await expect(
      fetch(`${t.provider.url}/v1/settings`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify(body),
      }),
    ).rejects.toThrow();

    const retry = await t.api<Schemas['SettingsPatchResponse']>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': 'dropped-connection-key-1' },
      body,
    });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.results).toEqual([
      {
        id: setting.id,
        status: 'applied',
        oldValue: setting.currentValue,
        newValue: value,
        version: expect.any(String) as unknown,
      },
    ]);

    const now = await t.api<Setting>('GET', `/v1/settings/${setting.id}`);
    expect(now.body.currentValue).toBe(value);
    expect(now.body.version).toBe(retry.body.results[0]?.version);
    const history = await t.api<Schemas['SettingHistoryPage']>(
      'GET',
      `/v1/settings/history?settingId=${setting.id}`,
    );
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]?.requestId).toBe(retry.body.requestId);

    // A third attempt is still a replay, and a fresh PATCH with the old version is stale.
    const third = await t.api<Schemas['SettingsPatchResponse']>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': 'dropped-connection-key-1' },
      body,
    });
    expect(third.body).toEqual(retry.body);
    const stale = await t.api('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': 'fresh-key-after-drop' },
      body,
    });
    expect(stale.status).toBe(412);
  });

  it('a dropped decision is committed too: re-reading shows it, deciding again is 409', async () => {
    const pending = await t.api<Schemas['AccessRequestPage']>(
      'GET',
      '/v1/access-requests?status=pending',
    );
    const id = pending.body.items[0]?.id ?? '';
    await t.api('PUT', '/v1/_test/faults', { body: { dropConnectionAfterCommit: 1 } });
    await expect(
      fetch(`${t.provider.url}/v1/access-requests/${id}/approve`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${t.provider.tokens.admin}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ reason: 'approved before the drop' }),
      }),
    ).rejects.toThrow();
    const now = await t.api<Schemas['AccessRequest']>('GET', `/v1/access-requests/${id}`);
    expect(now.body.status).toBe('approved');
    expect(now.body.decision?.reason).toBe('approved before the drop');
    const again = await t.api<Schemas['Error']>('POST', `/v1/access-requests/${id}/approve`, {
      body: { reason: 'retry' },
    });
    expect(again.status).toBe(409);
    expect(
      (await t.api<Schemas['FaultConfig']>('DELETE', '/v1/_test/faults')).body
        .dropConnectionAfterCommit,
    ).toBe(0);
  });
});
