/** Runs `callback` after `ms`; the returned function cancels it if it has not run yet. */
export type Schedule = (callback: () => void, ms: number) => () => void;

export const realSchedule: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  // A pending poll is no reason to keep a process (a test run, the harness) alive.
  timer.unref();
  return () => {
    clearTimeout(timer);
  };
};

export interface PollOptions {
  /** One round of work. A rejection is passed to `onError` and polling goes on. */
  readonly task: (round: { readonly stopped: () => boolean }) => Promise<void>;
  readonly intervalMs: number;
  /** Delay before the first round; `intervalMs` when left out. */
  readonly firstDelayMs?: number;
  readonly schedule?: Schedule;
  readonly onError?: (error: unknown) => void;
}

export interface Poller {
  /** No round starts after this; a round under way can ask `stopped()` before acting. */
  stop(): void;
}

/**
 * Polls with a pause between rounds rather than at fixed ticks, so a slow provider never gets
 * a second read while the first is still waiting for its answer.
 */
export function startPolling(options: PollOptions): Poller {
  const schedule = options.schedule ?? realSchedule;
  let stopped = false;
  let cancel: (() => void) | null = null;
  // Asked through a function: a round's await can outlive a stop() in between.
  const round = { stopped: () => stopped };

  const next = (ms: number) => {
    if (stopped) return;
    cancel = schedule(() => {
      cancel = null;
      void run();
    }, ms);
  };
  const run = async () => {
    if (round.stopped()) return;
    try {
      await options.task(round);
    } catch (error) {
      if (!round.stopped()) options.onError?.(error);
    }
    next(options.intervalMs);
  };

  next(options.firstDelayMs ?? options.intervalMs);
  return {
    stop() {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}
