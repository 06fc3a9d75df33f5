import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProviderServer, type RunningProvider } from '../../../electron/provider/server';

/** A real embedded provider with a small demo tenant, in a temp folder removed on stop. */
export async function startSmallProvider(): Promise<{
  provider: RunningProvider;
  stop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcc-provider-'));
  const provider = await startProviderServer({
    dataDir,
    port: 0,
    faults: true,
    rateLimit: false,
    demo: { eventCount: 3000 },
  });
  return {
    provider,
    stop: async () => {
      await provider.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A loopback URL where nothing listens: the port was just free and is closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** Reads the provider API directly (not through the app's client) to know the true figures. */
export async function providerJson(
  provider: RunningProvider,
  path: string,
  token = provider.tokens.admin,
  init: RequestInit = {},
): Promise<unknown> {
  const response = await fetch(`${provider.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}
