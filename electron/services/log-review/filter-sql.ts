// Turns validated filters into a WHERE clause with bound parameters. Free text is matched
// against the lower-cased copy of the raw record (a case-insensitive LIKE over the raw JSON
// takes seconds at a million rows) and the record's other cells.
import type { DuckDBValue } from '@duckdb/node-api';
import type { EventFilters, FacetColumn, SortColumn } from './event-model';

export const COLUMN_SQL: Readonly<Record<SortColumn, string>> = {
  time: 'e.time',
  actor: 'e.actor',
  actorKind: 'e.actor_kind',
  operation: 'e.operation',
  workload: 'e.workload',
  object: 'e.object',
  clientIp: 'e.client_ip',
  result: 'e.result',
  recordType: 'e.record_type',
  purpose: 'e.purpose',
  eventId: 'e.event_id',
};

export type WhereClause = { readonly sql: string; readonly params: DuckDBValue[] };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** WHERE for `filters`, leaving out the facet `except` so its own counts stay visible. */
export function whereClause(filters: EventFilters, except?: FacetColumn): WhereClause {
  const parts: string[] = [];
  const params: DuckDBValue[] = [];
  const bind = (value: DuckDBValue): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filters.from !== undefined)
    parts.push(`e.time >= ${bind(filters.from)}::TIMESTAMPTZ::TIMESTAMP`);
  if (filters.to !== undefined) parts.push(`e.time < ${bind(filters.to)}::TIMESTAMPTZ::TIMESTAMP`);
  const text = filters.text?.trim().toLowerCase();
  if (text !== undefined && text !== '') {
    const pattern = bind(`%${escapeLike(text)}%`);
    parts.push(
      `(e.raw_lc LIKE ${pattern} ESCAPE '\\' OR lower(e.extra) LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  for (const [column, values] of Object.entries(filters.facets ?? {}) as [
    FacetColumn,
    string[] | undefined,
  ][]) {
    if (column === except || values === undefined || values.length === 0) continue;
    parts.push(`${COLUMN_SQL[column]} IN (${values.map(bind).join(', ')})`);
  }
  if (filters.flaggedOnly === true) parts.push('coalesce(a.flagged, false)');
  if (filters.tag !== undefined) parts.push(`list_contains(a.tags, ${bind(filters.tag)})`);
  if (filters.fileIds !== undefined && filters.fileIds.length > 0)
    parts.push(`e.file_id IN (${filters.fileIds.map((id) => String(id)).join(', ')})`);
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

/** Events joined with their annotations; every query reads from this. */
export const EVENTS_FROM = 'events e LEFT JOIN annotations a ON a.event_id = e.event_id';
