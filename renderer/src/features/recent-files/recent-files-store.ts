import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { RecentFile } from '../../../../shared/ipc/schemas/recent-files';

export type RecentFilesLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly RecentFile[] }
  | { readonly status: 'failed'; readonly error: IpcError };

export interface RecentFilesState {
  readonly load: RecentFilesLoad;
  readonly refresh: () => Promise<void>;
  readonly clear: () => Promise<void>;
}

export type RecentFilesStore = StoreApi<RecentFilesState>;

export function createRecentFilesStore(bridge: Pick<PccBridge, 'recent'>): RecentFilesStore {
  let latest = 0;
  const settle = (request: number, result: Awaited<ReturnType<PccBridge['recent']['list']>>) =>
    request !== latest
      ? null
      : result.ok
        ? ({ status: 'ready', entries: result.value.entries } as const)
        : ({ status: 'failed', error: result.error } as const);
  return createStore<RecentFilesState>()((set) => ({
    load: { status: 'idle' },
    refresh: async () => {
      const request = ++latest;
      set({ load: { status: 'loading' } });
      const load = settle(request, await bridge.recent.list());
      if (load) set({ load });
    },
    clear: async () => {
      const request = ++latest;
      const load = settle(request, await bridge.recent.clear());
      if (load) set({ load });
    },
  }));
}
