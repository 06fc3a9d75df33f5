// The app's only way to talk to a provider: an openapi-fetch client typed by the paths
// generated from shared/api/openapi.yaml, so a request or response that the contract does not
// allow is a compile error. Every request carries the bearer token and gives up after
// `timeoutMs` (a provider that hangs must not hang the app).
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../shared/api/generated/provider-api';

export type ProviderPaths = paths;
export type ProviderSchemas = components['schemas'];
export type ProviderClient = Client<paths>;

export const defaultProviderTimeoutMs = 10_000;

export interface ProviderClientOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: typeof fetch;
  /** Per request, from sending to the end of the body; default 10 s. */
  readonly timeoutMs?: number;
}

export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  const timeoutMs = options.timeoutMs ?? defaultProviderTimeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number, got ${String(timeoutMs)}`);
  }
  const baseFetch = options.fetch ?? globalThis.fetch;
  // The caller's own signal (per-request cancel) still works: both abort the request.
  const timedFetch = (request: Request): Promise<Response> =>
    baseFetch(request, {
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
    });
  return createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: timedFetch,
    headers: { Authorization: `Bearer ${options.token}` },
  });
}
