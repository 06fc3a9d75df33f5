import { describe, expect, it } from 'vitest';
import { realSchedule, startPolling } from '../../../electron/services/poll-scheduler';
import { fakeSchedule } from './fake-schedule';

describe('startPolling', () => {
  it('runs after the first delay, then after each interval, until stopped', async () => {
    const clock = fakeSchedule();
    const runs: number[] = [];
    const poller = startPolling({
      task: () => {
        runs.push(clock.now());
        return Promise.resolve();
      },
      intervalMs: 60_000,
      firstDelayMs: 5_000,
      schedule: clock.schedule,
    });
    await clock.advance(3 * 60_000);
    expect(runs).toEqual([5_000, 65_000, 125_000]);
    poller.stop();
    await clock.advance(10 * 60_000);
    expect(runs).toEqual([5_000, 65_000, 125_000]);
    expect(clock.pending()).toBe(0);
  });

  it('waits for a slow round before timing the next, so rounds never overlap', async () => {
    const clock = fakeSchedule();
    let running = 0;
    let most = 0;
    const finishers: (() => void)[] = [];
    const starts: number[] = [];
    const poller = startPolling({
      task: () => {
        running += 1;
        most = Math.max(most, running);
        starts.push(clock.now());
        return new Promise<void>((resolve) => {
          finishers.push(() => {
            running -= 1;
            resolve();
          });
        });
      },
      intervalMs: 1_000,
      firstDelayMs: 0,
      schedule: clock.schedule,
    });
    await clock.advance(5_000); // the first round hangs for 5 s
    expect(starts).toEqual([0]);
    finishers.shift()?.();
    await clock.advance(1_000);
    expect(starts).toEqual([0, 6_000]);
    expect(most).toBe(1);
    poller.stop();
    finishers.shift()?.();
  });

  it('keeps polling after a failed round and reports the failure', async () => {
    const clock = fakeSchedule();
    const errors: unknown[] = [];
    let runs = 0;
    const poller = startPolling({
      task: () => {
        runs += 1;
        return runs === 1 ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      intervalMs: 1_000,
      schedule: clock.schedule,
      onError: (error) => errors.push(error),
    });
    await clock.advance(3_000);
    expect(runs).toBe(3);
    expect(errors).toEqual([new Error('boom')]);
    poller.stop();
  });

  it('tells a round under way that polling stopped, and reports nothing after', async () => {
    const clock = fakeSchedule();
    const errors: unknown[] = [];
    const seen: boolean[] = [];
    let finish = null as (() => void) | null;
    const poller = startPolling({
      task: (round) =>
        new Promise<void>((_resolve, reject) => {
          finish = () => {
            seen.push(round.stopped());
            reject(new Error('late'));
          };
        }),
      intervalMs: 1_000,
      firstDelayMs: 0,
      schedule: clock.schedule,
      onError: (error) => errors.push(error),
    });
    await clock.advance(0);
    poller.stop();
    finish?.();
    await clock.advance(5_000);
    expect(seen).toEqual([true]);
    expect(errors).toEqual([]);
    expect(clock.pending()).toBe(0);
  });

  it('uses real timers by default, which keep no process alive and can be cancelled', async () => {
    let ran = false;
    const cancel = realSchedule(() => {
      ran = true;
    }, 5);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toBe(false);
    await new Promise<void>((resolve) => {
      realSchedule(resolve, 1);
    });
  });
});
