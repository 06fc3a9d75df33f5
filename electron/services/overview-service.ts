import {
  checkResidency,
  type DataLocationLike,
} from '../../shared/domain/residency/residency-check';
import type {
  ConnectionState,
  HeadlineCount,
  Overview,
  Tenant,
} from '../../shared/ipc/schemas/tenant';
import type { ProviderClient } from './provider-client';
import { readProvider, type ProviderFailure, type ProviderRead } from './provider-failure';
import { ServiceError } from './service-error';
import { userText } from './user-text/user-text';

export interface OverviewDeps {
  readonly client: ProviderClient;
  readonly providerUrl: string;
  readonly now?: () => Date;
  /** Page size when counting pending access requests (the provider allows up to 200). */
  readonly requestPageSize?: number;
}

const dayMs = 24 * 60 * 60 * 1000;
/** Enough pages for any real list of pending requests, and a stop if a cursor ever loops. */
const maxRequestPages = 50;
const defaultRequestPageSize = 200;

function toCount(read: ProviderRead<number>): HeadlineCount {
  if (read.ok) return { status: 'ok', value: read.data };
  const { failure } = read;
  return failure.kind === 'http' && failure.status === 403
    ? { status: 'forbidden', message: failure.reason }
    : { status: 'unavailable', message: failure.reason };
}

function toConnection(providerUrl: string, read: ProviderRead<unknown>): ConnectionState {
  if (read.ok) return { state: 'connected', providerUrl };
  const { failure } = read;
  return failure.kind === 'offline'
    ? { state: 'offline', providerUrl, reason: failure.reason }
    : { state: 'error', providerUrl, reason: failure.reason };
}

function mapRead<T, U>(read: ProviderRead<T>, map: (data: T) => U): ProviderRead<U> {
  return read.ok ? { ok: true, data: map(read.data) } : read;
}

function toTenant(data: Tenant): Tenant {
  return {
    id: data.id,
    displayName: data.displayName,
    country: data.country,
    residencyCommitment: data.residencyCommitment,
    lockboxEnabled: data.lockboxEnabled,
  };
}

export function readTenant(client: ProviderClient): Promise<ProviderRead<Tenant>> {
  return readProvider(() => client.GET('/v1/tenant')).then((read) => mapRead(read, toTenant));
}

interface CursorPage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** Every item of a cursor-paged list, with a stop if a provider's cursor ever loops. */
async function readAllPages<T>(
  what: string,
  readPage: (cursor: string | undefined) => Promise<ProviderRead<CursorPage<T>>>,
): Promise<ProviderRead<T[]>> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxRequestPages; page += 1) {
    const read = await readPage(cursor);
    if (!read.ok) return read;
    items.push(...read.data.items);
    if (read.data.nextCursor === null) return { ok: true, data: items };
    cursor = read.data.nextCursor;
  }
  const failure: ProviderFailure = {
    kind: 'http',
    status: 502,
    reason: userText().provider.tooManyToCount(what),
  };
  return { ok: false, failure };
}

/** The access-requests list has no total, so pending ones are counted page by page. */
async function countPendingRequests(
  client: ProviderClient,
  pageSize: number,
): Promise<ProviderRead<number>> {
  const read = await readAllPages('access requests', (cursor) =>
    readProvider(() =>
      client.GET('/v1/access-requests', {
        params: { query: { status: 'pending', limit: pageSize, cursor } },
      }),
    ),
  );
  return mapRead(read, (items) => items.length);
}

/**
 * Locations outside the commitment by the app's own residency check (the one the residency
 * view shows), not by the provider's label: a provider that calls a location inside the
 * boundary when its geography is not must not lower the overview's count.
 */
function countOutsideCommitment(
  tenant: ProviderRead<Tenant>,
  locations: ProviderRead<DataLocationLike[]>,
): ProviderRead<number> {
  if (!locations.ok) return locations;
  if (!tenant.ok) return tenant;
  return {
    ok: true,
    data: checkResidency(locations.data, tenant.data.residencyCommitment).flagged,
  };
}

/**
 * Reads everything the overview shows, in parallel. Each figure is either a real number or the
 * reason there is none; a failure of one never hides the others.
 */
export async function readOverview(deps: OverviewDeps): Promise<Overview> {
  const { client } = deps;
  const now = (deps.now ?? (() => new Date()))();
  const from = new Date(now.getTime() - 30 * dayMs).toISOString();
  const [tenant, settings, locations, pending, events] = await Promise.all([
    readTenant(client),
    readProvider(() => client.GET('/v1/settings', { params: { query: { limit: 1 } } })),
    readAllPages<DataLocationLike>('data locations', (cursor) =>
      readProvider(() =>
        client.GET('/v1/data-locations', { params: { query: { limit: 1000, cursor } } }),
      ),
    ),
    countPendingRequests(client, deps.requestPageSize ?? defaultRequestPageSize),
    readProvider(() =>
      client.GET('/v1/access-events/summary', {
        params: { query: { from, to: now.toISOString() } },
      }),
    ),
  ]);
  const connection = toConnection(deps.providerUrl, tenant);
  return {
    connection,
    tenant: tenant.ok ? tenant.data : null,
    counts: {
      settings: toCount(mapRead(settings, (d) => d.total)),
      locationsOutsideCommitment: toCount(countOutsideCommitment(tenant, locations)),
      pendingAccessRequests: toCount(pending),
      accessEventsLast30Days: toCount(mapRead(events, (d) => d.total)),
    },
    fetchedAt: connection.state === 'offline' ? null : now.toISOString(),
  };
}

export function failureToServiceError(failure: ProviderFailure): ServiceError {
  if (failure.kind === 'offline') return new ServiceError('provider_unreachable', failure.reason);
  switch (failure.status) {
    case 401:
      return new ServiceError('unauthorized', failure.reason);
    case 403:
      return new ServiceError('forbidden', failure.reason);
    case 404:
      return new ServiceError('not_found', failure.reason);
    default:
      return new ServiceError('provider_error', failure.reason);
  }
}
