import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { JournalCorruptError } from '../provider/journal';
import { startProviderServer } from '../provider/server';

export interface StartedProvider {
  /** Where the embedded demo provider listens and the token the app uses with it. */
  readonly embedded: { readonly url: string; readonly token: string };
  readonly stop: () => Promise<void>;
  /** For the log, when the demo provider's data could not be read and was moved aside. */
  readonly notice: string | null;
}

/**
 * The embedded demo provider: data under userData/provider, a random loopback port, a fresh
 * token per run that never leaves main. It is one of the connections (connection-manager.ts).
 * A journal damaged in the middle (not a torn last write, which the journal repairs itself)
 * would stop the app at every start; the demo's data is moved aside instead, kept for support,
 * and the demo starts fresh.
 */
export async function startEmbeddedProvider(paths: {
  readonly userData: string;
  readonly appRoot: string;
  readonly now?: () => Date;
}): Promise<StartedProvider> {
  const dataDir = join(paths.userData, 'provider');
  const start = () =>
    startProviderServer({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      // The bundle no longer sits next to shared/, so say where the packaged document is.
      apiDocumentPath: join(paths.appRoot, 'shared', 'api', 'openapi.yaml'),
    });
  let notice: string | null = null;
  let running: Awaited<ReturnType<typeof startProviderServer>>;
  try {
    running = await start();
  } catch (error) {
    if (!(error instanceof JournalCorruptError) || !existsSync(dataDir)) throw error;
    // Colons are not allowed in Windows file names.
    const stamp = (paths.now ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-');
    const aside = `provider.corrupt-${stamp}`;
    renameSync(dataDir, join(paths.userData, aside));
    notice = `The demo provider's data could not be read (${error.message}); it was moved to ${aside} and the demo starts fresh.`;
    running = await start();
  }
  return {
    embedded: { url: running.url, token: running.tokens.admin },
    stop: () => running.close(),
    notice,
  };
}
