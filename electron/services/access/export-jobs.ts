import { randomUUID } from 'node:crypto';
import type { EventExportStatus } from '../../../shared/ipc/schemas/access-events';
import { isServiceError } from '../service-error';
import { userText } from '../user-text/user-text';

export interface ExportProgress {
  /** Records written so far, and how many there are in all when known. */
  report(written: number, total: number | null): void;
}

export interface ExportJobs {
  /** Starts `run` in the background and returns its id at once; the renderer polls status(). */
  start(fileName: string, run: (progress: ExportProgress) => Promise<number>): string;
  status(jobId: string): EventExportStatus | undefined;
  /** Resolves when every job started so far has finished (tests and shutdown). */
  settled(): Promise<void>;
}

/** Finished jobs kept for polling; older ones are forgotten first. */
const keptJobs = 50;

/**
 * Long exports as jobs: the IPC contract is request/response only, so a channel starts the work
 * and answers with an id, and a status channel reports progress, the result or why it failed.
 */
export function createExportJobs(
  onUnexpected: (error: unknown) => void = (error) => {
    console.error('export failed unexpectedly:', error);
  },
): ExportJobs {
  const jobs = new Map<string, EventExportStatus>();
  const running = new Set<Promise<void>>();

  function forgetOld(): void {
    for (const [id, job] of jobs) {
      if (jobs.size <= keptJobs) return;
      if (job.state !== 'running') jobs.delete(id);
    }
  }

  return {
    start(fileName, run) {
      const id = randomUUID();
      jobs.set(id, { state: 'running', fileName, written: 0, total: null });
      forgetOld();
      const progress: ExportProgress = {
        report: (written, total) => {
          jobs.set(id, { state: 'running', fileName, written, total });
        },
      };
      const work = run(progress).then(
        (written) => {
          jobs.set(id, { state: 'done', fileName, written });
        },
        (error: unknown) => {
          const before = jobs.get(id);
          const written = before?.written ?? 0;
          if (!isServiceError(error)) onUnexpected(error);
          const message = isServiceError(error) ? error.message : userText().access.exportFailed;
          jobs.set(id, { state: 'failed', fileName, written, message });
        },
      );
      running.add(work);
      void work.finally(() => running.delete(work));
      return id;
    },
    status: (jobId) => jobs.get(jobId),
    settled: async () => {
      await Promise.all([...running]);
    },
  };
}
