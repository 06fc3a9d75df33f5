import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageRequest } from '../../../../electron/services/log-review/event-model';
import {
  createCase,
  openCase,
  type LogCase,
} from '../../../../electron/services/log-review/log-case';
import { UAL_HEADERS, ualCsv } from '../../../fixtures/logs/ual-generator';

let dir: string;
let caseDir: string;
let logCase: LogCase;
const all: PageRequest = {
  filters: {},
  sort: { column: 'time', direction: 'asc' },
  offset: 0,
  limit: 5000,
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h7-case-'));
  caseDir = join(dir, 'case');
  writeFileSync(join(dir, 'ual.csv'), ualCsv('current', 400, 21));
  logCase = await createCase(caseDir, 'query');
  const outcome = await logCase.importFile(join(dir, 'ual.csv'));
  expect(outcome.status).toBe('imported');
});
afterAll(() => {
  logCase.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('query API', () => {
  it('pages in a stable order and counts the total', async () => {
    const first = await logCase.page({ ...all, limit: 50 });
    const second = await logCase.page({ ...all, offset: 50, limit: 50 });
    expect(first.total).toBe(400);
    const times = [...first.rows, ...second.rows].map((r) => r.time ?? '');
    expect(times).toEqual([...times].sort());
    expect(new Set([...first.rows, ...second.rows].map((r) => r.eventId)).size).toBe(100);
  });

  it('sorts by any column, both directions', async () => {
    for (const column of ['actor', 'operation', 'clientIp', 'result'] as const) {
      const asc = (await logCase.page({ ...all, sort: { column, direction: 'asc' } })).rows.map(
        (r) => r[column] ?? '',
      );
      const desc = (await logCase.page({ ...all, sort: { column, direction: 'desc' } })).rows.map(
        (r) => r[column] ?? '',
      );
      expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(desc[0]).toBe(asc[asc.length - 1]);
    }
  });

  it('counts facets that add up, keeping the facet own filter out', async () => {
    const workloads = await logCase.facet({}, 'workload');
    expect(workloads.reduce((n, f) => n + f.count, 0)).toBe(400);
    const pick = workloads[0]?.value ?? '';
    const filtered = await logCase.facet({ facets: { workload: [pick] } }, 'workload');
    expect(filtered).toEqual(workloads);
    const ops = await logCase.facet({ facets: { workload: [pick] } }, 'operation');
    expect(ops.reduce((n, f) => n + f.count, 0)).toBe(workloads[0]?.count);
  });

  it('combines filters', async () => {
    const { rows } = await logCase.page({ ...all, filters: { facets: { result: ['failed'] } } });
    const actor = rows[0]?.actor ?? '';
    const both = await logCase.page({
      ...all,
      filters: { facets: { result: ['failed'], actor: [actor] } },
    });
    expect(both.total).toBe(rows.filter((r) => r.actor === actor).length);
    expect(both.rows.every((r) => r.result === 'failed' && r.actor === actor)).toBe(true);
  });

  it('searches free text inside the raw JSON, case-insensitively', async () => {
    const { rows } = await logCase.page({ ...all, limit: 1 });
    const record = await logCase.record(rows[0]?.eventId ?? -1);
    const userKey = (JSON.parse(record?.rawPretty ?? '{}') as { AuditData: { UserKey: string } })
      .AuditData.UserKey;
    const found = await logCase.page({ ...all, filters: { text: userKey.toUpperCase() } });
    expect(found.total).toBeGreaterThanOrEqual(1);
    expect(found.rows.map((r) => r.eventId)).toContain(rows[0]?.eventId);
    expect((await logCase.page({ ...all, filters: { text: '100%_no such thing' } })).total).toBe(0);
  });

  it('filters by time range and draws a histogram of the filtered range', async () => {
    const { rows } = await logCase.page(all);
    const from = rows[100]?.time ?? '';
    const to = rows[200]?.time ?? '';
    const ranged = await logCase.page({ ...all, filters: { from, to } });
    expect(ranged.rows.every((r) => (r.time ?? '') >= from && (r.time ?? '') < to)).toBe(true);
    const buckets = await logCase.histogram({}, 10);
    expect(buckets).toHaveLength(10);
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(400);
    expect(buckets[0]?.start).toBe(rows[0]?.time);
  });

  it('reads a US-locale PM time as UTC afternoon', async () => {
    const file = join(dir, 'pm.csv');
    writeFileSync(
      file,
      `${UAL_HEADERS.current}\r\nid-pm,9/20/2023 4:05:03 PM,ExchangeItem,Send,pm@contoso.example,"{}",,\r\n`,
    );
    const outcome = await logCase.importFile(file);
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const page = await logCase.page({ ...all, filters: { fileIds: [outcome.file.fileId] } });
    expect(page.rows[0]?.time).toBe('2023-09-20T16:05:03.000Z');
  });
});

describe('cases', () => {
  it('keeps flags, tags and notes across close and reopen, and filters on them', async () => {
    const { rows } = await logCase.page({ ...all, limit: 3 });
    const [a, b] = [rows[0]?.eventId ?? -1, rows[1]?.eventId ?? -1];
    await logCase.annotate(a, {
      flagged: true,
      tags: ['exfil'],
      note: 'Downloaded at night, =cmd',
    });
    await logCase.annotate(b, { flagged: false, tags: ['exfil'], note: null });
    logCase.close();
    logCase = await openCase(caseDir);
    const flagged = await logCase.page({ ...all, filters: { flaggedOnly: true } });
    expect(flagged.rows.map((r) => [r.eventId, r.note, r.tags])).toEqual([
      [a, 'Downloaded at night, =cmd', ['exfil']],
    ]);
    expect((await logCase.page({ ...all, filters: { tag: 'exfil' } })).total).toBe(2);
    expect(logCase.document().files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exports the flagged view as neutralised CSV, JSONL and Parquet that read back', async () => {
    const filters = { flaggedOnly: true };
    const csvPath = join(dir, 'flagged.csv');
    expect(await logCase.exportEvents(filters, 'csv', csvPath)).toBe(1);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]?.note).toBe('Downloaded at night, =cmd');
    const jsonlPath = join(dir, 'view.jsonl');
    expect(
      await logCase.exportEvents({ facets: { result: ['failed'] } }, 'jsonl', jsonlPath),
    ).toBeGreaterThan(0);
    const first = JSON.parse(readFileSync(jsonlPath, 'utf8').split('\n')[0] ?? '{}') as {
      result: string;
      raw: { Id: string };
    };
    expect(first.result).toBe('failed');
    expect(typeof first.raw.Id).toBe('string');
    const parquetPath = join(dir, 'view.parquet');
    const written = await logCase.exportEvents({}, 'parquet', parquetPath);
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const back = await db.runAndReadAll(`SELECT count(*) FROM read_parquet('${parquetPath}')`);
    expect(Number(back.getRows()[0]?.[0])).toBe(written);
  });

  it('neutralises formula cells in CSV exports', async () => {
    const { rows } = await logCase.page({ ...all, limit: 1 });
    await logCase.annotate(rows[0]?.eventId ?? -1, {
      flagged: true,
      tags: [],
      note: '=HYPERLINK("x")',
    });
    const path = join(dir, 'formula.csv');
    await logCase.exportEvents({ flaggedOnly: true }, 'csv', path);
    expect(readFileSync(path, 'utf8')).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
