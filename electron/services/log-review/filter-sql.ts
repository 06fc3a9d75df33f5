// Turns validated filters into a WHERE clause with bound parameters, and a validated sort into
// an ORDER BY. Free text is not matched here row by row: it is resolved once per search into a
// table of matching event ids (built by matchTable in event-query.ts, kept as a scratch table
// by view-cache.ts) that every query of the view joins, so a page, seven facets and the
// histogram cost one scan of the raw records, not nine.
import type { DuckDBValue } from '@duckdb/node-api';
import type {
  EventFilters,
  EventSort,
  FacetColumn,
  SortColumn,
} from '../../../shared/ipc/schemas/logs';
import { re2Literal, sqlString } from './sql-text';

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

/**
 * The ORDER BY terms (without the keywords) for `sort` over `events e`: the column only ever
 * comes from COLUMN_SQL, never from the request's text; ties go by event id, the same way, so
 * the table's pages and an export of the view list the rows in one order.
 */
export function orderByTerms(sort: EventSort): string {
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  return `${COLUMN_SQL[sort.column]} ${direction} NULLS LAST, e.event_id ${direction}`;
}

export type WhereClause = { readonly sql: string; readonly params: DuckDBValue[] };

export type WhereOptions = {
  /** Leave this facet's own selection out, so its counts show every alternative. */
  readonly exceptFacet?: FacetColumn;
  /** Leave the time range out (the histogram draws it). */
  readonly exceptTime?: boolean;
  /** The table of event ids matching `filters.text` (event-query.ts builds and caches it). */
  readonly matches?: string | null;
};

/**
 * The search terms of a free-text query: words, or "quoted phrases", every one of which must
 * occur somewhere in the record (any field, the raw JSON included), ignoring case.
 */
export function searchTerms(text: string | undefined): string[] {
  if (text === undefined) return [];
  const terms: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '') terms.push(term);
  }
  return [...new Set(terms.map((t) => t.toLowerCase()))].slice(0, 10);
}

/**
 * The RE2 pattern for a term: its literal text, case ignored. ASCII letters become classes
 * (`[sS]`) rather than `(?i)`: RE2's folding of `s` and `k` takes in `ſ` (U+017F) and the
 * Kelvin sign, whose multi-byte alternatives cost it its fast scan: on the 1M-row bench file
 * `(?i)sharepoint` took 565 ms, `[sS][hH]...` 218 ms, other words the same either way. Letters
 * outside ASCII keep RE2's Unicode folding (`(?i:ü)`).
 */
export function termPattern(term: string): string {
  return Array.from(term)
    .map((c) => {
      if (/[A-Za-z]/.test(c)) return `[${c.toLowerCase()}${c.toUpperCase()}]`;
      const literal = re2Literal(c);
      return /[^ -~]/.test(c) ? `(?i:${literal})` : literal;
    })
    .join('');
}

/** Letters and anything but printable ASCII: the characters case folding may change. */
const FOLDABLE = /[A-Za-z]|[^ -~]/;
const MIN_ANCHOR = 3;

/**
 * The longest run of a term's characters that case folding leaves alone (ASCII digits,
 * punctuation, spaces), when it is long enough to narrow a scan: every case-insensitive match
 * of the term contains it exactly, so a plain byte search for it can go first.
 */
export function caseFreeAnchor(term: string): string | null {
  const runs = term.split(new RegExp(FOLDABLE.source, 'g'));
  const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
  return longest.length >= MIN_ANCHOR ? longest : null;
}

/**
 * SQL testing one search term against a text column, case ignored. RE2's case-insensitive
 * scan is the cost of a search (on the 1M-row bench file, ~0.45 s of a ~0.48 s search, its
 * case-folding prefix scan 67% of the CPU); the ids, addresses, dates and numbers auditors
 * search for hold runs that do not fold, found by contains() (a plain byte search) first,
 * so RE2 reads only the rows that have them, and a term with nothing to fold needs no RE2.
 */
export function termMatchSql(term: string, column: string): string {
  if (!FOLDABLE.test(term)) return `contains(${column}, ${sqlString(term)})`;
  const pattern = `regexp_matches(${column}, ${sqlString(termPattern(term))})`;
  const anchor = caseFreeAnchor(term);
  return anchor === null ? pattern : `(contains(${column}, ${sqlString(anchor)}) AND ${pattern})`;
}

/** Whether the filters read the annotations table (so caches must follow annotation edits). */
export function usesAnnotations(filters: EventFilters): boolean {
  return filters.flaggedOnly === true || filters.tag !== undefined;
}

/** WHERE for `filters` over `events e` (annotations reached through subqueries). */
export function whereClause(filters: EventFilters, options: WhereOptions = {}): WhereClause {
  const parts: string[] = [];
  const params: DuckDBValue[] = [];
  const bind = (value: DuckDBValue): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (options.exceptTime !== true) {
    if (filters.from !== undefined)
      parts.push(`e.time >= ${bind(filters.from)}::TIMESTAMPTZ::TIMESTAMP`);
    if (filters.to !== undefined)
      parts.push(`e.time < ${bind(filters.to)}::TIMESTAMPTZ::TIMESTAMP`);
  }
  if (searchTerms(filters.text).length > 0) {
    if (options.matches === undefined || options.matches === null)
      throw new Error('A free-text filter needs its match table.');
    parts.push(`e.event_id IN (SELECT event_id FROM ${options.matches})`);
  }
  for (const [column, values] of Object.entries(filters.facets ?? {}) as [
    FacetColumn,
    string[] | undefined,
  ][]) {
    if (column === options.exceptFacet || values === undefined || values.length === 0) continue;
    parts.push(`${COLUMN_SQL[column]} IN (${values.map(bind).join(', ')})`);
  }
  if (filters.flaggedOnly === true)
    parts.push('e.event_id IN (SELECT event_id FROM annotations WHERE flagged)');
  if (filters.tag !== undefined)
    parts.push(
      `e.event_id IN (SELECT event_id FROM annotations WHERE list_contains(tags, ${bind(filters.tag)}))`,
    );
  if (filters.fileIds !== undefined && filters.fileIds.length > 0)
    parts.push(`e.file_id IN (${filters.fileIds.map((id) => String(Math.floor(id))).join(', ')})`);
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

/** A stable key for caching results per filter set. */
export function filtersKey(filters: EventFilters, options: WhereOptions = {}): string {
  const facets = Object.entries(filters.facets ?? {})
    .filter(([column, values]) => column !== options.exceptFacet && values.length > 0)
    .map(([column, values]) => [column, [...values].sort()] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    options.exceptTime === true ? null : (filters.from ?? null),
    options.exceptTime === true ? null : (filters.to ?? null),
    searchTerms(filters.text),
    facets,
    filters.flaggedOnly === true,
    filters.tag ?? null,
    [...(filters.fileIds ?? [])].sort((a, b) => a - b),
  ]);
}
