import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import type { SettingsState } from './settings-store';

/** A narrow selector on the settings store (components never take the whole state). */
export function useSettings<T>(select: (state: SettingsState) => T): T {
  return useStore(useStores().settings, select);
}
