import type { Schedule } from '../../../electron/services/poll-scheduler';

/**
 * A clock for schedulers: time moves only when a test advances it, and every callback due is
 * run in order, with the promises it starts settled before the next one runs.
 */
export function fakeSchedule() {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; callback: () => void }>();
  const settle = () =>
    new Promise<void>((resolve) => {
      setImmediate(resolve);
    });

  const schedule: Schedule = (callback, ms) => {
    const id = nextId;
    nextId += 1;
    due.set(id, { at: now + ms, callback });
    return () => {
      due.delete(id);
    };
  };

  return {
    schedule,
    now: () => now,
    /** Callbacks waiting to run. */
    pending: () => due.size,
    async advance(ms: number): Promise<void> {
      const end = now + ms;
      await settle();
      for (;;) {
        let first: { id: number; at: number; callback: () => void } | null = null;
        for (const [id, entry] of due) {
          if (first === null || entry.at < first.at) first = { id, ...entry };
        }
        if (first === null || first.at > end) break;
        due.delete(first.id);
        now = first.at;
        first.callback();
        await settle();
      }
      now = end;
    },
  };
}
