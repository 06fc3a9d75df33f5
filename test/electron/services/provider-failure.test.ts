import { describe, expect, it } from 'vitest';
import {
  describeHttpError,
  describeNetworkError,
  readProvider,
} from '../../../electron/services/provider-failure';

function errorWithCause(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

describe('describeNetworkError', () => {
  it('names the usual reasons nothing answered', () => {
    expect(describeNetworkError(errorWithCause('ECONNREFUSED'))).toMatch(/refused/);
    expect(describeNetworkError(errorWithCause('ENOTFOUND'))).toMatch(/could not be resolved/);
    expect(describeNetworkError(errorWithCause('EAI_AGAIN'))).toMatch(/could not be resolved/);
    expect(describeNetworkError(new DOMException('t', 'TimeoutError'))).toMatch(/in time/);
    expect(describeNetworkError(errorWithCause('ECONNRESET'))).toMatch(/closed/);
    expect(describeNetworkError('something odd')).toBe('The provider could not be reached.');
  });

  it('explains certificate and handshake failures as TLS failures', () => {
    expect(describeNetworkError(errorWithCause('DEPTH_ZERO_SELF_SIGNED_CERT'))).toMatch(
      /\(TLS\): its certificate is self-signed/,
    );
    expect(describeNetworkError(errorWithCause('CERT_HAS_EXPIRED'))).toMatch(/expired/);
    expect(describeNetworkError(errorWithCause('ERR_TLS_CERT_ALTNAME_INVALID'))).toMatch(
      /different host name/,
    );
    expect(describeNetworkError(errorWithCause('UNABLE_TO_VERIFY_LEAF_SIGNATURE'))).toMatch(
      /authority this computer trusts/,
    );
    expect(describeNetworkError(errorWithCause('ERR_SSL_WRONG_VERSION_NUMBER'))).toMatch(
      /handshake did not succeed \(ERR_SSL_WRONG_VERSION_NUMBER\)/,
    );
  });
});

describe('describeHttpError', () => {
  it('explains the status and repeats what the provider said', () => {
    const body = { error: { code: 'forbidden', message: 'insufficient_scope: settings.read' } };
    expect(describeHttpError(403, body)).toBe(
      'Your role cannot do this (403). The provider said: insufficient_scope: settings.read',
    );
    expect(describeHttpError(401, undefined)).toBe(
      'The provider did not accept the sign-in; sign in again (401).',
    );
    expect(describeHttpError(503, { error: {} })).toBe('The provider failed to answer (503).');
    expect(describeHttpError(429, null)).toMatch(/429/);
  });
});

describe('readProvider', () => {
  it('returns the data of a successful call', async () => {
    const response = new Response('{}', { status: 200 });
    await expect(
      readProvider(() => Promise.resolve({ data: { total: 3 }, response })),
    ).resolves.toEqual({
      ok: true,
      data: { total: 3 },
    });
  });

  it('turns a thrown network error into an offline failure', async () => {
    const read = await readProvider(() => Promise.reject(errorWithCause('ECONNREFUSED')));
    expect(read).toEqual({
      ok: false,
      failure: { kind: 'offline', reason: 'The provider refused the connection (is it running?).' },
    });
  });

  it('turns an error response into an http failure with its status', async () => {
    const response = new Response('', { status: 500 });
    const read = await readProvider(() =>
      Promise.resolve({ error: { error: { message: 'disk full' } }, response }),
    );
    expect(read).toEqual({
      ok: false,
      failure: {
        kind: 'http',
        status: 500,
        reason: 'The provider failed to answer (500). The provider said: disk full',
      },
    });
  });
});
