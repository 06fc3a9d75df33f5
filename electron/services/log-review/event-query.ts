// The query side of a case: pages, counts, facets, the histogram and one record, read straight
// from DuckDB so only the rows on screen ever reach the JS heap.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import {
  FACET_COLUMNS,
  eventRowSchema,
  type EventFilters,
  type EventPage,
  type EventRecord,
  type EventRow,
  type Facet,
  type FacetColumn,
  type HistogramBucket,
  type PageRequest,
} from '../../../shared/ipc/schemas/logs';
import { EVENT_ID_FILE_STRIDE, fileTable, type DuckSession } from './duckdb-session';
import {
  COLUMN_SQL,
  filtersKey,
  orderByTerms,
  searchTerms,
  termMatchSql,
  usesAnnotations,
  whereClause,
  type WhereOptions,
} from './filter-sql';
import { sqlCellsObject } from './sql-text';
import { createScratchCache, dropper } from './view-cache';

const ROW_COLUMNS = `e.event_id::DOUBLE AS "eventId", e.file_id AS "fileId", e.record_no::DOUBLE AS "recordNo",
  strftime(e.time, '%Y-%m-%dT%H:%M:%S.%gZ') AS "time", e.actor AS "actor", e.actor_kind AS "actorKind",
  e.operation AS "operation", e.workload AS "workload", e.object AS "object", e.client_ip AS "clientIp",
  e.result AS "result", e.record_type AS "recordType", e.purpose AS "purpose"`;

/** Pages this deep are served from a materialised sort order instead of ORDER BY ... OFFSET. */
export const DEEP_OFFSET = 5000;

type Annotated = { flagged: boolean; tags: string[]; note: string | null };

async function annotationsFor(
  db: DuckDBConnection,
  ids: readonly number[],
): Promise<Map<number, Annotated>> {
  const found = new Map<number, Annotated>();
  if (ids.length === 0) return found;
  const reader = await db.runAndReadAll(
    `SELECT event_id::DOUBLE AS id, flagged, tags, note FROM annotations
     WHERE event_id IN (${ids.map((id) => `${Math.floor(id)}::BIGINT`).join(', ')})`,
  );
  for (const r of reader.getRowObjectsJS()) {
    found.set(Number(r.id), {
      flagged: r.flagged === true,
      tags: Array.isArray(r.tags) ? r.tags.map(String) : [],
      note: typeof r.note === 'string' ? r.note : null,
    });
  }
  return found;
}

async function withAnnotations(
  db: DuckDBConnection,
  objects: readonly Record<string, unknown>[],
): Promise<EventRow[]> {
  const notes = await annotationsFor(
    db,
    objects.map((o) => Number(o.eventId)),
  );
  return objects.map((o) =>
    eventRowSchema.parse({
      ...o,
      ...(notes.get(Number(o.eventId)) ?? { flagged: false, tags: [], note: null }),
    }),
  );
}

