// Words for what the log review shows: pure functions of the data and `t`, so they are tested
// without React.
import type { TFunction } from 'i18next';
import type {
  EventFilters,
  FacetColumn,
  ImportJob,
  Integrity,
  RejectedRow,
} from '../../../../shared/ipc/schemas/logs';
import { formatDateTime, formatNumber } from '../../i18n/format';

type T = TFunction<'logs'>;

const CSV_DETAILS = [
  'TOO MANY COLUMNS',
  'MISSING COLUMNS',
  'UNQUOTED VALUE',
  'LINE SIZE OVER MAXIMUM',
  'INVALID ENCODING',
  'INVALID UNICODE',
] as const;

/** Why a row was rejected, in the user's language; DuckDB's own words when there are none. */
export function rejectReason(row: RejectedRow, t: T): string {
  switch (row.code) {
    case 'csv-structure': {
      const known = CSV_DETAILS.find((d) => d === row.detail);
      const detail = known === undefined ? row.detail : t(`rejects.csvDetails.${known}`);
      return t('rejects.codes.csv-structure', { detail });
    }
    case 'unreadable-time':
      return t('rejects.codes.unreadable-time', { detail: row.detail });
    case 'invalid-json':
    case 'not-an-object':
    case 'empty-record':
    case 'truncated':
      return t(`rejects.codes.${row.code}`);
  }
}

/** What the signature check found and what it checked, in one sentence. */
export function integrityText(integrity: Integrity, t: T): string {
  const values = {
    keyId: integrity.keyId ?? '',
    fingerprint: integrity.fingerprint ?? '',
    source: integrity.keySource ?? '',
  };
  return t(`integrity.reasons.${integrity.reason}`, values);
}

export function formatBytes(bytes: number, locale?: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${shown.format(value)} ${units[unit] ?? 'B'}`;
}

/** A duration as "1 min 5 s", "4.2 s" or "350 ms". */
export function formatDuration(ms: number, locale?: string): string {
  if (ms < 1000) return `${formatNumber(Math.round(ms), locale)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${formatNumber(minutes, locale)} min ${formatNumber(Math.round(seconds % 60), locale)} s`;
}

/** The status line of an import that is not running any more. */
export function jobOutcome(job: Exclude<ImportJob, { state: 'running' }>, t: T, locale?: string) {
  const name = job.fileName;
  switch (job.state) {
    case 'done':
      return {
        tone: job.file.rowsRejected > 0 ? ('warning' as const) : ('ok' as const),
        text: t('import.done', {
          name,
          imported: formatNumber(job.file.rowsImported, locale),
          read: formatNumber(job.file.rowsRead, locale),
          rejected: formatNumber(job.file.rowsRejected, locale),
        }),
      };
    case 'cancelled':
      return { tone: 'pending' as const, text: t('import.cancelled', { name }) };
    case 'failed':
      return { tone: 'danger' as const, text: t('import.failed', { name, reason: job.message }) };
    case 'unrecognised':
      return {
        tone: 'danger' as const,
        text: t(`import.unrecognised.${job.reason}`, { name, found: job.found }),
      };
  }
}

export type FilterChip = {
  readonly key: string;
  readonly label: string;
  readonly remove: () => EventFilters;
};

/** One removable chip per active filter, each knowing the filters left without it. */
export function filterChips(
  filters: EventFilters,
  t: T,
  columnLabel: (column: FacetColumn) => string,
  valueLabel: (column: FacetColumn, value: string) => string,
  locale?: string,
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.text !== undefined && filters.text.trim() !== '')
    chips.push({
      key: 'text',
      label: t('filters.textChip', { text: filters.text }),
      remove: () => ({ ...filters, text: undefined }),
    });
  if (filters.from !== undefined || filters.to !== undefined)
    chips.push({
      key: 'range',
      label: t('filters.rangeChip', {
        from: filters.from === undefined ? '…' : formatDateTime(filters.from, locale, 'UTC'),
        to: filters.to === undefined ? '…' : formatDateTime(filters.to, locale, 'UTC'),
      }),
      remove: () => ({ ...filters, from: undefined, to: undefined }),
    });
  if (filters.flaggedOnly === true)
    chips.push({
      key: 'flagged',
      label: t('filters.flaggedChip'),
      remove: () => ({ ...filters, flaggedOnly: undefined }),
    });
  if (filters.tag !== undefined)
    chips.push({
      key: 'tag',
      label: t('filters.tagChip', { tag: filters.tag }),
      remove: () => ({ ...filters, tag: undefined }),
    });
  for (const [column, values] of Object.entries(filters.facets ?? {}) as [FacetColumn, string[]][])
    for (const value of values)
      chips.push({
        key: `facet:${column}:${value}`,
        label: t('filters.facetChip', {
          column: columnLabel(column),
          value: valueLabel(column, value),
        }),
        remove: () => ({
          ...filters,
          facets: { ...filters.facets, [column]: values.filter((v) => v !== value) },
        }),
      });
  return chips;
}

/** Filters without empty parts, so equal views compare (and cache) equal. */
export function cleanFilters(filters: EventFilters): EventFilters {
  const facets = Object.fromEntries(
    Object.entries(filters.facets ?? {}).filter(([, values]) => values.length > 0),
  );
  const text = filters.text?.trim();
  return {
    ...(filters.from === undefined ? {} : { from: filters.from }),
    ...(filters.to === undefined ? {} : { to: filters.to }),
    ...(text === undefined || text === '' ? {} : { text }),
    ...(Object.keys(facets).length === 0 ? {} : { facets }),
    ...(filters.flaggedOnly === true ? { flaggedOnly: true } : {}),
    ...(filters.tag === undefined ? {} : { tag: filters.tag }),
    ...(filters.fileIds === undefined || filters.fileIds.length === 0
      ? {}
      : { fileIds: filters.fileIds }),
  };
}
