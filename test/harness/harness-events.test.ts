import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarnessEventHub } from './harness-events';

// The hub over a real loopback server, read as a browser's EventSource reads it.
const hub = createHarnessEventHub();
let server: ServerType;
let url = '';

beforeAll(async () => {
  const app = new Hono();
  app.get('/__events', (c) => streamSSE(c, (stream) => hub.attach(stream)));
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => {
      resolve(started);
    });
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__events`;
});
afterAll(() => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  server.close();
});

describe('harness events', () => {
  it('streams validated events to every listening page and forgets pages that leave', async () => {
    const abort = new AbortController();
    const response = await fetch(url, { signal: abort.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    await hub.waitForConnected(1);
    await hub.send('menu:command', { command: 'preferences' });
    const reader = response.body?.getReader();
    let text = '';
    while (!text.includes('\n\n')) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toBe('event: menu:command\ndata: {"command":"preferences"}\n\n');
    abort.abort();
    await expect.poll(() => hub.connected).toBe(0);
  });

  it('refuses an event payload that breaks the contract', async () => {
    await expect(
      hub.send('menu:command', { command: 'nope' } as unknown as { command: 'export' }),
    ).rejects.toThrow();
  });

  it('says when no page started listening in time', async () => {
    await expect(hub.waitForConnected(1, 50)).rejects.toThrow(/No 1 page/);
  });
});
