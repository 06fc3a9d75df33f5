// The query side of a case: pages, facets, histogram and one record, read straight from
// DuckDB so only the rows on screen ever reach the JS heap.
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  eventRowSchema,
  type EventFilters,
  type EventPage,
  type EventRecord,
  type EventRow,
  type FacetColumn,
  type FacetCount,
  type HistogramBucket,
  type PageRequest,
} from './event-model';
import { COLUMN_SQL, EVENTS_FROM, whereClause } from './filter-sql';

const ROW_COLUMNS = `e.event_id::DOUBLE AS "eventId", e.file_id AS "fileId", e.record_no::DOUBLE AS "recordNo",
  strftime(e.time, '%Y-%m-%dT%H:%M:%S.%gZ') AS "time", e.actor AS "actor", e.actor_kind AS "actorKind",
  e.operation AS "operation", e.workload AS "workload", e.object AS "object", e.client_ip AS "clientIp",
  e.result AS "result", e.record_type AS "recordType", e.purpose AS "purpose",
  coalesce(a.flagged, false) AS "flagged", coalesce(a.tags, []::VARCHAR[]) AS "tags", a.note AS "note"`;

function toRows(objects: readonly Record<string, unknown>[]): EventRow[] {
  return objects.map((o) => eventRowSchema.parse(o));
}

export async function queryPage(db: DuckDBConnection, request: PageRequest): Promise<EventPage> {
  const where = whereClause(request.filters);
  const direction = request.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const order = `${COLUMN_SQL[request.sort.column]} ${direction} NULLS LAST, e.event_id ${direction}`;
  const rows = await db.runAndReadAll(
    `SELECT ${ROW_COLUMNS} FROM ${EVENTS_FROM} ${where.sql} ORDER BY ${order} LIMIT ${request.limit} OFFSET ${request.offset}`,
    where.params,
  );
  const total = await countEvents(db, request.filters);
  return { rows: toRows(rows.getRowObjectsJS()), total };
}

export async function countEvents(db: DuckDBConnection, filters: EventFilters): Promise<number> {
  const where = whereClause(filters);
  const reader = await db.runAndReadAll(
    `SELECT count(*) FROM ${EVENTS_FROM} ${where.sql}`,
    where.params,
  );
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Counts per value of one column under every other filter (so picking a value never hides its siblings). */
export async function queryFacet(
  db: DuckDBConnection,
  filters: EventFilters,
  column: FacetColumn,
  limit = 50,
): Promise<FacetCount[]> {
  const where = whereClause(filters, column);
  const reader = await db.runAndReadAll(
    `SELECT ${COLUMN_SQL[column]} AS value, count(*)::DOUBLE AS count FROM ${EVENTS_FROM} ${where.sql}
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${Math.max(1, Math.floor(limit))}`,
    where.params,
  );
  return reader.getRowObjectsJS().map((r) => ({
    value: typeof r.value === 'string' ? r.value : null,
    count: Number(r.count),
  }));
}

/** Event counts in `buckets` equal slices of the filtered time range. */
export async function queryHistogram(
  db: DuckDBConnection,
  filters: EventFilters,
  buckets = 60,
): Promise<HistogramBucket[]> {
  const where = whereClause(filters);
  const n = Math.max(1, Math.min(1000, Math.floor(buckets)));
  // One pass: bucket index per row, grouped; empty buckets are filled from range().
  const reader = await db.runAndReadAll(
    `WITH f AS (SELECT epoch_ms(e.time) AS ms FROM ${EVENTS_FROM} ${where.sql}),
       r AS (SELECT min(ms) AS lo, max(ms) + 1 AS hi FROM f WHERE ms IS NOT NULL),
       c AS (SELECT least(${n} - 1, floor((ms - lo) * ${n} / (hi - lo)))::BIGINT AS i, count(*) AS c
             FROM f, r WHERE ms IS NOT NULL GROUP BY 1)
     SELECT (lo + b.i * (hi - lo) / ${n})::DOUBLE AS s, (lo + (b.i + 1) * (hi - lo) / ${n})::DOUBLE AS t,
       coalesce(c.c, 0)::DOUBLE AS c
     FROM r, range(${n}) AS b(i) LEFT JOIN c ON c.i = b.i WHERE lo IS NOT NULL ORDER BY b.i`,
    where.params,
  );
  return reader.getRowObjectsJS().map((r) => ({
    start: new Date(Number(r.s)).toISOString(),
    end: new Date(Number(r.t)).toISOString(),
    count: Number(r.c),
  }));
}

function pretty(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** One event with its original record pretty-printed, or undefined when the id is unknown. */
export async function queryRecord(
  db: DuckDBConnection,
  eventId: number,
): Promise<EventRecord | undefined> {
  const reader = await db.runAndReadAll(
    `SELECT ${ROW_COLUMNS}, e.raw AS "raw", e.extra AS "extra" FROM ${EVENTS_FROM} WHERE e.event_id = $1::BIGINT`,
    [eventId],
  );
  const object = reader.getRowObjectsJS()[0];
  if (object === undefined) return undefined;
  const { raw, extra, ...row } = object;
  const record = pretty(typeof raw === 'string' ? raw : null);
  const others = pretty(typeof extra === 'string' ? extra : null);
  // Audit-log CSVs keep AuditData as the record and the other cells beside it.
  const shown =
    others !== null && typeof others === 'object' ? { ...others, AuditData: record } : record;
  return { row: eventRowSchema.parse(row), rawPretty: JSON.stringify(shown, null, 2) };
}
