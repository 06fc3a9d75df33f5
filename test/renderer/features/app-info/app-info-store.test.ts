import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../shared/ipc/schemas/app';
import {
  createAppInfoStore,
  visibleNotice,
} from '../../../../renderer/src/features/app-info/app-info-store';
import { fakeBridge } from '../../fake-bridge';

function info(patch: Partial<AppInfo> = {}): AppInfo {
  return {
    version: '0.1.0',
    storeNotice: null,
    provider: { kind: 'embedded', url: 'http://127.0.0.1:4000' },
    ...patch,
  };
}

describe('app info store', () => {
  it('shows the store notice until it is dismissed', async () => {
    const notice = {
      reason: 'not-json',
      detail: null,
      movedTo: 'app-settings.corrupt-1.json',
    } as const;
    const store = createAppInfoStore(
      fakeBridge({
        app: { getInfo: () => Promise.resolve({ ok: true, value: info({ storeNotice: notice }) }) },
      }),
    );
    expect(visibleNotice(store.getState())).toBeNull();
    await store.getState().loadInfo();
    expect(visibleNotice(store.getState())).toEqual(notice);
    store.getState().dismissNotice();
    expect(visibleNotice(store.getState())).toBeNull();
  });

  it('has no notice when the store opened cleanly', async () => {
    const store = createAppInfoStore(
      fakeBridge({ app: { getInfo: () => Promise.resolve({ ok: true, value: info() }) } }),
    );
    await store.getState().loadInfo();
    expect(store.getState().load.status).toBe('ready');
    expect(visibleNotice(store.getState())).toBeNull();
  });

  it('records a failed read', async () => {
    const error = { code: 'internal', message: 'no shell' } as const;
    const store = createAppInfoStore(
      fakeBridge({ app: { getInfo: () => Promise.resolve({ ok: false, error }) } }),
    );
    await store.getState().loadInfo();
    expect(store.getState().load).toEqual({ status: 'failed', error });
  });
});
