import type { ThemePreference } from '../../shared/ipc/schemas/app';
import type { AppSettingsStore } from './app-settings-store';
import type { FileDialogs } from './file-dialogs';
import { checkExternalUrl } from './external-url-policy';
import type { ChannelHandlers } from './ipc-registry';
import { createLogReviewHandlers } from './log-review/log-review-handlers';
import { failureToServiceError, readOverview, readTenant } from './overview-service';
import { createProviderClient } from './provider-client';
import { ServiceError } from './service-error';

export interface ProviderConnection {
  readonly kind: 'embedded' | 'remote';
  readonly url: string;
  /** Held in main only: no channel ever returns it. */
  readonly token: string;
}

export interface ChannelHandlerDeps {
  readonly provider: ProviderConnection;
  readonly settings: AppSettingsStore;
  /** The app's own data folder (Electron's userData; a temp folder in tests). */
  readonly dataDir: string;
  readonly dialogs: FileDialogs;
  readonly storeNotice: string | null;
  readonly version: string;
  /** Opens an https URL the policy allowed in the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
  /** Main follows the preference with nativeTheme; the harness leaves it out. */
  readonly onThemeChanged?: (theme: ThemePreference) => void;
}

/** Builds every channel's handler from the app's capabilities: one entry per contract channel. */
export function createChannelHandlers(deps: ChannelHandlerDeps): ChannelHandlers {
  const client = createProviderClient({
    baseUrl: deps.provider.url,
    token: deps.provider.token,
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
  });
  const overviewDeps = {
    client,
    providerUrl: deps.provider.url,
    ...(deps.now === undefined ? {} : { now: deps.now }),
  };

  return {
    'app:get-info': () =>
      Promise.resolve({
        version: deps.version,
        storeNotice: deps.storeNotice,
        provider: { kind: deps.provider.kind, url: deps.provider.url },
      }),
    'tenant:get': async () => {
      const read = await readTenant(client);
      if (!read.ok) throw failureToServiceError(read.failure);
      return read.data;
    },
    'overview:get': () => readOverview(overviewDeps),
    'preferences:get': () => Promise.resolve({ theme: deps.settings.get().theme }),
    'preferences:set-theme': ({ theme }) => {
      const saved = deps.settings.setTheme(theme);
      deps.onThemeChanged?.(saved.theme);
      return Promise.resolve({ theme: saved.theme });
    },
    'links:open-external': async ({ url }) => {
      const decision = checkExternalUrl(url);
      if (!decision.allowed) throw new ServiceError('bad_request', decision.reason);
      await deps.openExternal(decision.url);
      return null;
    },
    ...createLogReviewHandlers({
      dataDir: deps.dataDir,
      dialogs: deps.dialogs,
      getClient: () => client,
      providerUrl: () => deps.provider.url,
    }),
  };
}
