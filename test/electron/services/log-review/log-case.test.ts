import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facet, FacetColumn, PageRequest } from '../../../../shared/ipc/schemas/logs';
import { DEEP_OFFSET } from '../../../../electron/services/log-review/event-query';
import {
  createCase,
  openCase,
  type LogCase,
} from '../../../../electron/services/log-review/log-case';
import { UAL_HEADERS, ualCsv, writeUalCurrentExport } from '../../../fixtures/logs/ual-generator';

let dir: string;
let caseDir: string;
let logCase: LogCase;
const ROWS = 400;
const all: PageRequest = {
  filters: {},
  sort: { column: 'time', direction: 'asc' },
  offset: 0,
  limit: 5000,
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-case-'));
  caseDir = join(dir, 'case');
  writeFileSync(join(dir, 'ual.csv'), ualCsv('current', ROWS, 21));
  logCase = await createCase(caseDir, 'query');
  const outcome = await logCase.importFile(join(dir, 'ual.csv'));
  expect(outcome.status).toBe('imported');
});
afterAll(async () => {
  await logCase.close();
  rmSync(dir, { recursive: true, force: true });
});

function facet(facets: readonly Facet[], column: FacetColumn): Facet {
  const found = facets.find((f) => f.column === column);
  if (found === undefined) throw new Error(`no facet ${column}`);
  return found;
}

const page = (request: Partial<PageRequest>) => logCase.queries.page({ ...all, ...request });

