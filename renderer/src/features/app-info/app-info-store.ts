import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { AppInfo, StoreNotice } from '../../../../shared/ipc/schemas/app';

export type AppInfoLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo }
  | { readonly status: 'failed'; readonly error: IpcError };

export interface AppInfoState {
  readonly load: AppInfoLoad;
  /** The store notice stays dismissed for this session once the user closed it. */
  readonly noticeDismissed: boolean;
  readonly loadInfo: () => Promise<void>;
  readonly dismissNotice: () => void;
}

export type AppInfoStore = StoreApi<AppInfoState>;

export function createAppInfoStore(bridge: Pick<PccBridge, 'app'>): AppInfoStore {
  return createStore<AppInfoState>()((set) => ({
    load: { status: 'idle' },
    noticeDismissed: false,
    loadInfo: async () => {
      set({ load: { status: 'loading' } });
      const result = await bridge.app.getInfo();
      set({
        load: result.ok
          ? { status: 'ready', info: result.value }
          : { status: 'failed', error: result.error },
      });
    },
    dismissNotice: () => {
      set({ noticeDismissed: true });
    },
  }));
}

/** The notice to show, or null when there is none or it was dismissed. */
export function visibleNotice(
  state: Pick<AppInfoState, 'load' | 'noticeDismissed'>,
): StoreNotice | null {
  if (state.noticeDismissed || state.load.status !== 'ready') return null;
  return state.load.info.storeNotice;
}
