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
import { createOverviewStore, type OverviewStore } from '../features/overview/overview-store';
import {
  createPreferencesStore,
  type PreferencesStore,
} from '../features/preferences/preferences-store';
import { createResidencyStore, type ResidencyStore } from '../features/residency/residency-store';

/** One store per feature, all built on the same checked bridge. */
export interface AppStores {
  readonly appInfo: AppInfoStore;
  readonly overview: OverviewStore;
  readonly preferences: PreferencesStore;
  readonly residency: ResidencyStore;
  readonly accessEvents: AccessEventsStore;
  readonly accessAlerts: AccessAlertsStore;
  readonly accessRequests: AccessRequestsStore;
}

export function createAppStores(bridge: PccBridge): AppStores {
  const overview = createOverviewStore(bridge);
  return {
    appInfo: createAppInfoStore(bridge),
    overview,
    preferences: createPreferencesStore(bridge),
    residency: createResidencyStore(bridge),
    accessEvents: createAccessEventsStore(bridge),
    accessAlerts: createAccessAlertsStore(bridge),
    // A decision changes the overview's count of pending requests.
    accessRequests: createAccessRequestsStore(bridge, () => void overview.getState().refresh()),
  };
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
