import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { Overview } from '../../../../shared/ipc/schemas/tenant';
import {
  createOverviewStore,
  lastOverview,
} from '../../../../renderer/src/features/overview/overview-store';
import { deferred, fakeBridge, sampleOverview } from '../../fake-bridge';

const failure: IpcResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'shell broke' },
};

describe('overview store', () => {
  it('starts idle and does not call the bridge until asked', () => {
    let calls = 0;
    const store = createOverviewStore(
      fakeBridge({ overview: { get: () => (calls++, Promise.resolve(failure)) } }),
    );
    expect(store.getState().load).toEqual({ status: 'idle' });
    expect(calls).toBe(0);
  });

  it('goes loading then ready with the overview the bridge answered', async () => {
    const answer = deferred<IpcResult<Overview>>();
    const store = createOverviewStore(fakeBridge({ overview: { get: () => answer.promise } }));
    const done = store.getState().refresh();
    expect(store.getState().load).toEqual({ status: 'loading', previous: null });
    const overview = sampleOverview();
    answer.resolve({ ok: true, value: overview });
    await done;
    expect(store.getState().load).toEqual({ status: 'ready', overview });
  });

  it('keeps the last figures while refreshing and after a failed refresh', async () => {
    const first = sampleOverview();
    const answers: IpcResult<Overview>[] = [{ ok: true, value: first }, failure];
    const store = createOverviewStore(
      fakeBridge({ overview: { get: () => Promise.resolve(answers.shift() ?? failure) } }),
    );
    await store.getState().refresh();
    const second = store.getState().refresh();
    expect(store.getState().load).toEqual({ status: 'loading', previous: first });
    await second;
    expect(store.getState().load).toEqual({
      status: 'failed',
      error: { code: 'internal', message: 'shell broke' },
      previous: first,
    });
    expect(lastOverview(store.getState().load)).toBe(first);
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const slow = deferred<IpcResult<Overview>>();
    const fast = deferred<IpcResult<Overview>>();
    const queue = [slow, fast];
    const store = createOverviewStore(
      fakeBridge({ overview: { get: () => queue.shift()?.promise ?? Promise.resolve(failure) } }),
    );
    const older = store.getState().refresh();
    const newer = store.getState().refresh();
    const fresh = sampleOverview({ fetchedAt: '2025-06-02T00:00:00.000Z' });
    fast.resolve({ ok: true, value: fresh });
    await newer;
    slow.resolve({ ok: true, value: sampleOverview({ fetchedAt: '2025-01-01T00:00:00.000Z' }) });
    await older;
    expect(store.getState().load).toEqual({ status: 'ready', overview: fresh });
  });
});
