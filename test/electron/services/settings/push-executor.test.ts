import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import type { Setting } from '../../../../electron/provider/types';
import {
  createPushExecutor,
  type PushExecutor,
} from '../../../../electron/services/settings/push-executor';
import { openPushStore } from '../../../../electron/services/settings/push-store';
import { setUserTextLanguage } from '../../../../electron/services/user-text/user-text';
import type { PushJob } from '../../../../shared/ipc/schemas/settings';
import { startSmallProvider } from '../provider-fixture';
import {
  allSettings,
  changesPicker,
  clientFor,
  fastPolicy,
  historyOf,
  setFaults,
  tempDir,
  until,
} from './settings-test-kit';

let provider: RunningProvider;
let stop: () => Promise<void>;
const pick = changesPicker();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await setFaults(provider, {});
});

function executorIn(dir: string, policy = fastPolicy): PushExecutor {
  const executor = createPushExecutor({
    store: openPushStore({ directory: dir }),
    getClient: () => clientFor(provider),
    policy,
    statusWaitMs: 200,
  });
  cleanups.push(() => {
    executor.close();
  });
  return executor;
}

function freshExecutor(policy = fastPolicy): { executor: PushExecutor; dir: string } {
  const temp = tempDir('pcc-push-');
  cleanups.push(temp.remove);
  return { executor: executorIn(temp.dir, policy), dir: temp.dir };
}

const settled = (job: PushJob) =>
  job.state.status === 'done' || job.state.status === 'failed' || job.state.status === 'conflict';

async function waitSettled(executor: PushExecutor, jobId: string): Promise<PushJob> {
  let job = await executor.status(jobId);
  while (!settled(job)) job = await executor.status(jobId, job.revision);
  return job;
}

async function historyCount(ids: readonly string[], since: number): Promise<Map<string, number>> {
  const all = await historyOf(provider);
  const entries = all.slice(0, all.length - since); // newest first
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (ids.includes(entry.settingId))
      counts.set(entry.settingId, (counts.get(entry.settingId) ?? 0) + 1);
  }
  return counts;
}

