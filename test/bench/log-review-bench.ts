// Log review figures (issue 6): the app's import of a synthetic current-shape unified audit log
// export next to bare DuckDB read_csv and papaparse on the same file, and query latencies.
// Every measurement runs in its own child process so its peak RSS is its own.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import type { BenchResult } from './bench-result';
import { createCase } from '../../electron/services/log-review/log-case';
import type { PageRequest } from '../../electron/services/log-review/event-model';
import { writeUalCurrentExport } from '../fixtures/logs/ual-generator';

type Mode = 'app' | 'duckdb' | 'papaparse';
type ChildReport = {
  readonly importMs: number;
  readonly maxRssMb: number;
  readonly rows: number;
  readonly queries?: Record<string, number>;
};

const SELF = fileURLToPath(import.meta.url);

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

async function timeQuery(run: () => Promise<unknown>, times = 20): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return Math.round(p95(samples));
}

async function childApp(file: string, work: string): Promise<ChildReport> {
  const started = performance.now();
  const logCase = await createCase(join(work, 'case'), 'bench');
  const outcome = await logCase.importFile(file);
  if (outcome.status !== 'imported') throw new Error(outcome.status);
  const base: PageRequest = {
    filters: {},
    sort: { column: 'time', direction: 'asc' },
    offset: 0,
    limit: 200,
  };
  const first = await logCase.page(base);
  const importMs = performance.now() - started;
  const actor = first.rows[0]?.actor ?? '';
  const queries = {
    'filter (result + actor facets) page': await timeQuery(() =>
      logCase.page({ ...base, filters: { facets: { result: ['failed'], actor: [actor] } } }),
    ),
    'facet counts (operation)': await timeQuery(() => logCase.facet({}, 'operation')),
    'sort by actor desc, deep page': await timeQuery(() =>
      logCase.page({ ...base, sort: { column: 'actor', direction: 'desc' }, offset: 10_000 }),
    ),
    'time histogram': await timeQuery(() => logCase.histogram({}, 60)),
    'free-text search in raw JSON': await timeQuery(
      () => logCase.page({ ...base, filters: { text: 'REPORT-245, q3' } }),
      10,
    ),
  };
  logCase.close();
  return {
    importMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows: outcome.summary.rowsImported,
    queries,
  };
}

async function childDuckdb(file: string): Promise<ChildReport> {
  const started = performance.now();
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE t AS SELECT * FROM read_csv('${file}')`);
  const rows = Number((await db.runAndReadAll('SELECT count(*) FROM t')).getRows()[0]?.[0]);
  return {
    importMs: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows,
  };
}

async function childPapaparse(file: string): Promise<ChildReport> {
  const started = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file), {
      header: true,
      step: () => {
        rows += 1;
      },
      complete: () => {
        resolve();
      },
      error: reject,
    });
  });
  return {
    importMs: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows,
  };
}

async function runChild(mode: Mode, file: string, work: string): Promise<ChildReport> {
  const child = spawn('npx', ['tsx', SELF, '--child', mode, file, work], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = output.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`${mode} child failed (${code}): ${output}`);
  return JSON.parse(line) as ChildReport;
}

export async function runLogReviewBench(
  sizes: readonly number[] = [100_000, 1_000_000],
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const work = mkdtempSync(join(tmpdir(), 'log-review-bench-'));
  try {
    for (const rows of sizes) {
      const label = rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;
      const file = join(work, `ual-${label}.csv`);
      const bytes = await writeUalCurrentExport(file, rows, 42);
      const mb = bytes / 1e6;
      results.push({ name: `${label}: synthetic export size`, value: Math.round(mb), unit: 'MB' });
      const app = await runChild('app', file, mkdtempSync(join(work, 'app-')));
      const duck = await runChild('duckdb', file, work);
      const papa = await runChild('papaparse', file, work);
      const target1m = rows >= 1_000_000;
      results.push(
        {
          name: `${label}: app import (detect+import+hash+first page)`,
          value: Math.round(app.importMs),
          unit: 'ms',
          ...(target1m ? { target: '< 6000 ms' } : {}),
        },
        {
          name: `${label}: app import peak RSS`,
          value: Math.round(app.maxRssMb),
          unit: 'MB',
          ...(target1m ? { target: '< 2048 MB' } : {}),
        },
        {
          name: `${label}: bare DuckDB read_csv into memory`,
          value: Math.round(duck.importMs),
          unit: 'ms',
        },
        { name: `${label}: bare DuckDB peak RSS`, value: Math.round(duck.maxRssMb), unit: 'MB' },
        {
          name: `${label}: papaparse count rows (streaming)`,
          value: Math.round(papa.importMs),
          unit: 'ms',
        },
        { name: `${label}: papaparse peak RSS`, value: Math.round(papa.maxRssMb), unit: 'MB' },
        {
          name: `${label}: app / bare DuckDB time`,
          value: Number((app.importMs / duck.importMs).toFixed(2)),
          unit: 'x',
        },
        {
          name: `${label}: papaparse / app time`,
          value: Number((papa.importMs / app.importMs).toFixed(2)),
          unit: 'x',
        },
        {
          name: `${label}: app throughput`,
          value: Math.round(mb / (app.importMs / 1000)),
          unit: 'MB/s',
        },
      );
      if (app.rows !== rows || duck.rows !== rows || papa.rows !== rows)
        throw new Error(
          `row counts differ: app ${app.rows}, duckdb ${duck.rows}, papaparse ${papa.rows}`,
        );
      for (const [name, ms] of Object.entries(app.queries ?? {}))
        results.push({
          name: `${label}: p95 ${name}`,
          value: ms,
          unit: 'ms',
          target: name.startsWith('free-text') ? '< 500 ms' : '< 100 ms',
        });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
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
