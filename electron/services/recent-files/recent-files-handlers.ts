import { basename, dirname } from 'node:path';
import type { RecentFile } from '../../../shared/ipc/schemas/recent-files';
import type { ChannelHandlers } from '../ipc-registry';
import { isAvailable, type RecentFilesStore, type StoredRecentFile } from './recent-files-store';

function shown(entry: StoredRecentFile): RecentFile {
  return {
    id: entry.id,
    kind: entry.kind,
    name: basename(entry.path),
    folder: dirname(entry.path),
    openedAt: entry.openedAt,
    available: isAvailable(entry),
  };
}

export function createRecentFilesHandlers(
  store: RecentFilesStore,
): Pick<ChannelHandlers, 'recent:list' | 'recent:clear'> {
  return {
    'recent:list': () => Promise.resolve({ entries: store.list().map(shown) }),
    'recent:clear': () => {
      store.clear();
      return Promise.resolve({ entries: [] });
    },
  };
}
