import { createContext, useContext } from 'react';
import type { PccBridge } from '../../../shared/ipc/bridge';
import { createAppInfoStore, type AppInfoStore } from '../features/app-info/app-info-store';
import { createLogReviewStore, type LogReviewStore } from '../features/log-review/log-review-store';
import { createOverviewStore, type OverviewStore } from '../features/overview/overview-store';
import {
  createPreferencesStore,
  type PreferencesStore,
} from '../features/preferences/preferences-store';

/** One store per feature, all built on the same checked bridge. */
export interface AppStores {
  readonly appInfo: AppInfoStore;
  readonly overview: OverviewStore;
  readonly preferences: PreferencesStore;
  readonly logReview: LogReviewStore;
}

export function createAppStores(bridge: PccBridge): AppStores {
  return {
    appInfo: createAppInfoStore(bridge),
    overview: createOverviewStore(bridge),
    preferences: createPreferencesStore(bridge),
    logReview: createLogReviewStore(bridge),
  };
}

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext provider above it.');
  return stores;
}
