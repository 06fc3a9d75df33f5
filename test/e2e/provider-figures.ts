// The overview's figures read straight from the provider API with the admin token, so the
// e2e test compares the screen with the source, not with numbers written into the test.
import { createProviderClient } from '../../electron/services/provider-client';

export interface ExpectedFigures {
  readonly displayName: string;
  readonly residencyCommitment: string;
  readonly lockboxEnabled: boolean;
  readonly settings: number;
  readonly locationsOutsideCommitment: number;
  readonly pendingAccessRequests: number;
  readonly accessEventsLast30Days: number;
}

const dayMs = 24 * 60 * 60 * 1000;

function must<T>(read: { data?: T; error?: unknown }, what: string): T {
  if (read.data === undefined) throw new Error(`${what} failed: ${JSON.stringify(read.error)}`);
  return read.data;
}

/** `fetchedAt` is the time the overview shows: the 30-day window ends there. */
export async function readExpectedFigures(
  providerUrl: string,
  adminToken: string,
  fetchedAt: string,
): Promise<ExpectedFigures> {
  const client = createProviderClient({ baseUrl: providerUrl, token: adminToken });
  const to = new Date(fetchedAt);
  const from = new Date(to.getTime() - 30 * dayMs);
  const [tenant, settings, locations, summary] = await Promise.all([
    client.GET('/v1/tenant'),
    client.GET('/v1/settings', { params: { query: { limit: 1 } } }),
    client.GET('/v1/data-locations', { params: { query: { inCommitment: false, limit: 1 } } }),
    client.GET('/v1/access-events/summary', {
      params: { query: { from: from.toISOString(), to: to.toISOString() } },
    }),
  ]);
  let pending = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = must(
      await client.GET('/v1/access-requests', {
        params: { query: { status: 'pending', limit: 100, cursor } },
      }),
      'GET /v1/access-requests',
    );
    pending += page.items.length;
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  const t = must(tenant, 'GET /v1/tenant');
  return {
    displayName: t.displayName,
    residencyCommitment: t.residencyCommitment,
    lockboxEnabled: t.lockboxEnabled,
    settings: must(settings, 'GET /v1/settings').total,
    locationsOutsideCommitment: must(locations, 'GET /v1/data-locations').total,
    pendingAccessRequests: pending,
    accessEventsLast30Days: must(summary, 'GET /v1/access-events/summary').total,
  };
}
