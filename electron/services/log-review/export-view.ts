// Exports of the current view or the flagged events. CSV is written here row by row from
// DuckDB's result chunks (every cell neutralised against spreadsheet formulas); JSONL and
// Parquet are DuckDB's own COPY.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { formatCsvRow, type CsvValue } from '../../../shared/domain/csv-cell';
import type { EventFilters } from './event-model';
import { EVENTS_FROM, whereClause } from './filter-sql';
import { sqlString } from './sql-text';

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

const EXPORT_COLUMNS = `e.event_id AS "eventId", strftime(e.time, '%Y-%m-%dT%H:%M:%S.%gZ') AS "time",
  e.actor AS "actor", e.actor_kind AS "actorKind", e.operation AS "operation", e.workload AS "workload",
  e.object AS "object", e.client_ip AS "clientIp", e.result AS "result", e.record_type AS "recordType",
  e.purpose AS "purpose", coalesce(a.flagged, false) AS "flagged",
  array_to_string(coalesce(a.tags, []::VARCHAR[]), ';') AS "tags", a.note AS "note"`;

function selectSql(
  filters: EventFilters,
  format: ExportFormat,
): { sql: string; params: ReturnType<typeof whereClause>['params'] } {
  const where = whereClause(filters);
  const raw =
    format === 'csv' ? 'e.raw AS "raw"' : 'json(e.raw) AS "raw", json(e.extra) AS "otherCells"';
  return {
    sql: `SELECT ${EXPORT_COLUMNS}, ${raw} FROM ${EVENTS_FROM} ${where.sql} ORDER BY e.time, e.event_id`,
    params: where.params,
  };
}

function toCsvValue(value: DuckDBValue): CsvValue {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return value;
  return String(value);
}

async function writeCsv(
  db: DuckDBConnection,
  sql: string,
  params: ReturnType<typeof whereClause>['params'],
  outPath: string,
): Promise<number> {
  const result = await db.stream(sql, params);
  const out = createWriteStream(outPath);
  out.write(formatCsvRow(result.columnNames()));
  let rows = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    let text = '';
    for (const row of chunk.getRows()) text += formatCsvRow(row.map(toCsvValue));
    rows += chunk.rowCount;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

/** Writes the events matching `filters` to `outPath`; returns how many were written. */
export async function exportEvents(
  db: DuckDBConnection,
  filters: EventFilters,
  format: ExportFormat,
  outPath: string,
): Promise<number> {
  const { sql, params } = selectSql(filters, format);
  if (format === 'csv') return writeCsv(db, sql, params, outPath);
  const options = format === 'jsonl' ? 'FORMAT json' : 'FORMAT parquet, COMPRESSION zstd';
  const reader = await db.runAndReadAll(
    `COPY (${sql}) TO ${sqlString(outPath)} (${options})`,
    params,
  );
  return Number(reader.getRows()[0]?.[0] ?? 0);
}
