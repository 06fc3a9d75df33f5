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

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext provider above it.');
  return stores;
}
