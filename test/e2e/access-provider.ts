// What the provider itself says, read with the admin token straight from its API, so the
// residency and access e2e tests compare the screens with the source.
import {
  createProviderClient,
  type ProviderSchemas,
} from '../../electron/services/provider-client';
import type { Harness } from '../harness/host';

function must<T>(read: { data?: T; error?: unknown }, what: string): T {
  if (read.data === undefined) throw new Error(`${what} failed: ${JSON.stringify(read.error)}`);
  return read.data;
}

export function adminClient(harness: Harness) {
  return createProviderClient({
    baseUrl: harness.provider.url,
    token: harness.provider.tokens.admin,
  });
}

export async function providerLocations(
  harness: Harness,
): Promise<ProviderSchemas['DataLocation'][]> {
  const page = must(
    await adminClient(harness).GET('/v1/data-locations', { params: { query: { limit: 1000 } } }),
    'GET /v1/data-locations',
  );
  if (page.nextCursor !== null) throw new Error('more locations than one page');
  return page.items;
}

export async function providerSummary(
  harness: Harness,
  query: Record<string, string> = {},
): Promise<ProviderSchemas['AccessEventSummary']> {
  const params = new URLSearchParams(query);
  const response = await fetch(
    `${harness.provider.url}/v1/access-events/summary?${params.toString()}`,
    {
      headers: { Authorization: `Bearer ${harness.provider.tokens.admin}` },
    },
  );
  if (!response.ok) throw new Error(`summary: ${String(response.status)}`);
  return (await response.json()) as ProviderSchemas['AccessEventSummary'];
}

export async function providerRequest(
  harness: Harness,
  id: string,
): Promise<ProviderSchemas['AccessRequest']> {
  return must(
    await adminClient(harness).GET('/v1/access-requests/{id}', { params: { path: { id } } }),
    `GET /v1/access-requests/${id}`,
  );
}

export async function providerRequests(
  harness: Harness,
): Promise<ProviderSchemas['AccessRequest'][]> {
  const page = must(
    await adminClient(harness).GET('/v1/access-requests', { params: { query: { limit: 200 } } }),
    'GET /v1/access-requests',
  );
  return page.items;
}

export async function providerTransparency(
  harness: Harness,
): Promise<ProviderSchemas['TransparencyReport']> {
  return must(
    await adminClient(harness).GET('/v1/transparency-report'),
    'GET /v1/transparency-report',
  );
}
