// Exports of the current view or the flagged events, written by DuckDB's COPY so a million
// rows never pass through JavaScript, in the order the table shows them. CSV cells that a
// spreadsheet would run as a formula are neutralised in SQL exactly as
// shared/domain/csv-cell.ts does it.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EventSort, ExportFormat } from '../../../shared/ipc/schemas/logs';
import { orderByTerms, type WhereClause } from './filter-sql';
import { sqlString } from './sql-text';

/** `'` before a leading = + - @ tab or CR (OWASP "CSV Injection"). */
function neutralised(expr: string): string {
  return (
    `CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) ` +
    `THEN '''' || ${expr} ELSE ${expr} END`
  );
}

const TEXT_COLUMNS: readonly (readonly [string, string])[] = [
  ['time', "strftime(e.time, '%Y-%m-%dT%H:%M:%S.%gZ')"],
  ['actor', 'e.actor'],
  ['actorKind', 'e.actor_kind'],
  ['operation', 'e.operation'],
  ['workload', 'e.workload'],
  ['object', 'e.object'],
  ['clientIp', 'e.client_ip'],
  ['result', 'e.result'],
  ['recordType', 'e.record_type'],
  ['purpose', 'e.purpose'],
];

function columns(format: ExportFormat): string {
  const text = (expr: string): string => (format === 'csv' ? neutralised(expr) : expr);
  const list = [
    'e.event_id AS "eventId"',
    'e.file_id AS "fileId"',
    'e.record_no AS "recordNo"',
    ...TEXT_COLUMNS.map(([name, expr]) => `${text(expr)} AS "${name}"`),
    'coalesce(a.flagged, false) AS "flagged"',
    format === 'csv'
      ? `${text("array_to_string(coalesce(a.tags, []::VARCHAR[]), '; ')")} AS "tags"`
      : 'coalesce(a.tags, []::VARCHAR[]) AS "tags"',
    `${text('a.note')} AS "note"`,
  ];
  if (format === 'csv')
    list.push(`${text('e.raw')} AS "raw"`, `${text('e.extra')} AS "otherCells"`);
  else if (format === 'jsonl') list.push('json(e.raw) AS "raw"', 'json(e.extra) AS "otherCells"');
  else list.push('e.raw AS "raw"', 'e.extra AS "otherCells"');
  return list.join(',\n  ');
}

const OPTIONS: Readonly<Record<ExportFormat, string>> = {
  csv: 'FORMAT csv, HEADER true',
  jsonl: 'FORMAT json',
  parquet: 'FORMAT parquet, COMPRESSION zstd',
};

/**
 * Writes the events matching `where` to `outPath`, ordered by `sort` exactly as the view's
 * pages are (orderByTerms); returns how many were written.
 */
export async function exportEvents(
  db: DuckDBConnection,
  where: WhereClause,
  sort: EventSort,
  format: ExportFormat,
  outPath: string,
): Promise<number> {
  const select = `SELECT ${columns(format)}
    FROM events e LEFT JOIN annotations a ON a.event_id = e.event_id ${where.sql}
    ORDER BY ${orderByTerms(sort)}`;
  const reader = await db.runAndReadAll(
    `COPY (${select}) TO ${sqlString(outPath)} (${OPTIONS[format]})`,
    where.params,
  );
  return Number(reader.getRows()[0]?.[0] ?? 0);
}
