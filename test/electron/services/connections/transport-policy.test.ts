import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificateChecksDisabledReason,
  checkProviderUrl,
  isLoopbackHost,
  policyFetch,
} from '../../../../electron/services/connections/transport-policy';
import { createProviderClient } from '../../../../electron/services/provider-client';
import { readProvider } from '../../../../electron/services/provider-failure';
import { setUserTextLanguage } from '../../../../electron/services/user-text/user-text';
import { startSelfSignedServer, type SelfSignedServer } from '../../../support/self-signed-https';
import { closedPortUrl } from '../provider-fixture';

describe('checkProviderUrl', () => {
  it('accepts https anywhere and normalises the address', () => {
    expect(checkProviderUrl(' https://Provider.Example.com/pcc/ ')).toEqual({
      ok: true,
      url: 'https://provider.example.com/pcc',
    });
    expect(checkProviderUrl('https://provider.example.com:8443')).toEqual({
      ok: true,
      url: 'https://provider.example.com:8443',
    });
  });

  it.each([
    'http://provider.example.com',
    'http://10.0.0.5:8080',
    'http://192.168.1.20',
    'http://[::ffff:7f00:1]',
    'http://127.0.0.1.nip.io',
    // The resolver Node uses does not promise to keep *.localhost on this computer.
    'http://api.localhost',
  ])('refuses http off loopback: %s', (url) => {
    expect(checkProviderUrl(url)).toEqual({
      ok: false,
      reason: expect.stringContaining('https is required') as unknown,
    });
  });

  it.each([
    'http://127.0.0.1:8787',
    'http://127.10.0.1',
    'http://localhost:3000',
    'http://[::1]:8080',
  ])('allows http on loopback: %s', (url) => {
    expect(checkProviderUrl(url).ok).toBe(true);
  });

  it.each([
    ['ftp://provider.example.com', 'starts with https'],
    ['provider.example.com', 'not a web address'],
    ['https://admin:pw@provider.example.com', 'user name and password'],
    ['https://provider.example.com/?tenant=1', 'query'],
    [`https://provider.example.com/${'a'.repeat(2100)}`, 'too long'],
  ])('refuses %s', (url, reason) => {
    const decision = checkProviderUrl(url);
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toContain(reason);
  });

  it('refuses https when certificate checking is turned off in the process', () => {
    expect(
      checkProviderUrl('https://provider.example.com', { NODE_TLS_REJECT_UNAUTHORIZED: '0' }),
    ).toEqual({
      ok: false,
      reason: certificateChecksDisabledReason(),
    });
  });

  it('gives its reasons in the language the user chose', () => {
    setUserTextLanguage(() => 'de');
    try {
      expect(checkProviderUrl('http://provider.example.com')).toEqual({
        ok: false,
        reason: expect.stringContaining('ist https nötig') as unknown,
      });
    } finally {
      setUserTextLanguage(() => 'en');
    }
  });

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('127.255.255.254')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });
});

describe('requests through the policy', () => {
  let tls: SelfSignedServer;
  let plain: Server;
  let plainUrl = '';
  beforeAll(async () => {
    tls = await startSelfSignedServer();
    plain = createServer((request, response) => {
      const status = Number(request.url?.split('/').pop() ?? '500');
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'x', message: 'said so', requestId: 'r' } }));
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await tls.close();
    await new Promise((resolve) => plain.close(resolve));
  });

  const read = (baseUrl: string, path: string, env: Record<string, string> = {}) =>
    readProvider(() =>
      createProviderClient({ baseUrl, token: 't', fetch: policyFetch(env), timeoutMs: 5000 }).GET(
        path as '/v1/health',
      ),
    );

  it('reports a certificate nobody trusts as a TLS failure and does not connect anyway', async () => {
    expect(await read(tls.url, '/v1/health')).toEqual({
      ok: false,
      failure: {
        kind: 'offline',
        reason:
          'The secure connection to the provider failed (TLS): its certificate is self-signed and not trusted by this computer.',
      },
    });
  });

  it('refuses to send anything when certificate checks are off', async () => {
    const read0 = await read(tls.url, '/v1/health', { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
    expect(read0).toEqual({
      ok: false,
      failure: { kind: 'offline', reason: certificateChecksDisabledReason() },
    });
  });

  it('refuses http off loopback before sending the token', async () => {
    const refused = await read('http://provider.example.com', '/v1/health');
    expect(!refused.ok && refused.failure.reason).toContain('https is required');
  });

  it('names DNS failures and refused connections', async () => {
    const dns = await read('https://no-such-provider.invalid', '/v1/health');
    expect(!dns.ok && dns.failure.reason).toBe('The provider host name could not be resolved.');
    const refused = await read(await closedPortUrl(), '/v1/health');
    expect(!refused.ok && refused.failure.reason).toBe(
      'The provider refused the connection (is it running?).',
    );
  });

  it('says to sign in again on 401, that the role cannot on 403, and names a 5xx', async () => {
    expect(await read(plainUrl, '/401')).toMatchObject({
      failure: { status: 401, reason: expect.stringContaining('sign in again (401)') as unknown },
    });
    expect(await read(plainUrl, '/403')).toMatchObject({
      failure: {
        status: 403,
        reason: expect.stringContaining('Your role cannot do this (403)') as unknown,
      },
    });
    expect(await read(plainUrl, '/503')).toMatchObject({
      failure: {
        status: 503,
        reason: 'The provider failed to answer (503). The provider said: said so',
      },
    });
  });
});
