import { useSyncExternalStore } from 'react';
import type { RowCache } from './row-cache';

/** Re-renders when the row cache gets pages; returns its change counter. */
export function useRowCache(cache: RowCache): number {
  return useSyncExternalStore(cache.subscribe, cache.version);
}
