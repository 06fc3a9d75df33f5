import type { Caller, SettingsCatalogue } from '../../../shared/ipc/schemas/settings';
import { failureToServiceError } from '../overview-service';
import type { ProviderClient } from '../provider-client';
import type { ProviderRead } from '../provider-failure';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';
import { readCaller, readCatalogue } from './settings-provider';
import type { SnapshotCache } from './snapshot-cache';

export interface CatalogueDeps {
  readonly getClient: () => ProviderClient;
  readonly cache: SnapshotCache;
  readonly now: () => Date;
}

/**
 * The catalogue with the caller's role, live when the provider answers (and then cached), or
 * the last cached snapshot with its time when nothing answered. A provider that answers with an
 * error (401, 403, 5xx) is not "offline": that error is shown, not an old snapshot.
 */
export async function loadCatalogue(deps: CatalogueDeps): Promise<SettingsCatalogue> {
  const client = deps.getClient();
  const [caller, settings] = await Promise.all([readCaller(client), readCatalogue(client)]);
  if (caller.ok && settings.ok) {
    const fetchedAt = deps.now().toISOString();
    try {
      await deps.cache.write({ fetchedAt, caller: caller.data, settings: settings.data });
    } catch {
      // The cache is a convenience for offline use; the live answer is still right.
    }
    return {
      source: 'live',
      fetchedAt,
      tenantId: caller.data.tenantId,
      caller: caller.data,
      settings: settings.data,
      offlineReason: null,
    };
  }
  const failure = !caller.ok ? caller.failure : !settings.ok ? settings.failure : null;
  if (failure === null) throw new ServiceError('internal', userText().settings.catalogueUnreadable);
  if (failure.kind === 'offline') {
    const cached = await deps.cache.read();
    if (cached !== null) {
      return {
        source: 'cache',
        fetchedAt: cached.fetchedAt,
        tenantId: cached.tenantId,
        caller: cached.caller,
        settings: cached.settings,
        offlineReason: failure.reason,
      };
    }
  }
  throw failureToServiceError(failure);
}

function orThrow<T>(read: ProviderRead<T>): T {
  if (!read.ok) throw failureToServiceError(read.failure);
  return read.data;
}

/** The caller as the provider says now; what decides whether a push may start. */
export async function liveCaller(getClient: () => ProviderClient): Promise<Caller> {
  return orThrow(await readCaller(getClient()));
}

/** The caller live, or as last cached (to write or open a plan while offline). */
export async function callerOrCached(deps: CatalogueDeps): Promise<Caller> {
  const read = await readCaller(deps.getClient());
  if (read.ok) return read.data;
  if (read.failure.kind === 'offline') {
    const cached = await deps.cache.read();
    if (cached !== null) return cached.caller;
  }
  throw failureToServiceError(read.failure);
}

export function requirePushRight(caller: Caller): void {
  if (!caller.canPush) {
    throw new ServiceError('forbidden', userText().settings.roleMayNotPush(caller.role));
  }
}

export async function liveSettings(getClient: () => ProviderClient) {
  return orThrow(await readCatalogue(getClient()));
}
