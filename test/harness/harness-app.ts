import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { IpcRegistry, SenderInfo } from '../../electron/services/ipc-registry';
import { fail } from '../../shared/ipc/ipc-result';
import type { HarnessEventHub } from './harness-events';
import { bridgeScriptPath, injectBridgeScript } from './index-html';

/** Must match pcc-bridge.ts. */
export const droppedFilesPath = '/__dropped-files';

export interface HarnessAppOptions {
  readonly rendererDir: string;
  readonly bridgeScript: string;
  readonly csp: string;
  /** Read on each request: the registry needs the origin, known only once the port is. */
  readonly registry: () => IpcRegistry;
  /** Main → renderer events, streamed to each page that subscribes. */
  readonly events: HarnessEventHub;
  /**
   * Files dropped on the page. A browser page cannot read a dropped file's path, so the
   * bridge uploads the files and the host hands the copies to the same code main uses.
   */
  readonly onDrop: (files: readonly { name: string; bytes: Uint8Array }[]) => Promise<void>;
}

/**
 * What Electron's ipcMain adapter learns from `event.senderFrame`, the harness learns from
 * the Origin header Chromium sends with every POST. The page is always a top-level live frame.
 */
export function senderFromOrigin(origin: string | undefined): SenderInfo {
  return { origin: origin ?? null, isTopFrame: true, frameAlive: true };
}

export function createHarnessApp(options: HarnessAppOptions): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', options.csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
  });

  app.post('/__ipc/:channel', async (c) => {
    let payload: unknown;
    try {
      const body: unknown = await c.req.json();
      payload =
        typeof body === 'object' && body !== null ? Reflect.get(body, 'payload') : undefined;
    } catch {
      return c.json(fail('bad_request', 'The request body is not JSON.'));
    }
    const sender = senderFromOrigin(c.req.header('origin'));
    return c.json(await options.registry().handle(c.req.param('channel'), payload, sender));
  });

  app.post(droppedFilesPath, async (c) => {
    if (c.req.header('origin') !== new URL(c.req.url).origin) return c.text('Forbidden', 403);
    const body = await c.req.parseBody({ all: true });
    const parts = body.files;
    const list = (Array.isArray(parts) ? parts : [parts]).filter(
      (part): part is File => part instanceof File,
    );
    await options.onDrop(
      await Promise.all(
        list.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      ),
    );
    return c.body(null, 204);
  });

  // Sent without CORS headers, so only the harness's own pages can read the stream.
  app.get('/__events', (c) => streamSSE(c, (stream) => options.events.attach(stream)));

  app.get(bridgeScriptPath, (c) =>
    c.body(options.bridgeScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );

  const index = async () =>
    injectBridgeScript(await readFile(join(options.rendererDir, 'index.html'), 'utf8'));
  app.get('/', async (c) => c.html(await index()));
  app.get('/index.html', async (c) => c.html(await index()));

  app.use('/*', serveStatic({ root: options.rendererDir }));
  app.notFound((c) => c.text('Not found', 404));
  return app;
}
