// Log review figures (issue 6): the app's import of a synthetic current-shape unified audit log
// export next to bare DuckDB read_csv and papaparse on the same file, the ratios, and the
// query latencies. Each measurement runs in its own child process so its peak memory is its
// own. The synthetic files are generated here (seeded) into .cache/bench/log-review/, which
// git ignores, and reused by later runs while their stamp matches.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import type { BenchResult } from './bench-result';
import { createCase } from '../../electron/services/log-review/log-case';
import type { PageRequest, SortColumn } from '../../shared/ipc/schemas/logs';
import { writeUalCurrentExport } from '../fixtures/logs/ual-generator';

type Mode = 'app' | 'duckdb' | 'papaparse';
type ChildReport = {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly rows: number;
  readonly firstRowsMs?: number;
  readonly loopDelayMaxMs?: number;
  readonly queries?: Record<string, number>;
};

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(fileURLToPath(new URL('../../', import.meta.url)));
const CACHE = join(ROOT, '.cache', 'bench', 'log-review');
const SEED = 42;
const RESULT_PICKS = ['success', 'failed', 'unknown'] as const;
/** Ten different words, so every search is new (the match tables are cached per term). */
const WORD_PICKS = [
  'sharepoint',
  'mailboxlogin',
  'fileaccessed',
  'onedrive',
  'teams',
  'exchange',
  'userloggedin',
  'azureactivedirectory',
  'filedownloaded',
  'compliance',
] as const;
const GENERATOR_VERSION = 1;

function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

async function timed(run: (i: number) => Promise<unknown>, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return Math.round(p95(samples));
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
}

const maxRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function childApp(file: string, work: string): Promise<ChildReport> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let firstRowsMs = NaN;
  const logCase = await createCase(join(work, 'case'), 'bench');
  const outcome = await logCase.importFile(file, {
    onPreview: () => {
      firstRowsMs = performance.now() - started;
    },
  });
  if (outcome.status !== 'imported') throw new Error(outcome.status);
  const base: PageRequest = {
    filters: {},
    sort: { column: 'time', direction: 'asc' },
    offset: 0,
    limit: 100,
  };
  await logCase.queries.page(base);
  const wallMs = performance.now() - started;
  const importCpu = cpuMs(cpu);
  loop.disable();
  const q = logCase.queries;
  const actors = (await q.facets({})).find((f) => f.column === 'actor')?.values ?? [];
  const pick = (i: number) => actors[i % actors.length]?.value ?? '';
  const sortColumns: readonly SortColumn[] = [
    'actor',
    'operation',
    'clientIp',
    'workload',
    'object',
  ];
  // Every sample asks something new (a different filter, sort or term), so nothing is cached.
  const queries = {
    'filter (2 facet values) + page': await timed(
      (i) => q.page({ ...base, filters: { facets: { result: ['failed'], actor: [pick(i)] } } }),
      20,
    ),
    'facet counts (7 facets) under a filter': await timed(
      (i) => q.facets({ facets: { actor: [pick(i)] } }),
      20,
    ),
    'sort by a column under a filter, first page': await timed(
      (i) =>
        q.page({
          ...base,
          filters: { facets: { result: [RESULT_PICKS[i % RESULT_PICKS.length] ?? 'success'] } },
          sort: {
            column: sortColumns[i % sortColumns.length] ?? 'actor',
            direction: Math.floor(i / sortColumns.length) % 2 === 0 ? 'asc' : 'desc',
          },
        }),
      20,
    ),
    'sort the whole case by a column, first page': await timed(
      (i) =>
        q.page({
          ...base,
          sort: {
            column: sortColumns[i % sortColumns.length] ?? 'actor',
            direction: Math.floor(i / sortColumns.length) % 2 === 0 ? 'desc' : 'asc',
          },
        }),
      20,
    ),
    'time histogram (60 bars) under a filter': await timed(
      (i) => q.histogram({ facets: { actor: [pick(i)] } }, 60),
      20,
    ),
    'free-text search in raw JSON (new term) + page': await timed(
      (i) => q.page({ ...base, filters: { text: `report-${100 + i}, q3` } }),
      10,
    ),
    // Letters only: nothing for a byte search to narrow on, RE2 reads every record.
    'free-text search, one word (new word) + page': await timed(
      (i) =>
        q.page({ ...base, filters: { text: WORD_PICKS[i % WORD_PICKS.length] ?? 'exchange' } }),
      WORD_PICKS.length,
    ),
    'facets + histogram for that search': await timed(
      (i) =>
        Promise.all([
          q.facets({ text: `report-${100 + i}, q3` }),
          q.histogram({ text: `report-${100 + i}, q3` }, 60),
        ]),
      10,
    ),
    'deep page (middle of the view) after the first': await timed(
      (i) => q.page({ ...base, offset: Math.floor(outcome.file.rowsImported / 2) + i * 100 }),
      20,
    ),
    'open one raw record': await timed(async (i) => {
      const { rows } = await q.page({ ...base, offset: i * 10, limit: 1 });
      await logCase.record(rows[0]?.eventId ?? -1);
    }, 20),
  };
  await logCase.close();
  return {
    wallMs,
    cpuMs: importCpu,
    maxRssMb: maxRssMb(),
    rows: outcome.file.rowsImported,
    firstRowsMs,
    loopDelayMaxMs: Math.round(loop.max / 1e6),
    queries,
  };
}

