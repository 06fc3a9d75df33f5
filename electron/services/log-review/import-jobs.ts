// Imports as jobs: the renderer starts one, gets its id back at once, and polls its status
// (request/response IPC only, the same over Electron and the test harness). A job runs on
// DuckDB's threads and a worker thread; this module only keeps its status.
import { randomUUID } from 'node:crypto';
import type { ImportJob, ImportPhase } from '../../../shared/ipc/schemas/logs';
import { publicFile } from './case-file';
import type { ImportOutcome } from './log-case';

type Running = {
  readonly state: 'running';
  readonly jobId: string;
  readonly fileName: string;
  readonly startedAt: number;
  readonly controller: AbortController;
  phase: ImportPhase;
  percent: number | null;
  firstRowsVisible: boolean;
};

type Entry = Running | Exclude<ImportJob, { state: 'running' }>;

export type JobControl = {
  readonly signal: AbortSignal;
  readonly progress: (phase: ImportPhase, percent: number | null) => void;
  readonly firstRowsVisible: () => void;
};

const KEPT = 20;

/** A running job's share done (0..1), 'indeterminate' while unknown, null once it ended. */
export type TaskProgress = (progress: number | 'indeterminate' | null) => void;

/** `onProgress` mirrors the running import on the taskbar or dock icon (see main.ts). */
export function createImportJobs(
  now: () => number = () => performance.now(),
  onProgress: TaskProgress = () => undefined,
) {
  const jobs = new Map<string, Entry>();

  const view = (entry: Entry): ImportJob => {
    if (entry.state !== 'running') return entry;
    const elapsedMs = Math.max(0, now() - entry.startedAt);
    const p = entry.percent;
    return {
      state: 'running',
      jobId: entry.jobId,
      fileName: entry.fileName,
      phase: entry.phase,
      percent: p,
      elapsedMs,
      // Extrapolated from the share done so far once there is enough of it to go on.
      estimateMs: p !== null && p >= 2 && p < 100 ? (elapsedMs * (100 - p)) / p : null,
      firstRowsVisible: entry.firstRowsVisible,
    };
  };

  return {
    running: (): ImportJob | undefined => {
      for (const entry of jobs.values()) if (entry.state === 'running') return view(entry);
      return undefined;
    },
    /** Starts `work` as a job; its outcome (or failure) becomes the job's final state. */
    start: (
      fileName: string,
      work: (control: JobControl) => Promise<ImportOutcome>,
      onFailure: (error: unknown) => string,
    ): string => {
      const jobId = randomUUID();
      const running: Running = {
        state: 'running',
        jobId,
        fileName,
        startedAt: now(),
        controller: new AbortController(),
        phase: 'detecting',
        percent: null,
        firstRowsVisible: false,
      };
      jobs.set(jobId, running);
      while (jobs.size > KEPT) {
        const oldest = [...jobs.values()].find((j) => j.state !== 'running');
        if (oldest === undefined) break;
        jobs.delete(oldest.jobId);
      }
      const control: JobControl = {
        signal: running.controller.signal,
        progress: (phase, percent) => {
          running.phase = phase;
          running.percent = percent === null ? null : Math.max(0, Math.min(100, percent));
          onProgress(running.percent === null ? 'indeterminate' : running.percent / 100);
        },
        firstRowsVisible: () => {
          running.firstRowsVisible = true;
        },
      };
      onProgress('indeterminate');
      void work(control)
        .finally(() => {
          onProgress(null);
        })
        .then(
          (outcome) => {
            const base = { jobId, fileName };
            switch (outcome.status) {
              case 'imported':
                jobs.set(jobId, { ...base, state: 'done', file: publicFile(outcome.file) });
                break;
              case 'unrecognised':
                jobs.set(jobId, {
                  ...base,
                  state: 'unrecognised',
                  reason: outcome.reason,
                  found: outcome.found,
                });
                break;
              case 'cancelled':
                jobs.set(jobId, { ...base, state: 'cancelled' });
                break;
            }
          },
          (error: unknown) => {
            jobs.set(jobId, { jobId, fileName, state: 'failed', message: onFailure(error) });
          },
        );
      return jobId;
    },
    get: (jobId: string): ImportJob | undefined => {
      const entry = jobs.get(jobId);
      return entry === undefined ? undefined : view(entry);
    },
    cancel: (jobId: string): ImportJob | undefined => {
      const entry = jobs.get(jobId);
      if (entry?.state === 'running') entry.controller.abort();
      return entry === undefined ? undefined : view(entry);
    },
    /** Resolves once no job is running (closing a case waits for its import to stop). */
    cancelAll: async (): Promise<void> => {
      for (const entry of jobs.values()) if (entry.state === 'running') entry.controller.abort();
      while ([...jobs.values()].some((j) => j.state === 'running'))
        await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
