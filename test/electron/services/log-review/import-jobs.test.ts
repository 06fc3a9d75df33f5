import { describe, expect, it } from 'vitest';
import {
  createImportJobs,
  type JobControl,
} from '../../../../electron/services/log-review/import-jobs';

describe('import jobs report their progress for the taskbar', () => {
  it('indeterminate at start, the share done as it moves, cleared when the job ends', async () => {
    const seen: (number | 'indeterminate' | null)[] = [];
    const jobs = createImportJobs(undefined, (progress) => seen.push(progress));
    let control: JobControl | null = null;
    let finish: () => void = () => undefined;
    const jobId = jobs.start(
      'audit.csv',
      (given) => {
        control = given;
        return new Promise((resolve) => {
          finish = () => {
            resolve({ status: 'cancelled' });
          };
        });
      },
      () => 'failed',
    );
    const running = control as JobControl | null;
    if (running === null) throw new Error('the work did not start');
    running.progress('importing', null);
    running.progress('importing', 40);
    running.progress('importing', 140);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['indeterminate', 'indeterminate', 0.4, 1, null]);
    expect(jobs.get(jobId)?.state).toBe('cancelled');
  });

  it('clears the bar when the job fails too', async () => {
    const seen: (number | 'indeterminate' | null)[] = [];
    const jobs = createImportJobs(undefined, (progress) => seen.push(progress));
    const jobId = jobs.start('bad.csv', () => Promise.reject(new Error('disk gone')), String);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['indeterminate', null]);
    expect(jobs.get(jobId)?.state).toBe('failed');
  });
});
