import { join } from 'node:path';
import { startProviderServer } from '../provider/server';
import type { ProviderConnection } from '../services/app-services';
import type { ProviderChoice } from '../services/app-settings-store';

export interface StartedProvider {
  readonly connection: ProviderConnection;
  /** Stops the embedded provider; nothing to stop for a remote one. */
  readonly stop: () => Promise<void>;
}

/**
 * The provider the app talks to. `PCC_PROVIDER_URL` + `PCC_PROVIDER_TOKEN` point the app at
 * another provider for this run; otherwise the stored choice decides. The embedded provider
 * keeps its data under userData/provider and listens on a random loopback port; its token
 * never leaves main. (Remote tokens move to the OS keychain with the settings screen.)
 */
export async function startProvider(
  choice: ProviderChoice,
  paths: { readonly userData: string; readonly appRoot: string },
  env: NodeJS.ProcessEnv,
): Promise<StartedProvider> {
  const url = env.PCC_PROVIDER_URL ?? (choice.kind === 'remote' ? choice.url : undefined);
  if (url !== undefined && url !== '') {
    return {
      connection: { kind: 'remote', url, token: env.PCC_PROVIDER_TOKEN ?? '' },
      stop: () => Promise.resolve(),
    };
  }
  const running = await startProviderServer({
    dataDir: join(paths.userData, 'provider'),
    host: '127.0.0.1',
    port: 0,
    // The bundle no longer sits next to shared/, so say where the packaged document is.
    apiDocumentPath: join(paths.appRoot, 'shared', 'api', 'openapi.yaml'),
  });
  return {
    connection: { kind: 'embedded', url: running.url, token: running.tokens.admin },
    stop: () => running.close(),
  };
}
