import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../../../shared/ipc/bridge';

/** A short message about a menu command that had nothing to act on. */
export type CommandNotice = 'nothingToExport';

export interface CommandState {
  readonly notice: CommandNotice | null;
  /**
   * A screen that can export says how, under its route key (see app.tsx `routeKey`); the
   * menu's Export runs the action of the screen shown. Returns the unregistration.
   */
  readonly registerExport: (routeKey: string, run: () => void) => Unsubscribe;
  /** Runs the shown screen's export, or says there is nothing to export. */
  readonly runExport: (routeKey: string) => void;
  readonly dismissNotice: () => void;
}

export type CommandStore = StoreApi<CommandState>;

export function createCommandStore(): CommandStore {
  const exports = new Map<string, () => void>();
  return createStore<CommandState>()((set) => ({
    notice: null,
    registerExport: (routeKey, run) => {
      exports.set(routeKey, run);
      return () => {
        if (exports.get(routeKey) === run) exports.delete(routeKey);
      };
    },
    runExport: (routeKey) => {
      const run = exports.get(routeKey);
      if (run) {
        set({ notice: null });
        run();
      } else {
        set({ notice: 'nothingToExport' });
      }
    },
    dismissNotice: () => {
      set({ notice: null });
    },
  }));
}
