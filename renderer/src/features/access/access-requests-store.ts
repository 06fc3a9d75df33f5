import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type {
  AccessRequest,
  AccessRequestList,
  DecisionKind,
  TransparencyReport,
} from '../../../../shared/ipc/schemas/access-requests';
import { settle, startLoading, type Load } from '../common/load';

export interface AccessRequestsState {
  readonly load: Load<AccessRequestList>;
  readonly transparency: Load<TransparencyReport>;
  /** The last decision made here, announced until the next one. */
  readonly lastDecision: { readonly id: string; readonly decision: DecisionKind } | null;
  readonly refresh: () => Promise<void>;
  readonly open: () => Promise<void>;
  readonly loadTransparency: () => Promise<void>;
  /** Sends the decision; the answer (or the provider's refusal) goes back to the dialog. */
  readonly decide: (
    id: string,
    decision: DecisionKind,
    reason: string,
  ) => Promise<IpcResult<AccessRequest>>;
}

export type AccessRequestsStore = StoreApi<AccessRequestsState>;

export function createAccessRequestsStore(
  bridge: Pick<PccBridge, 'access'>,
  /** Called after a decision went through (the overview's pending count changed). */
  onDecided: () => void = () => undefined,
): AccessRequestsStore {
  let latest = 0;
  return createStore<AccessRequestsState>()((set, get) => {
    const refresh = async () => {
      const request = ++latest;
      set({ load: startLoading(get().load) });
      const result = await bridge.access.listRequests();
      if (request === latest) set({ load: settle(get().load, result) });
    };
    return {
      load: { status: 'idle' },
      transparency: { status: 'idle' },
      lastDecision: null,
      refresh,
      open: async () => {
        if (get().load.status === 'idle') await refresh();
      },
      loadTransparency: async () => {
        set({ transparency: startLoading(get().transparency) });
        const result = await bridge.access.getTransparencyReport();
        set({ transparency: settle(get().transparency, result) });
      },
      decide: async (id, decision, reason) => {
        const result = await bridge.access.decideRequest({ id, decision, reason });
        if (result.ok) {
          set({ lastDecision: { id, decision } });
          onDecided();
          await refresh();
        } else if (result.error.code === 'conflict' || result.error.code === 'not_found') {
          // Decided elsewhere or expired meanwhile: show the list as it is now.
          void refresh();
        }
        return result;
      },
    };
  });
}
