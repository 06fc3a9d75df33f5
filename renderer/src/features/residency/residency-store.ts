import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type {
  ResidencyExportFormat,
  ResidencyFindingItem,
  ResidencySnapshot,
} from '../../../../shared/ipc/schemas/residency';
import { settle, startLoading, type Load } from '../common/load';

/** Which locations the map and the table show; both always show the same ones. */
export interface ResidencyView {
  readonly service: string | null;
  readonly category: string | null;
  readonly onlyFlagged: boolean;
}

export type ResidencyExport =
  | { readonly status: 'idle' }
  | { readonly status: 'saving'; readonly format: ResidencyExportFormat }
  | { readonly status: 'saved'; readonly format: ResidencyExportFormat; readonly fileName: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: IpcError };

export interface ResidencyState {
  readonly load: Load<ResidencySnapshot>;
  readonly view: ResidencyView;
  readonly exported: ResidencyExport;
  readonly refresh: () => Promise<void>;
  readonly setView: (patch: Partial<ResidencyView>) => void;
  readonly exportReport: (format: ResidencyExportFormat) => Promise<void>;
}

export type ResidencyStore = StoreApi<ResidencyState>;

export const allLocations: ResidencyView = { service: null, category: null, onlyFlagged: false };

export function visibleFindings(
  findings: readonly ResidencyFindingItem[],
  view: ResidencyView,
): ResidencyFindingItem[] {
  return findings.filter(
    (f) =>
      (view.service === null || f.location.service === view.service) &&
      (view.category === null || f.location.category === view.category) &&
      (!view.onlyFlagged || f.flagged),
  );
}

export function createResidencyStore(bridge: Pick<PccBridge, 'residency'>): ResidencyStore {
  let latest = 0;
  return createStore<ResidencyState>()((set, get) => ({
    load: { status: 'idle' },
    view: allLocations,
    exported: { status: 'idle' },
    refresh: async () => {
      const request = ++latest;
      set({ load: startLoading(get().load) });
      const result = await bridge.residency.getSnapshot();
      if (request === latest) set({ load: settle(get().load, result) });
    },
    setView: (patch) => {
      set({ view: { ...get().view, ...patch } });
    },
    exportReport: async (format) => {
      set({ exported: { status: 'saving', format } });
      const result = await bridge.residency.exportReport({ format });
      if (!result.ok) {
        set({ exported: { status: 'failed', error: result.error } });
      } else if (result.value.status === 'cancelled') {
        set({ exported: { status: 'cancelled' } });
      } else {
        set({ exported: { status: 'saved', format, fileName: result.value.fileName } });
      }
    },
  }));
}
