import { describe, expect, it } from 'vitest';
import type { RecentFile } from '../../../../shared/ipc/schemas/recent-files';
import { createRecentFilesStore } from '../../../../renderer/src/features/recent-files/recent-files-store';
import { fakeBridge } from '../../fake-bridge';

const entry: RecentFile = {
  id: '0123456789abcdef',
  kind: 'log',
  name: 'audit.csv',
  folder: '/data',
  openedAt: '2025-06-01T10:00:00.000Z',
  available: true,
};

describe('recent files store', () => {
  it('reads the list, then clears it', async () => {
    const store = createRecentFilesStore(
      fakeBridge({
        recent: {
          list: () => Promise.resolve({ ok: true, value: { entries: [entry] } }),
          clear: () => Promise.resolve({ ok: true, value: { entries: [] } }),
        },
      }),
    );
    const loading = store.getState().refresh();
    expect(store.getState().load).toEqual({ status: 'loading' });
    await loading;
    expect(store.getState().load).toEqual({ status: 'ready', entries: [entry] });
    await store.getState().clear();
    expect(store.getState().load).toEqual({ status: 'ready', entries: [] });
  });

  it('records a failed read', async () => {
    const error = { code: 'internal', message: 'unreadable' } as const;
    const store = createRecentFilesStore(
      fakeBridge({ recent: { list: () => Promise.resolve({ ok: false, error }) } }),
    );
    await store.getState().refresh();
    expect(store.getState().load).toEqual({ status: 'failed', error });
  });
});
