import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderClient } from '../../../electron/services/provider-client';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const tenant = {
  id: 't-1',
  displayName: 'Contoso Europe',
  country: 'DE',
  residencyCommitment: 'EU Data Boundary',
  lockboxEnabled: true,
  createdAt: '2024-01-01T00:00:00.000Z',
};

describe('createProviderClient', () => {
  let server: Server;
  let baseUrl = '';
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        const json = (status: number, value: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'r1' });
          res.end(JSON.stringify(value));
        };
        if (req.url === '/v1/tenant') json(200, tenant);
        else if (req.url?.startsWith('/v1/slow'))
          setTimeout(() => {
            json(200, {});
          }, 2_000);
        else if (req.method === 'PATCH' && req.url === '/v1/settings') {
          json(200, { requestId: 'r1', appliedAt: tenant.createdAt, results: [] });
        } else {
          json(404, { error: { code: 'not_found', message: 'No such thing', requestId: 'r1' } });
        }
      });
    });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
    baseUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the bearer token and returns typed data', async () => {
    const client = createProviderClient({ baseUrl, token: 'secret-token' });
    const { data, error, response } = await client.GET('/v1/tenant');
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.displayName).toBe('Contoso Europe');
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer secret-token');
  });

  it('serialises query, header parameters and the JSON body', async () => {
    const client = createProviderClient({ baseUrl: `${baseUrl}/`, token: 't' });
    const changes = [{ id: 'os.allow-telemetry', value: '1', ifMatch: 'v1' }];
    const { data } = await client.PATCH('/v1/settings', {
      params: { header: { 'Idempotency-Key': 'key-12345678' } },
      body: { changes, comment: 'less telemetry' },
    });
    expect(data?.requestId).toBe('r1');
    const last = seen.at(-1);
    expect(last?.headers['idempotency-key']).toBe('key-12345678');
    expect(last?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(last?.body ?? '')).toEqual({ changes, comment: 'less telemetry' });

    await client.GET('/v1/access-events', {
      params: { query: { actorKind: 'provider-operator', limit: 10 } },
    });
    expect(seen.at(-1)?.url).toBe('/v1/access-events?actorKind=provider-operator&limit=10');
  });

  it('returns the error body for an error status', async () => {
    const client = createProviderClient({ baseUrl, token: 't' });
    const { data, error, response } = await client.GET('/v1/settings/{id}', {
      params: { path: { id: 'nope' } },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error?.error.code).toBe('not_found');
  });

  it('aborts a request that takes longer than timeoutMs', async () => {
    const client = createProviderClient({
      baseUrl: `${baseUrl}/v1/slow`,
      token: 't',
      timeoutMs: 100,
    });
    const started = performance.now();
    await expect(client.GET('/v1/tenant')).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("still honours the caller's own abort signal", async () => {
    const client = createProviderClient({ baseUrl: `${baseUrl}/v1/slow`, token: 't' });
    const controller = new AbortController();
    const pending = client.GET('/v1/tenant', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('uses the injected fetch', async () => {
    const urls: string[] = [];
    const client = createProviderClient({
      baseUrl,
      token: 't',
      fetch: (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    const { data } = await client.GET('/v1/tenant');
    expect(data?.id).toBe('t-1');
    expect(urls).toEqual([`${baseUrl}/v1/tenant`]);
  });

  it('rejects a non-positive timeout', () => {
    expect(() => createProviderClient({ baseUrl, token: 't', timeoutMs: 0 })).toThrow(RangeError);
  });
});
