import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { DiagnosticsExport } from '../../../../shared/ipc/schemas/diagnostics';

export type DiagnosticsExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'exporting' }
  | { readonly status: 'done'; readonly result: DiagnosticsExport }
  | { readonly status: 'failed'; readonly error: IpcError };

export interface DiagnosticsState {
  readonly export: DiagnosticsExportState;
  /** Asks main for a file (a save dialog) and writes the bundle there. */
  readonly exportDiagnostics: () => Promise<void>;
}

export type DiagnosticsStore = StoreApi<DiagnosticsState>;

export function createDiagnosticsStore(bridge: Pick<PccBridge, 'diagnostics'>): DiagnosticsStore {
  return createStore<DiagnosticsState>()((set, get) => ({
    export: { status: 'idle' },
    exportDiagnostics: async () => {
      // One dialog at a time: a second click or menu command while one is open does nothing.
      if (get().export.status === 'exporting') return;
      set({ export: { status: 'exporting' } });
      const result = await bridge.diagnostics.export();
      set({
        export: result.ok
          ? { status: 'done', result: result.value }
          : { status: 'failed', error: result.error },
      });
    },
  }));
}