describe('push executor against the embedded provider', () => {
  it('saves the plan before sending, pushes one batch and reports each setting', async () => {
    const { executor, dir } = freshExecutor();
    const changes = pick(await allSettings(provider), 3);
    const before = (await historyOf(provider)).length;
    const started = executor.start({ changes, comment: 'three changes' }, 'tenant');
    // On disk before any answer came back: a crash now would resume this plan.
    const onDisk = openPushStore({ directory: dir }).storedPush as { status: string };
    expect(['saved', 'sending']).toContain(onDisk.status);

    const job = await waitSettled(executor, started.jobId);
    expect(job.state.status).toBe('done');
    if (job.state.status !== 'done') return;
    expect(job.state.results.map((r) => [r.id, r.status, r.newValue])).toEqual(
      changes.map((c) => [c.settingId, 'applied', c.value]),
    );
    const counts = await historyCount(
      changes.map((c) => c.settingId),
      before,
    );
    expect([...counts.values()]).toEqual([1, 1, 1]);
    const now = await allSettings(provider);
    for (const change of changes) {
      expect(now.find((s) => s.id === change.settingId)?.currentValue).toBe(change.value);
    }
  });

  it('honours Retry-After on a 429 and retries with the same key', async () => {
    const { executor } = freshExecutor();
    await setFaults(provider, {
      force: [
        { method: 'PATCH', path: '/v1/settings', status: 429, times: 1, retryAfterSeconds: 1 },
      ],
    });
    const changes = pick(await allSettings(provider), 1);
    const started = executor.start({ changes }, 'tenant');
    const waiting = await until(
      () => executor.status(started.jobId),
      (j) => j.state.status === 'waiting-retry' || settled(j),
    );
    expect(waiting.state.status).toBe('waiting-retry');
    if (waiting.state.status !== 'waiting-retry') return;
    const delay = waiting.state.retryAtMs - waiting.nowMs;
    expect(delay).toBeGreaterThan(800);
    expect(delay).toBeLessThanOrEqual(1000);
    const done = await waitSettled(executor, started.jobId);
    expect(done.state).toMatchObject({ status: 'done', plan: { planId: started.jobId } });
  });

  it('gives up after the last attempt of 5xx, keeping the key so a resend is safe', async () => {
    const { executor } = freshExecutor({ ...fastPolicy, maxAttempts: 2 });
    await setFaults(provider, {
      force: [{ method: 'PATCH', path: '/v1/settings', status: 503, times: 3 }],
    });
    const changes = pick(await allSettings(provider), 1);
    const started = executor.start({ changes }, 'tenant');
    const failed = await waitSettled(executor, started.jobId);
    expect(failed.state).toMatchObject({ status: 'failed', canResend: true });
    expect(failed.state.status === 'failed' && failed.state.reason).toMatch(/Gave up after 2/);
    // One forced 503 is left: the resend retries through it and lands.
    executor.resume(started.jobId, 'tenant');
    const done = await waitSettled(executor, started.jobId);
    expect(done.state.status).toBe('done');
  });

  it('a dropped connection after the commit is retried with the same key and applied once', async () => {
    const { executor } = freshExecutor();
    const changes = pick(await allSettings(provider), 2);
    const before = (await historyOf(provider)).length;
    await setFaults(provider, { dropConnectionAfterCommit: 1 });
    const started = executor.start({ changes }, 'tenant');
    const done = await waitSettled(executor, started.jobId);
    expect(done.state.status).toBe('done');
    const counts = await historyCount(
      changes.map((c) => c.settingId),
      before,
    );
    expect([...counts.values()]).toEqual([1, 1]);
  });

  it('refuses a batch the provider rejects (422) without retrying it', async () => {
    const { executor } = freshExecutor();
    const [change] = pick(await allSettings(provider), 1);
    if (!change) throw new Error('no change');
    const started = executor.start({ changes: [{ ...change, value: 'not-a-value' }] }, 'tenant');
    const failed = await waitSettled(executor, started.jobId);
    expect(failed.state).toMatchObject({ status: 'failed', canResend: false });
    expect(() => executor.resume(started.jobId, 'tenant')).toThrow(/cannot be sent again/);
    // A new plan may replace a batch that can never be sent.
    const next = executor.start({ changes: [change] }, 'tenant');
    expect((await waitSettled(executor, next.jobId)).state.status).toBe('done');
  });

  it('words why a push failed in German when German is chosen', async () => {
    setUserTextLanguage(() => 'de');
    try {
      const { executor } = freshExecutor();
      const [change] = pick(await allSettings(provider), 1);
      if (!change) throw new Error('no change');
      const started = executor.start({ changes: [{ ...change, value: 'not-a-value' }] }, 'tenant');
      const failed = await waitSettled(executor, started.jobId);
      expect(failed.state).toMatchObject({
        status: 'failed',
        reason:
          'Der Anbieter hat die Änderung abgelehnt (422); erneutes Senden würde nicht helfen.',
      });
      expect(() => executor.resume(started.jobId, 'tenant')).toThrow(
        'Diese Übertragung kann in ihrem jetzigen Zustand nicht erneut gesendet werden.',
      );
    } finally {
      setUserTextLanguage(() => 'en');
    }
  });

  it('will not start a second push while one is unfinished', async () => {
    const { executor } = freshExecutor();
    await setFaults(provider, {
      force: [
        { method: 'PATCH', path: '/v1/settings', status: 503, times: 1, retryAfterSeconds: 2 },
      ],
    });
    const changes = pick(await allSettings(provider), 1);
    const started = executor.start({ changes }, 'tenant');
    await until(
      () => executor.status(started.jobId),
      (j) => j.state.status === 'waiting-retry',
    );
    expect(() => executor.start({ changes }, 'tenant')).toThrow(/not finished/);
    const cancelled = executor.cancel(started.jobId);
    expect(cancelled.state).toMatchObject({ status: 'failed', canResend: true });
    executor.discard(started.jobId);
    expect(executor.unfinished().job).toBeNull();
  });
});

const hasThreeValues = (s: Setting) => s.values.length >= 3;

/** A value that is neither the current one nor mine: someone else's choice. */
function thirdValue(settings: readonly Setting[], mine: { settingId: string; value: string }) {
  const setting = settings.find((s) => s.id === mine.settingId);
  const value = setting?.values.find(
    (v) => v.value !== mine.value && v.value !== setting.currentValue,
  )?.value;
  if (value === undefined) throw new Error(`${mine.settingId} has no third value`);
  return value;
}

