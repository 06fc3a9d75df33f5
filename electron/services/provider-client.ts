// The app's only way to talk to a provider: an openapi-fetch client typed by the paths
// generated from shared/api/openapi.yaml, so a request or response that the contract does not
// allow is a compile error. Every request carries the bearer token and gives up after
// `timeoutMs` (a provider that hangs must not hang the app). Certificates are always checked:
// nothing here (or anywhere in the app) loosens TLS verification.
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../shared/api/generated/provider-api';

export type ProviderPaths = paths;
export type ProviderSchemas = components['schemas'];
export type ProviderClient = Client<paths>;

export const defaultProviderTimeoutMs = 10_000;

/** What one request came to, for the connection's online/offline state. */
export type RequestOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly sentToken: boolean }
  | { readonly kind: 'network-error'; readonly error: unknown };

export interface ProviderClientOptions {
  readonly baseUrl: string;
  /**
   * The bearer token: fixed, or asked for before every request (so a refreshed token is used
   * at once). Null sends none.
   */
  readonly token: string | null | (() => Promise<string | null>);
  readonly fetch?: typeof fetch;
  /** Per request, from sending to the end of the body; default 10 s. */
  readonly timeoutMs?: number;
  readonly observe?: (outcome: RequestOutcome) => void;
}

export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  const timeoutMs = options.timeoutMs ?? defaultProviderTimeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number, got ${String(timeoutMs)}`);
  }
  const baseFetch = options.fetch ?? globalThis.fetch;
  const { token, observe } = options;
  const tokenFor = typeof token === 'function' ? token : () => Promise.resolve(token);
  // The caller's own signal (per-request cancel) still works: both abort the request.
  const timedFetch = async (request: Request): Promise<Response> => {
    const bearer = await tokenFor();
    if (bearer !== null) request.headers.set('Authorization', `Bearer ${bearer}`);
    try {
      const response = await baseFetch(request, {
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
      });
      observe?.({ kind: 'response', status: response.status, sentToken: bearer !== null });
      return response;
    } catch (error) {
      // A request its caller cancelled says nothing about the network.
      if (!request.signal.aborted) observe?.({ kind: 'network-error', error });
      throw error;
    }
  };
  return createClient<paths>({ baseUrl: options.baseUrl, fetch: timedFetch });
}