describe('query API', () => {
  it('pages in a stable order and counts the total', async () => {
    const first = await page({ limit: 50 });
    const second = await page({ offset: 50, limit: 50 });
    expect(first.total).toBe(ROWS);
    const times = [...first.rows, ...second.rows].map((r) => r.time ?? '');
    expect(times).toEqual([...times].sort());
    expect(new Set([...first.rows, ...second.rows].map((r) => r.eventId)).size).toBe(100);
  });

  it('sorts by any column, both directions, ties broken by event id', async () => {
    for (const column of ['actor', 'operation', 'clientIp', 'result', 'workload'] as const) {
      const asc = (await page({ sort: { column, direction: 'asc' } })).rows;
      const desc = (await page({ sort: { column, direction: 'desc' } })).rows;
      const values = asc.map((r) => r[column] ?? '');
      expect(values).toEqual([...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(desc.map((r) => r.eventId)).toEqual(asc.map((r) => r.eventId).reverse());
    }
  });

  it('counts facets that add up, keeping each facet own selection out', async () => {
    const facets = await logCase.queries.facets({});
    const workloads = facet(facets, 'workload');
    expect(workloads.values.reduce((n, f) => n + f.count, 0)).toBe(ROWS);
    expect(workloads.distinct).toBe(workloads.values.length);
    const pick = workloads.values[0]?.value ?? '';
    const filtered = await logCase.queries.facets({ facets: { workload: [pick] } });
    expect(facet(filtered, 'workload')).toEqual(workloads);
    const ops = facet(filtered, 'operation');
    expect(ops.values.reduce((n, f) => n + f.count, 0)).toBe(workloads.values[0]?.count);
    for (const column of ['actor', 'result', 'recordType'] as const)
      expect(facet(facets, column).values.length).toBeGreaterThan(0);
  });

  it('combines filters, and the total says how many match', async () => {
    const { rows } = await page({ filters: { facets: { result: ['failed'] } } });
    const actor = rows[0]?.actor ?? '';
    const both = await page({ filters: { facets: { result: ['failed'], actor: [actor] } } });
    expect(both.total).toBe(rows.filter((r) => r.actor === actor).length);
    expect(both.rows.every((r) => r.result === 'failed' && r.actor === actor)).toBe(true);
  });

  it('searches free text inside the raw JSON, case-insensitively, every term', async () => {
    const { rows } = await page({ limit: 1 });
    const record = await logCase.record(rows[0]?.eventId ?? -1);
    const raw = JSON.parse(record?.rawPretty ?? '{}') as {
      AuditData: { UserKey: string; Id: string };
    };
    const found = await page({ filters: { text: raw.AuditData.UserKey.toUpperCase() } });
    expect(found.total).toBeGreaterThanOrEqual(1);
    expect(found.rows.map((r) => r.eventId)).toContain(rows[0]?.eventId);
    const both = await page({
      filters: { text: `${raw.AuditData.Id} "${raw.AuditData.UserKey}"` },
    });
    expect(both.rows.map((r) => r.eventId)).toEqual([rows[0]?.eventId]);
    expect((await page({ filters: { text: `${raw.AuditData.Id} nosuchterm` } })).total).toBe(0);
    // Regular-expression characters are matched literally.
    expect((await page({ filters: { text: '100%_.* (no such thing' } })).total).toBe(0);
    expect((await page({ filters: { text: 'Q1.xlsx' } })).total).toBeGreaterThan(0);
    expect((await page({ filters: { text: 'Q1?xlsx' } })).total).toBe(0);
  });

  it('keeps the cells beside AuditData by name, in the record, the exports and the search', async () => {
    const names = UAL_HEADERS.current.split(',').filter((c) => c !== 'AuditData');
    const { rows } = await page({ limit: 1 });
    const first = rows[0];
    const record = await logCase.record(first?.eventId ?? -1);
    const shown = JSON.parse(record?.rawPretty ?? '{}') as Record<string, unknown> & {
      AuditData: { Id: string };
    };
    expect(Object.keys(shown)).toEqual([...names, 'AuditData']);
    expect(shown.RecordId).toBe(shown.AuditData.Id);
    expect(shown.AssociatedAdminUnits).toBeNull();
    // The US-locale CreationDate is only in its cell (AuditData has the ISO time).
    const date = String(shown.CreationDate);
    expect(JSON.stringify(shown.AuditData)).not.toContain(date);
    const byDate = await page({ filters: { text: `"${date.toLowerCase()}"` } });
    expect(byDate.rows.map((r) => r.eventId)).toContain(first?.eventId);
    const jsonlPath = join(dir, 'cells.jsonl');
    await logCase.exportEvents({ text: `"${date}"` }, all.sort, 'jsonl', jsonlPath);
    const exported = readFileSync(jsonlPath, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { eventId: number; otherCells: Record<string, unknown> });
    const mine = exported.find((e) => e.eventId === first?.eventId);
    expect(mine?.otherCells).toEqual(Object.fromEntries(names.map((n) => [n, shown[n]])));
  });

  it('search filters facets and the histogram too', async () => {
    const filters = { text: 'filedownloaded' };
    const { total } = await page({ filters });
    expect(total).toBeGreaterThan(0);
    const ops = facet(await logCase.queries.facets(filters), 'operation');
    expect(ops.values).toEqual([{ value: 'FileDownloaded', count: total }]);
    const buckets = await logCase.queries.histogram(filters, 10);
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(total);
  });

  it('filters by time range; the histogram spans the range it is filtered to', async () => {
    const { rows } = await page({});
    const from = rows[100]?.time ?? '';
    const to = rows[200]?.time ?? '';
    const ranged = await page({ filters: { from, to } });
    expect(ranged.total).toBe(100);
    expect(ranged.rows.every((r) => (r.time ?? '') >= from && (r.time ?? '') < to)).toBe(true);
    const whole = await logCase.queries.histogram({}, 10);
    expect(whole).toHaveLength(10);
    expect(whole.reduce((n, b) => n + b.count, 0)).toBe(ROWS);
    expect(whole[0]?.start).toBe(rows[0]?.time);
    const zoomed = await logCase.queries.histogram({ from, to }, 4);
    expect(zoomed.map((b) => b.start)[0]).toBe(from);
    expect(zoomed[3]?.end).toBe(to);
    expect(zoomed.reduce((n, b) => n + b.count, 0)).toBe(100);
  });

  it('serves deep pages from the sorted order, identical to OFFSET paging', async () => {
    const dir2 = join(dir, 'deep');
    const big = join(dir, 'big.csv');
    await writeUalCurrentExport(big, DEEP_OFFSET + 300, 5);
    const deepCase = await createCase(dir2, 'deep');
    try {
      await deepCase.importFile(big);
      const sort = { column: 'actor', direction: 'desc' } as const;
      const request = { filters: {}, sort, limit: 100 };
      const deep = await deepCase.queries.page({ ...request, offset: DEEP_OFFSET + 50 });
      // One direct ORDER BY ... LIMIT page over everything is the reference order.
      const everything = await deepCase.queries.page({
        ...request,
        offset: 0,
        limit: DEEP_OFFSET + 300,
      });
      expect(deep.total).toBe(DEEP_OFFSET + 300);
      expect(deep.rows.map((r) => r.eventId)).toEqual(
        everything.rows.slice(DEEP_OFFSET + 50, DEEP_OFFSET + 150).map((r) => r.eventId),
      );
      const last = await deepCase.queries.page({ ...request, offset: DEEP_OFFSET + 250 });
      expect(last.rows.map((r) => r.eventId)).toEqual(
        everything.rows.slice(DEEP_OFFSET + 250).map((r) => r.eventId),
      );
    } finally {
      await deepCase.close();
    }
  });

  it('reads a US-locale PM time as UTC afternoon', async () => {
    const file = join(dir, 'pm.csv');
    writeFileSync(
      file,
      `${UAL_HEADERS.current}\r\nid-pm,9/20/2023 4:05:03 PM,ExchangeItem,Send,pm@contoso.example,"{}",,\r\n`,
    );
    const outcome = await logCase.importFile(file);
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const result = await page({ filters: { fileIds: [outcome.file.fileId] } });
    expect(result.rows[0]?.time).toBe('2023-09-20T16:05:03.000Z');
  });
});

describe('cases', () => {
  it('keeps flags, tags and notes across close and reopen, and filters on them', async () => {
    const { rows } = await page({ limit: 3 });
    const [a, b] = [rows[0]?.eventId ?? -1, rows[1]?.eventId ?? -1];
    const saved = await logCase.annotate(a, {
      flagged: true,
      tags: ['exfil', ' exfil '],
      note: 'Downloaded at night, =cmd',
    });
    expect(saved).toMatchObject({ eventId: a, flagged: true, tags: ['exfil'] });
    await logCase.annotate(b, { flagged: false, tags: ['exfil'], note: null });
    expect(await logCase.annotate(123, { flagged: true, tags: [], note: null })).toBeUndefined();
    await logCase.saveFilters({ facets: { result: ['failed'] } });
    const idsBefore = (await page({ limit: 20 })).rows.map((r) => r.eventId);
    await logCase.close();
    logCase = await openCase(caseDir);
    expect(logCase.document().filters).toEqual({ facets: { result: ['failed'] } });
    expect((await page({ limit: 20 })).rows.map((r) => r.eventId)).toEqual(idsBefore);
    const flagged = await page({ filters: { flaggedOnly: true } });
    expect(flagged.rows.map((r) => [r.eventId, r.note, r.tags])).toEqual([
      [a, 'Downloaded at night, =cmd', ['exfil']],
    ]);
    expect((await page({ filters: { tag: 'exfil' } })).total).toBe(2);
    expect(logCase.info()).toMatchObject({ flaggedEvents: 1, tags: ['exfil'] });
    expect(logCase.document().files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rebuilds the notes from case.json when the database mirror is behind', async () => {
    const { rows } = await page({ filters: { flaggedOnly: true } });
    const document = logCase.document();
    await logCase.close();
    // As if the app died after writing case.json and before updating the database.
    const extra = rows[0]?.eventId ?? -1;
    writeFileSync(
      join(caseDir, 'case.json'),
      JSON.stringify({
        ...document,
        annotations: {
          ...document.annotations,
          [String(extra + 1)]: { flagged: true, tags: [], note: 'late' },
        },
        annotationsRevision: document.annotationsRevision + 1,
      }),
    );
    logCase = await openCase(caseDir);
    const flagged = await page({ filters: { flaggedOnly: true } });
    expect(flagged.rows.map((r) => r.note)).toEqual(['Downloaded at night, =cmd', 'late']);
    await logCase.annotate(extra + 1, { flagged: false, tags: [], note: null });
  });

  it('exports the flagged view as neutralised CSV, JSONL and Parquet that read back', async () => {
    const filters = { flaggedOnly: true };
    const csvPath = join(dir, 'flagged.csv');
    expect(await logCase.exportEvents(filters, all.sort, 'csv', csvPath)).toBe(1);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]?.note).toBe('Downloaded at night, =cmd');
    expect(parsed.data[0]?.tags).toBe('exfil');
    expect(JSON.parse(parsed.data[0]?.raw ?? '{}')).toHaveProperty('UserKey');
    const jsonlPath = join(dir, 'view.jsonl');
    const failed = await logCase.exportEvents(
      { facets: { result: ['failed'] } },
      all.sort,
      'jsonl',
      jsonlPath,
    );
    const lines = readFileSync(jsonlPath, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(failed);
    const first = JSON.parse(lines[0] ?? '{}') as { result: string; raw: { Id: string } };
    expect(first.result).toBe('failed');
    expect(typeof first.raw.Id).toBe('string');
    const parquetPath = join(dir, 'view.parquet');
    const written = await logCase.exportEvents({}, all.sort, 'parquet', parquetPath);
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const back = await db.runAndReadAll(
      `SELECT count(*), count(DISTINCT "eventId") FROM read_parquet('${parquetPath}')`,
    );
    expect(back.getRows()[0]?.map(Number)).toEqual([written, written]);
    expect(written).toBe(logCase.info().totalEvents);
  });

  it('exports the view in the order the table shows it, for any sort', async () => {
    const filters = { facets: { result: ['success'] } };
    const sorts = [
      { column: 'actor', direction: 'desc' },
      { column: 'clientIp', direction: 'asc' },
      { column: 'time', direction: 'desc' },
    ] as const;
    for (const [i, sort] of sorts.entries()) {
      const shown = (await page({ filters, sort })).rows;
      expect(shown.length).toBeGreaterThan(1);
      const csvPath = join(dir, `sorted-${i}.csv`);
      expect(await logCase.exportEvents(filters, sort, 'csv', csvPath)).toBe(shown.length);
      const parsed = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.data.map((r) => Number(r.eventId))).toEqual(shown.map((r) => r.eventId));
      const jsonlPath = join(dir, `sorted-${i}.jsonl`);
      await logCase.exportEvents(filters, sort, 'jsonl', jsonlPath);
      const lines = readFileSync(jsonlPath, 'utf8').trim().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { eventId: number }).eventId)).toEqual(
        shown.map((r) => r.eventId),
      );
    }
    // Not the default order: sorting by actor, descending, really moved rows.
    const byTime = (await page({ filters })).rows.map((r) => r.eventId);
    const byActor = (await page({ filters, sort: sorts[0] })).rows.map((r) => r.eventId);
    expect(byActor).not.toEqual(byTime);
    const actors = (await page({ filters, sort: sorts[0] })).rows.map((r) => r.actor ?? '');
    expect(actors).toEqual([...actors].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('neutralises formula cells in CSV exports', async () => {
    const { rows } = await page({ limit: 1 });
    await logCase.annotate(rows[0]?.eventId ?? -1, {
      flagged: true,
      tags: ['+tag'],
      note: '=HYPERLINK("x")',
    });
    const path = join(dir, 'formula.csv');
    await logCase.exportEvents({ flaggedOnly: true }, all.sort, 'csv', path);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data[0]?.note).toBe(`'=HYPERLINK("x")`);
    expect(parsed.data[0]?.tags).toBe(`'+tag`);
    for (const row of parsed.data)
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
