import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../electron/provider/server';
import { readOverview } from '../../../electron/services/overview-service';
import { createProviderClient } from '../../../electron/services/provider-client';
import { overviewSchema } from '../../../shared/ipc/schemas/tenant';
import { closedPortUrl, providerJson, startSmallProvider } from './provider-fixture';

let provider: RunningProvider;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop?.();
});
afterEach(async () => {
  await providerJson(provider, '/v1/_test/faults', provider.tokens.admin, { method: 'DELETE' });
});

const overviewFor = (
  token: string,
  options: { url?: string; timeoutMs?: number; now?: Date } = {},
) => {
  const url = options.url ?? provider.url;
  const client = createProviderClient({
    baseUrl: url,
    token,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const now = options.now ?? new Date();
  return readOverview({ client, providerUrl: url, now: () => now });
};

interface Page {
  items: unknown[];
  nextCursor: string | null;
  total?: number;
}

describe('readOverview against the embedded provider', () => {
  it("shows the tenant and the provider's own figures to an admin", async () => {
    const now = new Date();
    const from = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000).toISOString();
    const overview = await overviewFor(provider.tokens.admin, { now });

    const tenant = (await providerJson(provider, '/v1/tenant')) as Record<string, unknown>;
    const settings = (await providerJson(provider, '/v1/settings?limit=1')) as Page;
    const outside = (await providerJson(
      provider,
      '/v1/data-locations?inCommitment=false&limit=1',
    )) as Page;
    const pending = (await providerJson(
      provider,
      '/v1/access-requests?status=pending&limit=200',
    )) as Page;
    const summary = (await providerJson(
      provider,
      `/v1/access-events/summary?from=${encodeURIComponent(from)}&to=${encodeURIComponent(now.toISOString())}`,
    )) as { total: number };

    expect(overviewSchema.parse(overview)).toEqual(overview);
    expect(overview.connection).toEqual({ state: 'connected', providerUrl: provider.url });
    expect(overview.tenant).toEqual({
      id: tenant.id,
      displayName: tenant.displayName,
      country: tenant.country,
      residencyCommitment: tenant.residencyCommitment,
      lockboxEnabled: tenant.lockboxEnabled,
    });
    expect(pending.nextCursor).toBeNull();
    expect(overview.counts).toEqual({
      settings: { status: 'ok', value: settings.total },
      locationsOutsideCommitment: { status: 'ok', value: outside.total },
      pendingAccessRequests: { status: 'ok', value: pending.items.length },
      accessEventsLast30Days: { status: 'ok', value: summary.total },
    });
    // Real demo data, not zeros that would match anything.
    expect(settings.total).toBeGreaterThan(0);
    expect(summary.total).toBeGreaterThan(0);
    expect(overview.fetchedAt).toBe(now.toISOString());
  });

  it('counts pending access requests across pages', async () => {
    const pending = (await providerJson(
      provider,
      '/v1/access-requests?status=pending&limit=200',
    )) as Page;
    expect(pending.items.length).toBeGreaterThan(2);
    const client = createProviderClient({ baseUrl: provider.url, token: provider.tokens.admin });
    const overview = await readOverview({ client, providerUrl: provider.url, requestPageSize: 2 });
    expect(overview.counts.pendingAccessRequests).toEqual({
      status: 'ok',
      value: pending.items.length,
    });
  });

  it("counts locations outside the commitment by the app's own check, not the provider's label", async () => {
    const outside = (await providerJson(
      provider,
      '/v1/data-locations?inCommitment=false&limit=1000',
    )) as Page & { items: { id: string }[] };
    const relabelled = outside.items[0]?.id;
    expect(relabelled).toBeDefined();
    // A provider that calls one of its outside locations inside the boundary.
    const mislabelling: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/v1/data-locations')) return response;
      const page = (await response.json()) as { items: Record<string, unknown>[] };
      for (const item of page.items) {
        if (item.id === relabelled)
          Object.assign(item, { inCommitment: true, outOfCommitmentReason: null });
      }
      return Response.json(page, { status: response.status });
    };
    const client = createProviderClient({
      baseUrl: provider.url,
      token: provider.tokens.admin,
      fetch: mislabelling,
    });
    const overview = await readOverview({ client, providerUrl: provider.url });
    expect(overview.counts.locationsOutsideCommitment).toEqual({
      status: 'ok',
      value: outside.items.length,
    });
  });

  it('marks the counts an auditor may not read as forbidden, with the reason', async () => {
    const overview = await overviewFor(provider.tokens.auditor);
    expect(overview.connection.state).toBe('connected');
    expect(overview.tenant).not.toBeNull();
    for (const count of [
      overview.counts.settings,
      overview.counts.locationsOutsideCommitment,
      overview.counts.pendingAccessRequests,
    ]) {
      expect(count.status).toBe('forbidden');
      expect(count.status === 'forbidden' ? count.message : '').toMatch(/403/);
    }
    expect(overview.counts.accessEventsLast30Days.status).toBe('ok');
  });

  it('gives helpdesk every figure (it holds every read scope)', async () => {
    const overview = await overviewFor(provider.tokens.helpdesk);
    expect(Object.values(overview.counts).map((c) => c.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('reports a rejected token as an error state, without a tenant', async () => {
    const overview = await overviewFor('not-a-valid-token');
    expect(overview.connection.state).toBe('error');
    expect(overview.connection.state === 'error' ? overview.connection.reason : '').toMatch(/401/);
    expect(overview.tenant).toBeNull();
    expect(overview.counts.settings.status).toBe('unavailable');
  });

  it('reports a provider failure (5xx) as an error state with the status', async () => {
    await providerJson(provider, '/v1/_test/faults', provider.tokens.admin, {
      method: 'PUT',
      body: JSON.stringify({
        force: [{ method: 'GET', path: '/v1/tenant', status: 503, times: 1 }],
      }),
    });
    const overview = await overviewFor(provider.tokens.admin);
    expect(overview.connection.state).toBe('error');
    expect(overview.connection.state === 'error' ? overview.connection.reason : '').toMatch(/503/);
    // One failing read hides nothing else.
    expect(overview.counts.settings.status).toBe('ok');
  });

  it('reports a provider that does not answer in time as offline', async () => {
    await providerJson(provider, '/v1/_test/faults', provider.tokens.admin, {
      method: 'PUT',
      body: JSON.stringify({ latencyMs: 1500 }),
    });
    const overview = await overviewFor(provider.tokens.admin, { timeoutMs: 200 });
    expect(overview.connection).toEqual({
      state: 'offline',
      providerUrl: provider.url,
      reason: 'The provider did not answer in time.',
    });
  });

  it('reports a closed port as offline, with every figure unavailable', async () => {
    const url = await closedPortUrl();
    const overview = await overviewFor('token', { url });
    expect(overview.connection).toEqual({
      state: 'offline',
      providerUrl: url,
      reason: 'The provider refused the connection (is it running?).',
    });
    expect(overview.tenant).toBeNull();
    expect(overview.fetchedAt).toBeNull();
    expect(Object.values(overview.counts).map((c) => c.status)).toEqual([
      'unavailable',
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
  });
});
