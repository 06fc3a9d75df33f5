import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { ThemePreference } from '../../../../shared/ipc/schemas/app';

export type PreferencesLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly error: IpcError };

export interface PreferencesState {
  readonly load: PreferencesLoad;
  /** The theme in effect; 'system' until the saved preference is read. */
  readonly theme: ThemePreference;
  /** Set when the last change could not be saved (the theme is then put back). */
  readonly saveError: IpcError | null;
  readonly loadPreferences: () => Promise<void>;
  readonly setTheme: (theme: ThemePreference) => Promise<void>;
}

export type PreferencesStore = StoreApi<PreferencesState>;

export function createPreferencesStore(bridge: Pick<PccBridge, 'preferences'>): PreferencesStore {
  // Changes are numbered so an older save answering late cannot undo a newer choice.
  let latestSave = 0;
  return createStore<PreferencesState>()((set, get) => ({
    load: { status: 'idle' },
    theme: 'system',
    saveError: null,
    loadPreferences: async () => {
      set({ load: { status: 'loading' } });
      const result = await bridge.preferences.get();
      if (!result.ok) {
        set({ load: { status: 'failed', error: result.error } });
        return;
      }
      // A choice the user made while loading wins over the stored value.
      set(
        latestSave > 0
          ? { load: { status: 'ready' } }
          : { load: { status: 'ready' }, theme: result.value.theme },
      );
    },
    setTheme: async (theme) => {
      const save = ++latestSave;
      const before = get().theme;
      // Applied at once so the UI answers the click; put back if the shell refuses it.
      set({ theme, saveError: null });
      const result = await bridge.preferences.setTheme({ theme });
      if (save !== latestSave) return;
      set(result.ok ? { theme: result.value.theme } : { theme: before, saveError: result.error });
    },
  }));
}
