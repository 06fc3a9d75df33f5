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
  // The app's own refusals (transport-policy.ts) already say why, for a person.
  if (name === 'TransportPolicyError' && error instanceof Error) return error.message;
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
      return describeTlsError(errorCode(error)) ?? 'The provider could not be reached.';
  }
}

/** Certificate and handshake failures (Node/OpenSSL codes): never bypassed, always explained. */
function describeTlsError(code: string | undefined): string | null {
  if (code === undefined) return null;
  const prefix = 'The secure connection to the provider failed (TLS): ';
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `${prefix}its certificate has expired.`;
    case 'CERT_NOT_YET_VALID':
      return `${prefix}its certificate is not valid yet (check this computer's clock).`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `${prefix}its certificate is self-signed and not trusted by this computer.`;
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_UNTRUSTED':
    case 'CERT_SIGNATURE_FAILURE':
      return `${prefix}its certificate was not issued by an authority this computer trusts.`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${prefix}its certificate is for a different host name.`;
    case 'CERT_REVOKED':
      return `${prefix}its certificate has been revoked.`;
    default:
      return code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code === 'EPROTO'
        ? `${prefix}the handshake did not succeed (${code}).`
        : null;
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
  if (status === 401) {
    return `The provider did not accept the sign-in; sign in again (401).${suffix}`;
  }
  if (status === 403) return `Your role cannot do this (403).${suffix}`;
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
