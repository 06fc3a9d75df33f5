import { join } from 'node:path';
import { startProviderServer } from '../provider/server';

export interface StartedProvider {
  /** Where the embedded demo provider listens and the token the app uses with it. */
  readonly embedded: { readonly url: string; readonly token: string };
  readonly stop: () => Promise<void>;
}

/**
 * The embedded demo provider: data under userData/provider, a random loopback port, a fresh
 * token per run that never leaves main. It is one of the connections (connection-manager.ts).
 */
export async function startEmbeddedProvider(paths: {
  readonly userData: string;
  readonly appRoot: string;
}): Promise<StartedProvider> {
  const running = await startProviderServer({
    dataDir: join(paths.userData, 'provider'),
    host: '127.0.0.1',
    port: 0,
    // The bundle no longer sits next to shared/, so say where the packaged document is.
    apiDocumentPath: join(paths.appRoot, 'shared', 'api', 'openapi.yaml'),
  });
  return {
    embedded: { url: running.url, token: running.tokens.admin },
    stop: () => running.close(),
  };
}
