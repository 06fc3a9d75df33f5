/**
 * Turns what the provider client reports (a thrown network error, or an HTTP error response)
 * into one of two kinds the UI tells apart: offline (nothing answered) and error (the
 * provider answered, but not with the data), each with a reason a person can act on.
 */
export type ProviderFailure =
  | { readonly kind: 'offline'; readonly reason: string }
  | { readonly kind: 'http'; readonly status: number; readonly reason: string };

export type ProviderRead<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly failure: ProviderFailure };

/** The shape every openapi-fetch call resolves to. */
export interface FetchOutcome<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  return 'cause' in error ? errorCode(error.cause) : undefined;
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error || error instanceof DOMException ? error.name : undefined;
}

export function describeNetworkError(error: unknown): string {
  const name = errorName(error);
  if (name === 'TimeoutError' || name === 'AbortError') {
    return 'The provider did not answer in time.';
  }
  switch (errorCode(error)) {
    case 'ECONNREFUSED':
      return 'The provider refused the connection (is it running?).';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'The provider host name could not be resolved.';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'The connection to the provider was closed unexpectedly.';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'The provider did not answer in time.';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'The provider cannot be reached from this network.';
    default:
      return 'The provider could not be reached.';
  }
}

/** The provider's own words from an error body (`error.message`), when it sent any. */
export function providerMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = body.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return null;
  return typeof error.message === 'string' && error.message !== '' ? error.message : null;
}

export function describeHttpError(status: number, body: unknown): string {
  const said = providerMessage(body);
  const suffix = said === null ? '' : ` The provider said: ${said}`;
  if (status === 401) return `The provider did not accept the app's credentials (401).${suffix}`;
  if (status === 403) return `This account's role may not read this (403).${suffix}`;
  if (status === 404) return `The provider does not offer this (404).${suffix}`;
  if (status === 429) return `The provider is limiting requests; try again shortly (429).${suffix}`;
  if (status >= 500) return `The provider failed to answer (${status}).${suffix}`;
  return `The provider rejected the request (${status}).${suffix}`;
}

/** Runs one client call and never throws: every failure becomes data. */
export async function readProvider<T>(
  call: () => Promise<FetchOutcome<T>>,
): Promise<ProviderRead<T>> {
  let outcome: FetchOutcome<T>;
  try {
    outcome = await call();
  } catch (error) {
    return { ok: false, failure: { kind: 'offline', reason: describeNetworkError(error) } };
  }
  const { response } = outcome;
  if (response.ok && outcome.data !== undefined) return { ok: true, data: outcome.data };
  const status = response.ok ? 502 : response.status;
  const reason = response.ok
    ? 'The provider sent an empty answer.'
    : describeHttpError(status, outcome.error);
  return { ok: false, failure: { kind: 'http', status, reason } };
}