describe('conflicts', () => {
  it('keep theirs: their value stays, the rest of my batch is applied', async () => {
    const { executor } = freshExecutor();
    const settings = await allSettings(provider);
    const [mine] = pick(settings.filter(hasThreeValues), 1);
    const [other] = pick(settings, 1);
    if (!mine || !other) throw new Error('need two');
    const theirs = thirdValue(settings, mine);
    await setFaults(provider, { concurrentChanges: [{ id: mine.settingId, value: theirs }] });
    const started = executor.start({ changes: [mine, other] }, 'tenant');
    const conflict = await waitSettled(executor, started.jobId);
    expect(conflict.state.status).toBe('conflict');
    if (conflict.state.status !== 'conflict') return;
    expect(conflict.state.conflicts.map((c) => [c.id, c.current.currentValue])).toEqual([
      [mine.settingId, theirs],
    ]);

    executor.resolveConflict(started.jobId, 'keep-theirs');
    const done = await waitSettled(executor, started.jobId);
    expect(done.state).toMatchObject({ status: 'done', keptTheirs: [mine.settingId] });
    if (done.state.status !== 'done') return;
    expect(done.state.results.map((r) => r.id)).toEqual([other.settingId]);
    const now = await allSettings(provider);
    expect(now.find((s) => s.id === mine.settingId)?.currentValue).toBe(theirs);
    expect(now.find((s) => s.id === other.settingId)?.currentValue).toBe(other.value);
  });

  it('re-apply mine: my value lands on top of theirs, based on their version', async () => {
    const { executor } = freshExecutor();
    const settings = await allSettings(provider);
    const [mine] = pick(settings.filter(hasThreeValues), 1);
    if (!mine) throw new Error('need one');
    const theirs = thirdValue(settings, mine);
    await setFaults(provider, { concurrentChanges: [{ id: mine.settingId, value: theirs }] });
    const started = executor.start({ changes: [mine] }, 'tenant');
    expect((await waitSettled(executor, started.jobId)).state.status).toBe('conflict');
    executor.resolveConflict(started.jobId, 'reapply-mine');
    const done = await waitSettled(executor, started.jobId);
    expect(done.state.status).toBe('done');
    if (done.state.status !== 'done') return;
    expect(done.state.results[0]).toMatchObject({ oldValue: theirs, newValue: mine.value });
    const history = await historyOf(provider);
    expect(history.slice(0, 2).map((h) => [h.actor.split('@')[0], h.newValue])).toEqual([
      ['admin', mine.value],
      ['concurrent-admin', theirs],
    ]);
  });

  it('a 412 without details is read back from the provider and offered for the choice', async () => {
    const { executor } = freshExecutor();
    const [mine] = pick(await allSettings(provider), 1);
    if (!mine) throw new Error('need one');
    await setFaults(provider, {
      force: [{ method: 'PATCH', path: '/v1/settings', status: 412, times: 1 }],
    });
    const started = executor.start({ changes: [mine] }, 'tenant');
    const conflict = await waitSettled(executor, started.jobId);
    expect(conflict.state).toMatchObject({
      status: 'conflict',
      conflicts: [{ id: mine.settingId, expectedVersion: mine.baseVersion }],
    });
    executor.resolveConflict(started.jobId, 'reapply-mine');
    expect((await waitSettled(executor, started.jobId)).state.status).toBe('done');
  });
});

describe('crash and resume', () => {
  it('a push killed while the request was out resumes with the same key and applies once', async () => {
    const { dir } = freshExecutor();
    const changes = pick(await allSettings(provider), 2);
    const before = (await historyOf(provider)).length;
    await setFaults(provider, { latencyMs: 500, dropConnectionAfterCommit: 1 });
    const first = executorIn(dir);
    const started = first.start({ changes }, 'tenant-a');
    // The first attempt commits and loses its answer (the provider drops only after a commit);
    // the app "dies" while the retry is out. The local store is watched, not the provider,
    // because every provider read waits out the same latency as the retry itself.
    type Stored = { status: string; attempt?: number; idempotencyKey: string };
    const stored = await until(
      () => openPushStore({ directory: dir }).storedPush as Stored,
      (s) => s.status === 'sending' && (s.attempt ?? 0) >= 2,
    );
    first.close();

    const second = executorIn(dir);
    const unfinished = second.unfinished();
    expect(unfinished.job?.jobId).toBe(started.jobId);
    expect(unfinished.job?.state).toMatchObject({
      status: 'saved',
      resumed: true,
      idempotencyKey: stored.idempotencyKey,
    });
    expect(() => second.resume(started.jobId, 'tenant-b')).toThrow(/tenant-a/);
    await setFaults(provider, {});
    second.resume(started.jobId, 'tenant-a');
    const done = await waitSettled(second, started.jobId);
    expect(done.state.status).toBe('done');
    const counts = await historyCount(
      changes.map((c) => c.settingId),
      before,
    );
    expect([...counts.values()]).toEqual([1, 1]);
  });

  it('a plan saved but never sent is offered again, and can be discarded', async () => {
    const { dir } = freshExecutor();
    const changes = pick(await allSettings(provider), 1);
    await setFaults(provider, { latencyMs: 2_000 });
    const first = executorIn(dir);
    const started = first.start({ changes }, 'tenant');
    first.close();
    const second = executorIn(dir);
    expect(second.unfinished().job?.state.status).toBe('saved');
    second.discard(started.jobId);
    expect(second.unfinished().job).toBeNull();
    expect(executorIn(dir).unfinished().job).toBeNull();
  });

  it('says so when the saved push is unreadable', () => {
    const temp = tempDir('pcc-push-');
    cleanups.push(temp.remove);
    const store = openPushStore({ directory: temp.dir });
    store.savePush({ status: 'draft', changes: [] }, null);
    // A push in a shape no version of the app wrote.
    (store as { savePush: (s: unknown, t: null) => void }).savePush(
      { status: 'sending', plan: null },
      null,
    );
    const executor = executorIn(temp.dir);
    expect(executor.unfinished()).toEqual({
      job: null,
      notice: expect.stringMatching(/could not be read/) as unknown,
    });
  });
});