async function childDuckdb(file: string): Promise<ChildReport> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const db = await (await DuckDBInstance.create(':memory:', { threads: '2' })).connect();
  await db.run(`CREATE TABLE t AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}')`);
  const rows = Number((await db.runAndReadAll('SELECT count(*) FROM t')).getRows()[0]?.[0]);
  return { wallMs: performance.now() - started, cpuMs: cpuMs(cpu), maxRssMb: maxRssMb(), rows };
}

async function childPapaparse(file: string): Promise<ChildReport> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file), {
      header: true,
      skipEmptyLines: true,
      step: () => {
        rows += 1;
      },
      complete: () => {
        resolve();
      },
      error: reject,
    });
  });
  return { wallMs: performance.now() - started, cpuMs: cpuMs(cpu), maxRssMb: maxRssMb(), rows };
}

async function runChild(mode: Mode, file: string, work: string): Promise<ChildReport> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', mode, file, work], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = output.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`${mode} child failed (${code}): ${output}`);
  return JSON.parse(line) as ChildReport;
}

/** The seeded synthetic export, generated once and reused while its stamp matches. */
async function syntheticExport(
  rows: number,
): Promise<{ path: string; bytes: number; generatedMs: number | null }> {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `ual-current-${rows}.csv`);
  const stampPath = `${path}.stamp.json`;
  const stamp = { rows, seed: SEED, generator: GENERATOR_VERSION };
  if (existsSync(path) && existsSync(stampPath)) {
    const saved = JSON.parse(readFileSync(stampPath, 'utf8')) as typeof stamp & { bytes: number };
    if (
      saved.rows === rows &&
      saved.seed === SEED &&
      saved.generator === GENERATOR_VERSION &&
      saved.bytes === statSync(path).size
    )
      return { path, bytes: saved.bytes, generatedMs: null };
  }
  const started = performance.now();
  const bytes = await writeUalCurrentExport(path, rows, SEED);
  writeFileSync(stampPath, JSON.stringify({ ...stamp, bytes }));
  return { path, bytes, generatedMs: Math.round(performance.now() - started) };
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
}

