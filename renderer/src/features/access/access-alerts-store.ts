import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { AlertsReport } from '../../../../shared/ipc/schemas/access-alerts';
import { settle, startLoading, type Load } from '../common/load';

export interface AccessAlertsState {
  readonly load: Load<AlertsReport>;
  readonly refresh: () => Promise<void>;
  /** Reads once; later visits show what was read until Refresh. */
  readonly open: () => Promise<void>;
}

export type AccessAlertsStore = StoreApi<AccessAlertsState>;

export function createAccessAlertsStore(bridge: Pick<PccBridge, 'access'>): AccessAlertsStore {
  let latest = 0;
  return createStore<AccessAlertsState>()((set, get) => {
    const refresh = async () => {
      const request = ++latest;
      set({ load: startLoading(get().load) });
      const result = await bridge.access.listAlerts();
      if (request === latest) set({ load: settle(get().load, result) });
    };
    return {
      load: { status: 'idle' },
      refresh,
      open: async () => {
        if (get().load.status === 'idle') await refresh();
      },
    };
  });
}
