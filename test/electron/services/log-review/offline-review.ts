// Run by offline.test.ts in a child process under the network trap: the whole review through
// its service (cases, imports of every layout with a worker thread, queries, search, records,
// notes, all exports, the case summary), or, as the control, a deliberate connection.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogReviewService } from '../../../../electron/services/log-review/log-review-service';
import { createScriptedDialogs } from '../../../harness/scripted-dialogs';
import { accessEventsJsonl } from '../../../fixtures/logs/provider-generator';
import { SAMPLES_DIR } from '../../../fixtures/logs/samples';
import { recordingUserFiles } from '../../../support/user-files';

const [mode, dir] = process.argv.slice(2) as ['review' | 'control', string];

async function waitForImport(service: ReturnType<typeof createLogReviewService>, jobId: string) {
  for (;;) {
    const job = service.getImport(jobId);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function review(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const dialogs = createScriptedDialogs();
  const service = createLogReviewService({
    dataDir: join(dir, 'data'),
    dialogs,
    files: recordingUserFiles(),
    getClient: () => {
      throw new Error('the review must not need the provider');
    },
    providerUrl: () => 'http://provider.invalid',
  });
  await service.createCase('offline');
  // Over 4 MB, so the hash and the JSON normalising run in worker threads.
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, accessEventsJsonl(1).repeat(15_000));
  for (const path of [
    join(SAMPLES_DIR, 'ual-bad-rows.csv'),
    join(SAMPLES_DIR, 'entra-audit.json'),
    join(SAMPLES_DIR, 'provider-events.jsonl'),
    big,
  ]) {
    dialogs.queueOpen(path);
    const started = await service.startImport('import');
    if (started.status !== 'started') throw new Error('no import');
    const job = await waitForImport(service, started.jobId);
    if (job.state !== 'done') throw new Error(`import ${job.state}`);
  }
  const sort = { column: 'time', direction: 'desc' } as const;
  const page = await service.page({ filters: {}, sort, offset: 0, limit: 50 });
  await service.page({
    filters: { text: 'operator "Core Directory"' },
    sort,
    offset: 0,
    limit: 50,
  });
  await service.page({ filters: {}, sort, offset: 6000, limit: 50 });
  await service.facets({ text: 'operator' });
  await service.histogram({}, 60);
  const first = page.rows[0];
  if (first === undefined) throw new Error('no rows');
  await service.event(first.eventId);
  await service.annotate(first.eventId, { flagged: true, tags: ['x'], note: 'offline' });
  await service.rejects(1, 0, 10);
  for (const format of ['csv', 'jsonl', 'parquet'] as const) {
    dialogs.queueSave(join(dir, `out.${format}`));
    await service.exportEvents({ scope: 'view', format, filters: {}, sort }, 'export');
  }
  dialogs.queueSave(join(dir, 'summary.md'));
  await service.exportSummary({}, 'markdown', 'summary');
  await service.close();
}

/** Runs `attempt`, ignoring how it fails: the trap throws, and has recorded it. */
async function swallow(attempt: () => unknown): Promise<void> {
  try {
    await attempt();
  } catch {
    // Expected: the network is trapped.
  }
}

async function control(): Promise<void> {
  // Every one of these must be caught by the trap.
  await swallow(() => fetch('http://127.0.0.1:9/'));
  const net = await import('node:net');
  await swallow(() => net.connect(9, '127.0.0.1'));
  const dns = await import('node:dns');
  await swallow(() => dns.promises.lookup('localhost'));
  // And from a worker thread, which the trap follows into.
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./offline-worker-probe.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
  });
  await new Promise((resolve) => worker.once('exit', resolve));
}

await (mode === 'review' ? review() : control());
console.log('finished');
