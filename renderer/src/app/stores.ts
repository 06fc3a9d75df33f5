import { createContext, useContext } from 'react';
import type { PccBridge } from '../../../shared/ipc/bridge';
import { createAppInfoStore, type AppInfoStore } from '../features/app-info/app-info-store';
import {
  activeConnection,
  createConnectionsStore,
  type ConnectionsStore,
} from '../features/connections/connections-store';
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
import { createSettingsStore, type SettingsStore } from '../features/settings/settings-store';

/** One store per feature, all built on the same checked bridge. */
export interface AppStores {
  readonly appInfo: AppInfoStore;
  readonly connections: ConnectionsStore;
  readonly overview: OverviewStore;
  readonly preferences: PreferencesStore;
  // Desktop integration (issue 8).
  readonly commands: CommandStore;
  readonly diagnostics: DiagnosticsStore;
  readonly recentFiles: RecentFilesStore;
  readonly settings: SettingsStore;
}

export function createAppStores(bridge: PccBridge): AppStores {
  const overview = createOverviewStore(bridge);
  // Every feature shows the active connection's data: when it changes (switched, signed in
  // or out, back online), the stores that read from the provider read again.
  const connections = createConnectionsStore(bridge, {
    onActiveChanged: () => {
      void overview.getState().refresh();
    },
  });
  overview.subscribe((state, previous) => {
    if (state.load === previous.load || state.load.status !== 'ready') return;
    const offline = state.load.overview.connection.state === 'offline';
    const listedOffline =
      activeConnection(connections.getState().load)?.network.state === 'offline';
    if (offline || listedOffline) {
      void connections
        .getState()
        .loadList()
        .then(() => {
          connections.getState().watchWhileOffline();
        });
    }
  });
  return {
    appInfo: createAppInfoStore(bridge),
    connections,
    overview,
    preferences: createPreferencesStore(bridge),
    // Desktop integration (issue 8).
    commands: createCommandStore(),
    diagnostics: createDiagnosticsStore(bridge),
    recentFiles: createRecentFilesStore(bridge),
    settings: createSettingsStore(bridge),
  };
}

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext provider above it.');
  return stores;
}
