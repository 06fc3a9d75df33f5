import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schemas } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

type Err = Schemas['Error'];

describe('errors', () => {
  let t: TestProvider;
  beforeAll(async () => {
    t = await startTestProvider();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('401 without a token or with a wrong one, with the one error shape', async () => {
    for (const token of [null, 'not-a-token', `${t.provider.tokens.admin}x`]) {
      const res = await t.api<Err>('GET', '/v1/tenant', { token });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.requestId).toBe(res.headers.get('x-request-id'));
    }
  });

  it.each([
    ['/v1/access-events?limit=0', 'limit'],
    ['/v1/access-events?limit=5001', 'limit'],
    ['/v1/access-events?from=yesterday', 'from'],
    ['/v1/access-events?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z', 'to'],
    ['/v1/access-events?actorKind=robot', 'actorKind'],
    ['/v1/access-events?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['/v1/settings?product=toaster', 'product'],
    ['/v1/data-locations?inCommitment=maybe', 'inCommitment'],
    ['/v1/settings/UPPER_CASE', 'id'],
  ])('400 names the field: %s', async (path, field) => {
    const res = await t.api<Err>('GET', path);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.details?.issues?.map((i) => i.field)).toContain(field);
  });

  it('a cursor only continues the query it came from', async () => {
    const first = await t.api<Schemas['AccessEventPage']>(
      'GET',
      '/v1/access-events?limit=2&actorKind=tenant-user',
    );
    const cursor = first.body.nextCursor;
    expect(cursor).not.toBeNull();
    const res = await t.api<Err>(
      'GET',
      `/v1/access-events?limit=2&actorKind=application&cursor=${cursor ?? ''}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details?.issues?.[0]?.field).toBe('cursor');
  });

  it('404 for unknown access requests and exports; unknown routes get the error shape too', async () => {
    expect((await t.api<Err>('GET', '/v1/access-requests/nope')).status).toBe(404);
    expect(
      (await t.api<Err>('POST', '/v1/access-requests/nope/approve', { body: { reason: 'x' } }))
        .status,
    ).toBe(404);
    expect((await t.api<Err>('GET', '/v1/exports/nope/manifest')).status).toBe(404);
    expect((await t.api<Err>('GET', '/v1/exports/nope/file')).status).toBe(404);
    // Not documented, so checked without the validating helper.
    const raw = await fetch(`${t.provider.url}/v1/no-such-thing`, {
      headers: { Authorization: `Bearer ${t.provider.tokens.admin}` },
    });
    expect(raw.status).toBe(404);
    expect(((await raw.json()) as Err).error.code).toBe('not_found');
  });

  it('fault endpoints do not exist unless faults are enabled', async () => {
    expect((await t.api<Err>('PUT', '/v1/_test/faults', { body: { latencyMs: 5 } })).status).toBe(
      404,
    );
  });
});

describe('rate limiting', () => {
  let t: TestProvider;
  beforeAll(async () => {
    t = await startTestProvider({ rateLimit: { perSecond: 1, burst: 3 } });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('429 with Retry-After once a token spends its burst; other tokens are unaffected', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof t.api<Err>>> | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = await t.api<Err>('GET', '/v1/tenant');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.body.error.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await t.api('GET', '/v1/tenant', { token: t.provider.tokens.helpdesk })).status).toBe(
      200,
    );
  });
});

describe('fault injection', () => {
  let t: TestProvider;
  beforeAll(async () => {
    t = await startTestProvider({ faults: true });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('forces statuses n times (429 with Retry-After), adds latency, and resets', async () => {
    const set = await t.api<Schemas['FaultConfig']>('PUT', '/v1/_test/faults', {
      body: {
        latencyMs: 50,
        force: [
          { method: 'GET', path: '/v1/tenant', status: 429, times: 2, retryAfterSeconds: 7 },
          { method: 'GET', path: '/v1/settings', status: 503, times: 1 },
        ],
      },
    });
    expect(set.body.force).toHaveLength(2);
    const started = performance.now();
    const first = await t.api<Err>('GET', '/v1/tenant');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await t.api('GET', '/v1/tenant')).status).toBe(429);
    expect((await t.api('GET', '/v1/tenant')).status).toBe(200);
    expect((await t.api<Err>('GET', '/v1/settings/history')).status).toBe(503);
    expect((await t.api('GET', '/v1/settings')).status).toBe(200);
    const reset = await t.api<Schemas['FaultConfig']>('DELETE', '/v1/_test/faults');
    expect(reset.body).toEqual({
      latencyMs: 0,
      errorRate: 0,
      force: [],
      dropConnectionAfterCommit: 0,
      concurrentChanges: [],
    });
  });

  it('forces a 412 on PATCH and an error rate of 1 answers 503', async () => {
    await t.api('PUT', '/v1/_test/faults', {
      body: { force: [{ method: 'PATCH', path: '/v1/settings', status: 412, times: 1 }] },
    });
    const res = await t.api<Err>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': 'forced-412-key' },
      body: { changes: [{ id: 'x', value: '1', ifMatch: 'v' }] },
    });
    expect(res.status).toBe(412);
    await t.api('PUT', '/v1/_test/faults', { body: { errorRate: 1 } });
    expect((await t.api<Err>('GET', '/v1/me')).status).toBe(503);
    await t.api('DELETE', '/v1/_test/faults');
    expect((await t.api('GET', '/v1/me')).status).toBe(200);
  });
});
