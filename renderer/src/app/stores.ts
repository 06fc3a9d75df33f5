import { createContext, useContext } from 'react';
import type { PccBridge } from '../../../shared/ipc/bridge';
import {
  createAccessAlertsStore,
  type AccessAlertsStore,
} from '../features/access/access-alerts-store';
import {
  createAccessEventsStore,
  type AccessEventsStore,
} from '../features/access/access-events-store';
import {
  createAccessRequestsStore,
  type AccessRequestsStore,
} from '../features/access/access-requests-store';
import { createAppInfoStore, type AppInfoStore } from '../features/app-info/app-info-store';
import {
  activeConnection,
  createConnectionsStore,
  type ConnectionsStore,
} from '../features/connections/connections-store';
import { createLogReviewStore, type LogReviewStore } from '../features/log-review/log-review-store';
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
import { createResidencyStore, type ResidencyStore } from '../features/residency/residency-store';

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
  readonly residency: ResidencyStore;
  readonly accessEvents: AccessEventsStore;
  readonly accessAlerts: AccessAlertsStore;
  readonly accessRequests: AccessRequestsStore;
  readonly logReview: LogReviewStore;
}

export function createAppStores(bridge: PccBridge): AppStores {
  const overview = createOverviewStore(bridge);
  // Every feature shows the active connection's data: when it changes (switched, signed in
  // or out, back online), the stores that read from the provider read again.
  let stores: AppStores | null = null;
  const connections = createConnectionsStore(bridge, {
    onActiveChanged: () => {
      void overview.getState().refresh();
      if (stores) rereadForConnection(stores);
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
  stores = {
    appInfo: createAppInfoStore(bridge),
    connections,
    overview,
    preferences: createPreferencesStore(bridge),
    // Desktop integration (issue 8).
    commands: createCommandStore(),
    diagnostics: createDiagnosticsStore(bridge),
    recentFiles: createRecentFilesStore(bridge),
    settings: createSettingsStore(bridge),
    residency: createResidencyStore(bridge),
    accessEvents: createAccessEventsStore(bridge),
    accessAlerts: createAccessAlertsStore(bridge),
    // A decision changes the overview's count of pending requests.
    accessRequests: createAccessRequestsStore(bridge, () => void overview.getState().refresh()),
    logReview: createLogReviewStore(bridge),
  };
  return stores;
}

/** What was already read came from the previous connection: read it again from the new one. */
function rereadForConnection(stores: AppStores): void {
  void stores.appInfo.getState().loadInfo();
  if (stores.residency.getState().load.status !== 'idle')
    void stores.residency.getState().refresh();
  const events = stores.accessEvents.getState();
  if (events.table.status !== 'idle') void events.applyFilter(events.filter, events.range);
  if (stores.accessAlerts.getState().load.status !== 'idle')
    void stores.accessAlerts.getState().refresh();
  if (stores.accessRequests.getState().load.status !== 'idle')
    void stores.accessRequests.getState().refresh();
  if (stores.settings.getState().catalogue.status !== 'idle')
    void stores.settings.getState().refresh();
}

/**
 * Starts reading what a section shows as soon as it is navigated to, while its (lazily loaded)
 * screen is still arriving, so the data and the code travel at the same time.
 */
export function openSection(stores: AppStores, id: string): void {
  switch (id) {
    case 'data-residency':
      if (stores.residency.getState().load.status === 'idle')
        void stores.residency.getState().refresh();
      break;
    case 'access-events':
      // The table first: the alert scan waits for its first page so it never delays it.
      void stores.accessEvents
        .getState()
        .open()
        .then(() => stores.accessAlerts.getState().open());
      break;
    case 'access-requests':
      void stores.accessRequests.getState().open();
      break;
  }
}

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext provider above it.');
  return stores;
}
