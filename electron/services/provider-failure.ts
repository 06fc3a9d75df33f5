import { userText } from './user-text/user-text';

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
  const words = userText().provider;
  if (name === 'TimeoutError' || name === 'AbortError') return words.timeout;
  switch (errorCode(error)) {
    case 'ECONNREFUSED':
      return words.refused;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return words.hostUnknown;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return words.closed;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return words.timeout;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return words.networkUnreachable;
    default:
      return describeTlsError(errorCode(error)) ?? words.unreachable;
  }
}

/** Certificate and handshake failures (Node/OpenSSL codes): never bypassed, always explained. */
function describeTlsError(code: string | undefined): string | null {
  if (code === undefined) return null;
  const words = userText().provider;
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return words.tls(words.tlsExpired);
    case 'CERT_NOT_YET_VALID':
      return words.tls(words.tlsNotYetValid);
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return words.tls(words.tlsSelfSigned);
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_UNTRUSTED':
    case 'CERT_SIGNATURE_FAILURE':
      return words.tls(words.tlsUntrusted);
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return words.tls(words.tlsWrongHost);
    case 'CERT_REVOKED':
      return words.tls(words.tlsRevoked);
    default:
      return code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code === 'EPROTO'
        ? words.tls(words.tlsHandshake(code))
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

/** " The provider said: …" after a sentence, or nothing when the body had no message. */
export function providerSaid(body: unknown): string {
  const said = providerMessage(body);
  return said === null ? '' : userText().provider.said(said);
}

function httpSentence(status: number): string {
  const words = userText().provider;
  if (status === 401) return words.http401;
  if (status === 403) return words.http403;
  if (status === 404) return words.http404;
  if (status === 429) return words.http429;
  if (status >= 500) return words.http5xx(status);
  return words.httpOther(status);
}

export function describeHttpError(status: number, body: unknown): string {
  return `${httpSentence(status)}${providerSaid(body)}`;
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
    ? userText().provider.emptyAnswer
    : describeHttpError(status, outcome.error);
  return { ok: false, failure: { kind: 'http', status, reason } };
}
