import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { Overview } from '../../../../shared/ipc/schemas/tenant';

/** What the overview screen shows; `previous` keeps the last figures visible while refreshing. */
export type OverviewLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: Overview | null }
  | { readonly status: 'ready'; readonly overview: Overview }
  | { readonly status: 'failed'; readonly error: IpcError; readonly previous: Overview | null };

export interface OverviewState {
  readonly load: OverviewLoad;
  /** Reads the overview through the bridge; a newer call supersedes an older one. */
  readonly refresh: () => Promise<void>;
}

export type OverviewStore = StoreApi<OverviewState>;

export function lastOverview(load: OverviewLoad): Overview | null {
  switch (load.status) {
    case 'idle':
      return null;
    case 'loading':
    case 'failed':
      return load.previous;
    case 'ready':
      return load.overview;
  }
}

export function createOverviewStore(bridge: Pick<PccBridge, 'overview'>): OverviewStore {
  // Requests are numbered so a slow answer never overwrites a newer one.
  let latest = 0;
  return createStore<OverviewState>()((set, get) => ({
    load: { status: 'idle' },
    refresh: async () => {
      const request = ++latest;
      set({ load: { status: 'loading', previous: lastOverview(get().load) } });
      const result = await bridge.overview.get();
      if (request !== latest) return;
      set({
        load: result.ok
          ? { status: 'ready', overview: result.value }
          : { status: 'failed', error: result.error, previous: lastOverview(get().load) },
      });
    },
  }));
}
