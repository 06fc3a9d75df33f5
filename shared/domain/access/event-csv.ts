import { formatCsvRow, type CsvValue } from '../csv-cell';
import type { AccessEventLike } from './access-like';

/**
 * Column order of the CSV export, the same as the provider's own export (shared/api/openapi.yaml,
 * createExport): the nested location is flattened into locationCountryCode and locationCity.
 */
export const ACCESS_EVENT_CSV_COLUMNS = [
  'id',
  'time',
  'actor',
  'actorKind',
  'category',
  'resource',
  'operation',
  'purpose',
  'justification',
  'ticket',
  'accessRequestId',
  'locationCountryCode',
  'locationCity',
  'ip',
  'result',
] as const;

function cells(e: AccessEventLike): CsvValue[] {
  return [
    e.id,
    e.time,
    e.actor,
    e.actorKind,
    e.category,
    e.resource,
    e.operation,
    e.purpose,
    e.justification,
    e.ticket,
    e.accessRequestId,
    e.location.countryCode,
    e.location.city,
    e.ip,
    e.result,
  ];
}

/**
 * CSV (RFC 4180: CRLF records, quoted when needed) with every text cell neutralised, since an
 * actor name or resource is attacker-controllable and must never run as a spreadsheet formula.
 * A generator, so a large filtered export is written as it is read.
 */
export function* accessEventsToCsv(events: Iterable<AccessEventLike>): Generator<string> {
  yield accessEventCsvHeader();
  for (const event of events) yield accessEventCsvRow(event);
}

/** The header record alone, for writers that stream pages of events. */
export function accessEventCsvHeader(): string {
  return formatCsvRow(ACCESS_EVENT_CSV_COLUMNS);
}

/** One event as one neutralised CSV record. */
export function accessEventCsvRow(event: AccessEventLike): string {
  return formatCsvRow(cells(event));
}

/** JSON Lines: one event per line, exactly as received (JSON needs no neutralising). */
export function* accessEventsToJsonl(events: Iterable<AccessEventLike>): Generator<string> {
  for (const event of events) yield `${JSON.stringify(event)}\n`;
}