function pretty(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export type EventQueries = ReturnType<typeof createEventQueries>;

/** What the record view needs of an event's file. */
export type RecordFile = {
  readonly name: string;
  /** The names of the cells the file's `extra` holds (see sqlCellsObject). */
  readonly otherCells: readonly string[];
};

export function createEventQueries(session: DuckSession) {
  const drop = dropper(session.withConnection);
  const matches = createScratchCache('match', 4, drop);
  const orders = createScratchCache('order', 3, drop);
  const totals = new Map<string, Promise<number>>();
  const keyedFilters = new Map<string, EventFilters>();
  /** Order tables whose view depends on annotations (rebuilt after an edit). */
  const annotationKeys = new Set<string>();

  /** The match table for a search (built once per set of terms). */
  const matchTable = async (filters: EventFilters): Promise<string | null> => {
    const terms = searchTerms(filters.text);
    if (terms.length === 0) return null;
    return matches.table(JSON.stringify(terms), (table) =>
      session.withConnection(async (db) => {
        // RE2 with (?i) over the raw text, measured on the 1M-row bench file (0.9 GB of raw
        // JSON, 2 cores): 340-370 ms a term, RE2's case-folding prefix scan being 67% of it;
        // contains() on a stored lower-cased copy 290-330 ms (memchr stops at every
        // occurrence of the term's first letter), lower(raw) per search 400 ms, ILIKE 1.3 s.
        // Storing that copy would add 2.4 s to the import (1.1 GB more written), so none;
        // termMatchSql narrows the RE2 scan with a plain byte search where a term allows.
        // Patterns are inlined (escaped) so DuckDB compiles each once, not per vector.
        // `cells` (an audit log's cells beside AuditData, as stored) is NULL for other formats,
        // and `x OR NULL` is NULL when x is false, so no coalesce is needed.
        const test = terms
          .map((t) => `(${termMatchSql(t, 'e.raw')} OR ${termMatchSql(t, 'e.cells')})`)
          .join(' AND ');
        await db.run(`CREATE TABLE ${table} AS SELECT e.event_id FROM events e WHERE ${test}`);
      }),
    );
  };

  const where = async (filters: EventFilters, options: Omit<WhereOptions, 'matches'> = {}) =>
    whereClause(filters, { ...options, matches: await matchTable(filters) });

  const countEvents = (filters: EventFilters): Promise<number> => {
    const key = filtersKey(filters);
    const cached = totals.get(key);
    if (cached !== undefined) return cached;
    const pending = (async () => {
      const w = await where(filters);
      return session.withConnection(async (db) => {
        const reader = await db.runAndReadAll(`SELECT count(*) FROM events e ${w.sql}`, w.params);
        return Number(reader.getRows()[0]?.[0] ?? 0);
      });
    })();
    totals.set(key, pending);
    keyedFilters.set(key, filters);
    pending.catch(() => totals.delete(key));
    if (totals.size > 50) {
      const oldest = totals.keys().next().value ?? key;
      totals.delete(oldest);
      keyedFilters.delete(oldest);
    }
    return pending;
  };

  const deepPage = async (request: PageRequest): Promise<Record<string, unknown>[]> => {
    const w = await where(request.filters);
    const key = `${filtersKey(request.filters)}|${request.sort.column}|${request.sort.direction}`;
    if (usesAnnotations(request.filters)) annotationKeys.add(key);
    const order = await orders.table(key, (table) =>
      session.withConnection(async (db) => {
        await db.run(
          `CREATE TABLE ${table} AS SELECT row_number() OVER (ORDER BY ${orderByTerms(request.sort)}) - 1 AS pos,
             e.event_id FROM events e ${w.sql}`,
          w.params,
        );
      }),
    );
    const ids = await session.withConnection(async (db) =>
      (
        await db.runAndReadAll(
          `SELECT event_id::DOUBLE FROM ${order}
           WHERE pos >= ${request.offset} AND pos < ${request.offset + request.limit} ORDER BY pos`,
        )
      )
        .getRows()
        .map((r) => Number(r[0])),
    );
    return rowsById(ids);
  };

  /**
   * The rows of `ids`, in that order: read from each file's table by rowid (which DuckDB
   * looks up directly), so a page never makes DuckDB build every row of the view first.
   * `rowid = ANY([...])`, not `rowid IN (...)`: DuckDB plans a 100-value IN list as a join
   * over the whole table (16 ms a page on the 1M-row bench file) and the list as a filter
   * it checks against each row group's rowid range (5.6 ms).
   */
  const rowsById = async (ids: readonly number[]): Promise<Record<string, unknown>[]> => {
    if (ids.length === 0) return [];
    const byFile = new Map<number, number[]>();
    for (const id of ids) {
      const fileId = Math.floor(id / EVENT_ID_FILE_STRIDE);
      const list = byFile.get(fileId) ?? [];
      list.push(id - fileId * EVENT_ID_FILE_STRIDE - 1);
      byFile.set(fileId, list);
    }
    const parts = [...byFile].map(
      ([fileId, rowids]) =>
        `SELECT (${fileId}::BIGINT * ${EVENT_ID_FILE_STRIDE} + rowid + 1) AS event_id, ${fileId} AS file_id,
           rowid + 1 AS record_no, * FROM ${fileTable(fileId)} WHERE rowid = ANY([${rowids.map((r) => String(Math.floor(r))).join(', ')}])`,
    );
    const objects = await session.withConnection(async (db) =>
      (
        await db.runAndReadAll(`SELECT ${ROW_COLUMNS} FROM (${parts.join(' UNION ALL ')}) e`)
      ).getRowObjectsJS(),
    );
    const byId = new Map(objects.map((o) => [Number(o.eventId), o]));
    return ids.flatMap((id) => {
      const found = byId.get(id);
      return found === undefined ? [] : [found];
    });
  };

  return {
    count: countEvents,
    /** The WHERE clause of `filters` over `events e`, search resolved. */
    where: (filters: EventFilters) => where(filters),

    page: async (request: PageRequest): Promise<EventPage> => {
      const total = countEvents(request.filters);
      let objects: Record<string, unknown>[];
      if (request.offset >= DEEP_OFFSET) objects = await deepPage(request);
      else {
        const w = await where(request.filters);
        // The narrow ORDER BY ... LIMIT picks the ids; only their rows are then read.
        const ids = await session.withConnection(async (db) =>
          (
            await db.runAndReadAll(
              `SELECT e.event_id::DOUBLE FROM events e ${w.sql} ORDER BY ${orderByTerms(request.sort)}
               LIMIT ${request.limit} OFFSET ${request.offset}`,
              w.params,
            )
          )
            .getRows()
            .map((r) => Number(r[0])),
        );
        objects = await rowsById(ids);
      }
      const rows = await session.withConnection((db) => withAnnotations(db, objects));
      return { rows, total: await total };
    },

    /** Counts per value of each facet column under every other filter. */
    facets: async (filters: EventFilters, limit = 25): Promise<Facet[]> => {
      // Facets whose own column is unfiltered share one WHERE, so one GROUPING SETS pass.
      const selected = (column: FacetColumn) => (filters.facets?.[column]?.length ?? 0) > 0;
      const groups: FacetColumn[][] = [FACET_COLUMNS.filter((c) => !selected(c))];
      for (const column of FACET_COLUMNS) if (selected(column)) groups.push([column]);
      const results = await Promise.all(
        groups
          .filter((columns) => columns.length > 0)
          .map(async (columns) => {
            const only = columns.length === 1 ? columns[0] : undefined;
            const w = await where(filters, only === undefined ? {} : { exceptFacet: only });
            const sets = columns.map((c) => `(${COLUMN_SQL[c]})`).join(', ');
            const which = columns
              .map((c) => `WHEN grouping(${COLUMN_SQL[c]}) = 0 THEN '${c}'`)
              .join(' ');
            const value = columns
              .map((c) => `WHEN grouping(${COLUMN_SQL[c]}) = 0 THEN ${COLUMN_SQL[c]}`)
              .join(' ');
            return session.withConnection(async (db) => {
              const reader = await db.runAndReadAll(
                `SELECT col, value, n::DOUBLE AS n, d::DOUBLE AS d FROM (
                   SELECT col, value, n, count(*) OVER (PARTITION BY col) AS d,
                     row_number() OVER (PARTITION BY col ORDER BY n DESC, value NULLS LAST) AS rk
                   FROM (SELECT CASE ${which} END AS col, CASE ${value} END AS value, count(*) AS n
                         FROM events e ${w.sql} GROUP BY GROUPING SETS (${sets})))
                 WHERE rk <= ${Math.max(1, Math.floor(limit))} ORDER BY col, rk`,
                w.params,
              );
              return reader.getRowObjectsJS();
            });
          }),
      );
      const byColumn = new Map<FacetColumn, Facet>(
        FACET_COLUMNS.map((column) => [column, { column, values: [], distinct: 0 }]),
      );
      for (const r of results.flat()) {
        const facet = byColumn.get(r.col as FacetColumn);
        if (facet === undefined) continue;
        byColumn.set(facet.column, {
          column: facet.column,
          values: [
            ...facet.values,
            { value: typeof r.value === 'string' ? r.value : null, count: Number(r.n) },
          ],
          distinct: Number(r.d),
        });
      }
      return [...byColumn.values()];
    },

    /**
     * Counts in `buckets` equal slices of time under every filter but the time range: the
     * range filter's own span when one is set (so selecting zooms in), the data's otherwise.
     */
    histogram: async (filters: EventFilters, buckets = 60): Promise<HistogramBucket[]> => {
      const w = await where(filters, { exceptTime: true });
      const n = Math.max(1, Math.min(500, Math.floor(buckets)));
      const params: DuckDBValue[] = [...w.params];
      const bound = (value: string | undefined): string => {
        if (value === undefined) return 'NULL::DOUBLE';
        params.push(value);
        return `epoch_ms($${params.length}::TIMESTAMPTZ)::DOUBLE`;
      };
      const lo = bound(filters.from);
      const hi = bound(filters.to);
      return session.withConnection(async (db) => {
        const reader = await db.runAndReadAll(
          `WITH f AS (SELECT epoch_ms(e.time)::DOUBLE AS ms FROM events e ${w.sql}),
             r AS (SELECT coalesce(${lo}, min(ms)) AS lo, coalesce(${hi}, max(ms) + 1) AS hi FROM f),
             c AS (SELECT least(${n} - 1, floor((ms - lo) * ${n} / (hi - lo)))::BIGINT AS i, count(*) AS c
                   FROM f, r WHERE ms >= lo AND ms < hi GROUP BY 1)
           SELECT (lo + b.i * (hi - lo) / ${n}) AS s, (lo + (b.i + 1) * (hi - lo) / ${n}) AS t,
             coalesce(c.c, 0)::DOUBLE AS c
           FROM r, range(${n}) AS b(i) LEFT JOIN c ON c.i = b.i
           WHERE lo IS NOT NULL AND hi > lo ORDER BY b.i`,
          params,
        );
        return reader.getRowObjectsJS().map((r) => ({
          start: new Date(Math.round(Number(r.s))).toISOString(),
          end: new Date(Math.round(Number(r.t))).toISOString(),
          count: Number(r.c),
        }));
      });
    },

    /** One event with its original record pretty-printed, or undefined when unknown. */
    record: async (
      eventIdValue: number,
      fileOf: (fileId: number) => RecordFile | undefined,
    ): Promise<EventRecord | undefined> => {
      const fileId = Math.floor(eventIdValue / EVENT_ID_FILE_STRIDE);
      const file = fileOf(fileId);
      if (file === undefined) return undefined;
      const name = file.name;
      const rowid = eventIdValue - fileId * EVENT_ID_FILE_STRIDE - 1;
      return session.withConnection(async (db) => {
        const reader = await db.runAndReadAll(
          `SELECT ${ROW_COLUMNS}, e.raw AS "raw", ${sqlCellsObject('e.extra', file.otherCells)} AS "extra"
           FROM (SELECT ${eventIdValue}::BIGINT AS event_id, ${fileId} AS file_id, rowid + 1 AS record_no, *
                 FROM ${fileTable(fileId)} WHERE rowid = ${Math.floor(rowid)} AND problem IS NULL) e`,
        );
        const object = reader.getRowObjectsJS()[0];
        if (object === undefined) return undefined;
        const { raw, extra, ...row } = object;
        const record = pretty(typeof raw === 'string' ? raw : null);
        const others = pretty(typeof extra === 'string' ? extra : null);
        // Audit-log CSVs keep AuditData as the record and the other cells beside it.
        const shown =
          others !== null && typeof others === 'object' ? { ...others, AuditData: record } : record;
        const [full] = await withAnnotations(db, [row]);
        if (full === undefined) return undefined;
        return { row: full, fileName: name, rawPretty: JSON.stringify(shown, null, 2) };
      });
    },

    /** Every flagged, tagged or annotated event, oldest first (for the case summary). */
    annotated: (limit = 100_000): Promise<EventRow[]> =>
      session.withConnection(async (db) => {
        const reader = await db.runAndReadAll(
          `SELECT ${ROW_COLUMNS}, a.flagged AS "flagged", a.tags AS "tags", a.note AS "note"
           FROM events e JOIN annotations a ON a.event_id = e.event_id
           ORDER BY e.time NULLS LAST, e.event_id LIMIT ${Math.floor(limit)}`,
        );
        return reader.getRowObjectsJS().map((o) => eventRowSchema.parse(o));
      }),

    /** After annotations change: drop what depended on them. */
    annotationsChanged: async (): Promise<void> => {
      for (const [key, filters] of keyedFilters)
        if (usesAnnotations(filters)) {
          totals.delete(key);
          keyedFilters.delete(key);
        }
      await orders.clear((key) => annotationKeys.has(key));
      annotationKeys.clear();
    },

    /** After the events changed (an import): every cached result is stale. */
    eventsChanged: async (): Promise<void> => {
      totals.clear();
      keyedFilters.clear();
      await matches.clear();
      await orders.clear();
    },
  };
}
