import { createContext, useContext } from 'react';
import type { PccBridge } from '../../../shared/ipc/bridge';
import { createAppInfoStore, type AppInfoStore } from '../features/app-info/app-info-store';
import { createOverviewStore, type OverviewStore } from '../features/overview/overview-store';
import {
  createPreferencesStore,
  type PreferencesStore,
} from '../features/preferences/preferences-store';
// Desktop integration (issue 8).
import {
  createDiagnosticsStore,
  type DiagnosticsStore,
} from '../features/diagnostics/diagnostics-store';
import {
  createRecentFilesStore,
  type RecentFilesStore,
} from '../features/recent-files/recent-files-store';
import { createCommandStore, type CommandStore } from '../features/shell/command-store';

/** One store per feature, all built on the same checked bridge. */
export interface AppStores {
  readonly appInfo: AppInfoStore;
  readonly overview: OverviewStore;
  readonly preferences: PreferencesStore;
  // Desktop integration (issue 8).
  readonly commands: CommandStore;
  readonly diagnostics: DiagnosticsStore;
  readonly recentFiles: RecentFilesStore;
}

export function createAppStores(bridge: PccBridge): AppStores {
  return {
    appInfo: createAppInfoStore(bridge),
    overview: createOverviewStore(bridge),
    preferences: createPreferencesStore(bridge),
    // Desktop integration (issue 8).
    commands: createCommandStore(),
    diagnostics: createDiagnosticsStore(bridge),
    recentFiles: createRecentFilesStore(bridge),
  };
}

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext provider above it.');
  return stores;
}
