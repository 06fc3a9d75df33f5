import { join } from 'node:path';
import Conf from 'conf';
import type {
  LanguagePreference,
  StoreNotice,
  StoreNoticeReason,
  ThemePreference,
} from '../../shared/ipc/schemas/app';
import {
  appSettingsSchema,
  defaultAppSettings,
  readStoredSettings,
  type AppSettings,
  type WindowState,
} from './app-settings-schema';
import type { ConnectionsState } from './connections/connection-records';
import { moveStoreFileAside, readStoreFile } from './store-files/store-file';

export type { AppSettings, WindowState } from './app-settings-schema';

/** The part of `conf` (and of electron-store, which extends it) the settings store uses. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Opens the backing file. Main passes `({cwd, name}) => new ElectronStore({cwd, name})`;
 * Node code and tests use the default, `conf` (the same class electron-store extends).
 */
export type OpenConf = (options: { readonly cwd: string; readonly name: string }) => ConfLike;

export interface AppSettingsStore {
  readonly path: string;
  get(): AppSettings;
  setTheme(theme: ThemePreference): AppSettings;
  setLanguage(language: LanguagePreference): AppSettings;
  /** The connections and which one is active (connections/connection-manager.ts). */
  setConnections(state: ConnectionsState): AppSettings;
  setWindow(window: WindowState): AppSettings;
}

export interface OpenAppSettingsStoreOptions {
  readonly directory: string;
  /** File name without `.json`. */
  readonly name?: string;
  readonly open?: OpenConf;
  /** For the corrupt file's new name; injectable so tests know it. */
  readonly now?: () => Date;
}

export interface OpenedAppSettingsStore {
  readonly store: AppSettingsStore;
  /** What to tell the user when the old file could not be used; null otherwise. */
  readonly notice: StoreNotice | null;
}

const openWithConf: OpenConf = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, clearInvalidConfig: false });

type Existing =
  | { readonly kind: 'none' }
  | { readonly kind: 'valid'; readonly settings: AppSettings; readonly migrated: boolean }
  | {
      readonly kind: 'unusable';
      readonly reason: StoreNoticeReason;
      readonly detail: string | null;
    };

function inspect(file: string): Existing {
  const content = readStoreFile(file);
  if (content.kind === 'none') return { kind: 'none' };
  if (content.kind === 'not-json') return { kind: 'unusable', reason: 'not-json', detail: null };
  const result = readStoredSettings(content.value);
  return result.ok
    ? { kind: 'valid', settings: result.settings, migrated: result.migrated }
    : { kind: 'unusable', reason: result.code, detail: result.detail };
}

/**
 * Opens the app settings. A file that cannot be read as settings is moved aside (never
 * deleted: the user may want it back) and the app starts on defaults with a notice, instead
 * of crashing at start-up.
 */
export function openAppSettingsStore(options: OpenAppSettingsStoreOptions): OpenedAppSettingsStore {
  const name = options.name ?? 'app-settings';
  const file = join(options.directory, `${name}.json`);
  const existing = inspect(file);
  let notice: StoreNotice | null = null;
  if (existing.kind === 'unusable') {
    const asideName = moveStoreFileAside(
      options.directory,
      name,
      (options.now ?? (() => new Date()))(),
    );
    notice = { reason: existing.reason, detail: existing.detail, movedTo: asideName };
  }
  const conf = (options.open ?? openWithConf)({ cwd: options.directory, name });
  let current: AppSettings = existing.kind === 'valid' ? existing.settings : defaultAppSettings;
  if (existing.kind !== 'valid' || existing.migrated) conf.store = { ...current };

  function update(next: AppSettings): AppSettings {
    current = appSettingsSchema.parse(next);
    conf.store = { ...current };
    return current;
  }

  return {
    notice,
    store: {
      path: conf.path,
      get: () => current,
      setTheme: (theme) => update({ ...current, theme }),
      setLanguage: (language) => update({ ...current, language }),
      setConnections: ({ connections, activeConnectionId }) =>
        update({ ...current, connections: [...connections], activeConnectionId }),
      setWindow: (window) => update({ ...current, window }),
    },
  };
}