export async function runLogReviewBench(
  sizes: readonly number[] = [100_000, 1_000_000],
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const work = join(CACHE, `work-${process.pid}`);
  mkdirSync(work, { recursive: true });
  console.log(`log review: load average (1/5/15 min) at start ${load()}, ${cpus().length} cores`);
  try {
    for (const rows of sizes) {
      const label = rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;
      const file = await syntheticExport(rows);
      const mb = file.bytes / 1e6;
      results.push({
        name: `${label}: synthetic export (seed ${SEED})`,
        value: Math.round(mb),
        unit: 'MB',
      });
      if (file.generatedMs !== null)
        results.push({ name: `${label}: generating it`, value: file.generatedMs, unit: 'ms' });
      const appWork = join(work, `app-${label}`);
      const app = await runChild('app', file.path, appWork);
      rmSync(appWork, { recursive: true, force: true });
      const duck = await runChild('duckdb', file.path, work);
      const papa = await runChild('papaparse', file.path, work);
      if (app.rows !== rows || duck.rows !== rows || papa.rows !== rows)
        throw new Error(
          `row counts differ: app ${app.rows}, duckdb ${duck.rows}, papaparse ${papa.rows}`,
        );
      const big = rows >= 1_000_000;
      const target = (t: string) => (big ? { target: t } : {});
      results.push(
        {
          name: `${label}: app import, queryable (wall)`,
          value: Math.round(app.wallMs),
          unit: 'ms',
          ...target('< 6000 ms'),
        },
        { name: `${label}: app import CPU time`, value: app.cpuMs, unit: 'ms' },
        {
          name: `${label}: app first rows visible`,
          value: Math.round(app.firstRowsMs ?? NaN),
          unit: 'ms',
          ...target('< 1000 ms'),
        },
        { name: `${label}: app peak RSS`, value: app.maxRssMb, unit: 'MB', ...target('< 2048 MB') },
        {
          name: `${label}: app event loop, longest stall in import`,
          value: app.loopDelayMaxMs ?? NaN,
          unit: 'ms',
        },
        {
          name: `${label}: bare DuckDB read_csv into memory (wall)`,
          value: Math.round(duck.wallMs),
          unit: 'ms',
        },
        { name: `${label}: bare DuckDB CPU time`, value: duck.cpuMs, unit: 'ms' },
        { name: `${label}: bare DuckDB peak RSS`, value: duck.maxRssMb, unit: 'MB' },
        {
          name: `${label}: papaparse streaming row count (wall)`,
          value: Math.round(papa.wallMs),
          unit: 'ms',
        },
        { name: `${label}: papaparse CPU time`, value: papa.cpuMs, unit: 'ms' },
        { name: `${label}: papaparse peak RSS`, value: papa.maxRssMb, unit: 'MB' },
        {
          name: `${label}: app / bare DuckDB, wall`,
          value: Number((app.wallMs / duck.wallMs).toFixed(2)),
          unit: 'x',
        },
        {
          name: `${label}: app / bare DuckDB, CPU`,
          value: Number((app.cpuMs / duck.cpuMs).toFixed(2)),
          unit: 'x',
        },
        {
          name: `${label}: papaparse / app, wall`,
          value: Number((papa.wallMs / app.wallMs).toFixed(2)),
          unit: 'x',
        },
        {
          name: `${label}: app throughput`,
          value: Math.round(mb / (app.wallMs / 1000)),
          unit: 'MB/s',
        },
      );
      for (const [name, ms] of Object.entries(app.queries ?? {}))
        results.push({
          name: `${label}: p95 ${name}`,
          value: ms,
          unit: 'ms',
          ...target(name.includes('search') ? '< 500 ms' : '< 100 ms'),
        });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    console.log(`log review: load average at end ${load()}`);
  }
  return results;
}

if (process.argv[2] === '--child') {
  const [mode, file, work] = process.argv.slice(3) as [Mode, string, string];
  const report =
    mode === 'app'
      ? await childApp(file, work)
      : mode === 'duckdb'
        ? await childDuckdb(file)
        : await childPapaparse(file);
  console.log(JSON.stringify(report));
} else if (process.argv[1] === SELF) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  for (const row of await runLogReviewBench(sizes.length > 0 ? sizes : undefined))
    console.log(
      `${row.name.padEnd(58)} ${String(row.value).padStart(10)} ${row.unit}${row.target ? `  (target ${row.target})` : ''}`,
    );
}
