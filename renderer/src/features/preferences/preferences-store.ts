import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { LanguagePreference, ThemePreference } from '../../../../shared/ipc/schemas/app';

export type PreferencesLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly error: IpcError };

export interface PreferencesState {
  readonly load: PreferencesLoad;
  /** The theme in effect; 'system' until the saved preference is read. */
  readonly theme: ThemePreference;
  /** The language choice in effect; 'system' until the saved preference is read. */
  readonly language: LanguagePreference;
  /** Set when the last change could not be saved (the choice is then put back). */
  readonly saveError: IpcError | null;
  /** Which choice `saveError` is about. */
  readonly saveErrorFor: 'theme' | 'language' | null;
  readonly loadPreferences: () => Promise<void>;
  readonly setTheme: (theme: ThemePreference) => Promise<void>;
  readonly setLanguage: (language: LanguagePreference) => Promise<void>;
}

export type PreferencesStore = StoreApi<PreferencesState>;

export function createPreferencesStore(bridge: Pick<PccBridge, 'preferences'>): PreferencesStore {
  // Changes are numbered so an older save answering late cannot undo a newer choice.
  let latestThemeSave = 0;
  let latestLanguageSave = 0;
  return createStore<PreferencesState>()((set, get) => ({
    load: { status: 'idle' },
    theme: 'system',
    language: 'system',
    saveError: null,
    saveErrorFor: null,
    loadPreferences: async () => {
      set({ load: { status: 'loading' } });
      const result = await bridge.preferences.get();
      if (!result.ok) {
        set({ load: { status: 'failed', error: result.error } });
        return;
      }
      // A choice the user made while loading wins over the stored value.
      set({
        load: { status: 'ready' },
        ...(latestThemeSave > 0 ? {} : { theme: result.value.theme }),
        ...(latestLanguageSave > 0 ? {} : { language: result.value.language }),
      });
    },
    setTheme: async (theme) => {
      const save = ++latestThemeSave;
      const before = get().theme;
      // Applied at once so the UI answers the click; put back if the shell refuses it.
      set({ theme, saveError: null, saveErrorFor: null });
      const result = await bridge.preferences.setTheme({ theme });
      if (save !== latestThemeSave) return;
      set(
        result.ok
          ? { theme: result.value.theme }
          : { theme: before, saveError: result.error, saveErrorFor: 'theme' },
      );
    },
    setLanguage: async (language) => {
      const save = ++latestLanguageSave;
      const before = get().language;
      set({ language, saveError: null, saveErrorFor: null });
      const result = await bridge.preferences.setLanguage({ language });
      if (save !== latestLanguageSave) return;
      set(
        result.ok
          ? { language: result.value.language }
          : { language: before, saveError: result.error, saveErrorFor: 'language' },
      );
    },
  }));
}
