import type {
  LanguagePreference,
  StoreNotice,
  ThemePreference,
} from '../../shared/ipc/schemas/app';
import type { AppSettingsStore, OpenConf } from './app-settings-store';
import type { DiagnosticsSource } from './diagnostics/diagnostics-bundle';
import { createDiagnosticsHandlers } from './diagnostics/diagnostics-handlers';
import { createRecentFilesHandlers } from './recent-files/recent-files-handlers';
import type { RecentFilesStore } from './recent-files/recent-files-store';
import { createAccessHandlers } from './access/access-handlers';
import type { FileDialogs } from './file-dialogs';
import { checkExternalUrl } from './external-url-policy';
import { createConnectionHandlers } from './connections/connection-handlers';
import type { ConnectionManager } from './connections/connection-manager';
import type { ChannelHandlers } from './ipc-registry';
import type { FileGrants, UserFiles } from './files/file-grants';
import { combineTaskProgress, type Progress } from './task-progress';
import { createLogReviewHandlers } from './log-review/log-review-handlers';
import { failureToServiceError, readTenant } from './overview-service';
import { readOverviewWithSnapshot } from './overview-snapshot';
import { createResidencyHandlers } from './residency/residency-handlers';
import { ServiceError } from './service-error';
import { createSettingsServices } from './settings/settings-handlers';

export interface ChannelHandlerDeps {
  /** The provider connections; every feature reads the active one's client and cache. */
  readonly connections: ConnectionManager;
  readonly settings: AppSettingsStore;
  /** The app's own data folder (Electron's userData; a temp folder in tests). */
  readonly dataDir: string;
  readonly dialogs: FileDialogs;
  readonly storeNotice: StoreNotice | null;
  readonly version: string;
  /** Opens a URL the policy allowed (external-url-policy.ts) in the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly now?: () => Date;
  /** How feature stores open their files: electron-store in main, `conf` (the default) elsewhere. */
  readonly openConf?: OpenConf;
  /** Main follows the preference with nativeTheme; the harness leaves it out. */
  readonly onThemeChanged?: (theme: ThemePreference) => void;
  /** Main relabels its menu in the chosen language; the harness leaves it out. */
  readonly onLanguageChanged?: (language: LanguagePreference) => void;
  /** Logs, crash dumps and runtime versions for "Export diagnostics". */
  readonly diagnostics: DiagnosticsSource;
  readonly recentFiles: RecentFilesStore;
  /** Dropped files by id; main's drop handler grants them (createFileGrants over recentFiles). */
  readonly fileGrants: FileGrants;
  /** Long work's progress for the taskbar or dock icon; the harness leaves it out. */
  readonly onTaskProgress?: (progress: Progress) => void;
}

/** Builds every channel's handler from the app's capabilities: one entry per contract channel. */
export function createChannelHandlers(deps: ChannelHandlerDeps): ChannelHandlers {
  // Read on every call, never kept: the user may switch connections between two requests.
  const getClient = () => deps.connections.getClient();
  const cacheDir = () => deps.connections.cacheDir();

  const files: UserFiles = {
    resolve: (fileId, kind) => deps.fileGrants.resolve(fileId, kind),
    remember: (kind, path) => {
      deps.recentFiles.add(kind, path);
    },
  };
  const progressOf = combineTaskProgress((progress) => deps.onTaskProgress?.(progress));
  const settings = createSettingsServices({
    getClient,
    cacheDir,
    dataDir: deps.dataDir,
    dialogs: deps.dialogs,
    files,
    onTaskProgress: progressOf('push'),
    ...(deps.openConf === undefined ? {} : { openConf: deps.openConf }),
    ...(deps.now === undefined ? {} : { now: deps.now }),
  });

  const featureDeps = {
    getClient,
    cacheDir,
    dialogs: deps.dialogs,
    ...(deps.now === undefined ? {} : { now: deps.now }),
  };

  return {
    ...settings.handlers,
    ...createResidencyHandlers(featureDeps),
    ...createAccessHandlers(featureDeps),
    'app:get-info': () =>
      Promise.resolve({
        version: deps.version,
        storeNotice: deps.storeNotice,
        provider: deps.connections.activeProvider(),
      }),
    'tenant:get': async () => {
      const read = await readTenant(getClient());
      if (!read.ok) throw failureToServiceError(read.failure);
      return read.data;
    },
    'overview:get': () =>
      readOverviewWithSnapshot({
        client: getClient(),
        cacheDir: cacheDir(),
        providerUrl: deps.connections.activeProvider().url,
        ...(deps.now === undefined ? {} : { now: deps.now }),
      }),
    'preferences:get': () => Promise.resolve(preferencesOf(deps.settings)),
    'preferences:set-theme': ({ theme }) => {
      const saved = deps.settings.setTheme(theme);
      deps.onThemeChanged?.(saved.theme);
      return Promise.resolve(preferencesOf(deps.settings));
    },
    'links:open-external': async ({ url }) => {
      // A loopback provider's sign-in page is the one http page that may open.
      const decision = checkExternalUrl(url, deps.connections.loopbackHttpOrigins());
      if (!decision.allowed) throw new ServiceError('bad_request', decision.reason);
      await deps.openExternal(decision.url);
      return null;
    },
    // Desktop integration (issue 8).
    'preferences:set-language': ({ language }) => {
      const saved = deps.settings.setLanguage(language);
      deps.onLanguageChanged?.(saved.language);
      return Promise.resolve(preferencesOf(deps.settings));
    },
    ...createDiagnosticsHandlers({
      dialogs: deps.dialogs,
      source: deps.diagnostics,
      version: deps.version,
      settings: () => deps.settings.get(),
      ...(deps.now === undefined ? {} : { now: deps.now }),
    }),
    ...createRecentFilesHandlers(deps.recentFiles),
    ...createConnectionHandlers(deps.connections),
    ...createLogReviewHandlers({
      dataDir: deps.dataDir,
      dialogs: deps.dialogs,
      files,
      getClient,
      providerUrl: () => deps.connections.activeProvider().url,
      onTaskProgress: progressOf('import'),
    }),
  };
}

function preferencesOf(settings: AppSettingsStore) {
  const { theme, language } = settings.get();
  return { theme, language };
}
