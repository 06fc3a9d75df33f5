import { afterEach, describe, expect, it } from 'vitest';
import {
  describeHttpError,
  describeNetworkError,
  readProvider,
} from '../../../electron/services/provider-failure';
import { setUserTextLanguage } from '../../../electron/services/user-text/user-text';

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

describe('in German', () => {
  afterEach(() => {
    setUserTextLanguage(() => 'en');
  });

  it('says why the provider failed in German when German is chosen', async () => {
    setUserTextLanguage(() => 'de');
    await expect(
      readProvider(() => Promise.reject(errorWithCause('ECONNREFUSED'))),
    ).resolves.toEqual({
      ok: false,
      failure: {
        kind: 'offline',
        reason: 'Der Anbieter hat die Verbindung abgelehnt (läuft er?).',
      },
    });
    expect(describeNetworkError(errorWithCause('CERT_HAS_EXPIRED'))).toBe(
      'Die sichere Verbindung zum Anbieter ist fehlgeschlagen (TLS): sein Zertifikat ist abgelaufen.',
    );
    expect(describeNetworkError(new DOMException('t', 'TimeoutError'))).toBe(
      'Der Anbieter hat nicht rechtzeitig geantwortet.',
    );
    // The provider's own words stay as it sent them.
    expect(describeHttpError(401, { error: { message: 'token expired' } })).toBe(
      'Der Anbieter hat die Anmeldung nicht akzeptiert; melden Sie sich erneut an (401). Der Anbieter meldete: token expired',
    );
    expect(describeHttpError(503, null)).toBe('Der Anbieter konnte nicht antworten (503).');
  });
});
