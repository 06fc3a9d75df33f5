// The one event model every log format maps to, and the zod schemas of the query requests the
// renderer will send (a later session exposes them over IPC; they are validated here already).
import { z } from 'zod';

export const ACTOR_KINDS = [
  'tenant-admin',
  'tenant-user',
  'application',
  'provider-operator',
  'subprocessor',
  'legal-demand',
  'system',
  'unknown',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RESULTS = ['success', 'failed', 'denied', 'unknown'] as const;
export type EventResult = (typeof RESULTS)[number];

/** One row as the table shows it. The raw record stays in DuckDB; see `EventRecord`. */
export const eventRowSchema = z.object({
  eventId: z.number().int().nonnegative(),
  fileId: z.number().int().nonnegative(),
  recordNo: z.number().int().positive(),
  time: z.string().nullable(),
  actor: z.string().nullable(),
  actorKind: z.enum(ACTOR_KINDS),
  operation: z.string().nullable(),
  workload: z.string().nullable(),
  object: z.string().nullable(),
  clientIp: z.string().nullable(),
  result: z.enum(RESULTS),
  recordType: z.string().nullable(),
  purpose: z.string().nullable(),
  flagged: z.boolean(),
  tags: z.array(z.string()),
  note: z.string().nullable(),
});
export type EventRow = z.infer<typeof eventRowSchema>;

export type EventRecord = {
  readonly row: EventRow;
  /** The full original record, pretty-printed JSON. */
  readonly rawPretty: string;
};

/** Columns the table can sort by: every event-model column. */
export const SORT_COLUMNS = [
  'time',
  'actor',
  'actorKind',
  'operation',
  'workload',
  'object',
  'clientIp',
  'result',
  'recordType',
  'purpose',
  'eventId',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const FACET_COLUMNS = [
  'operation',
  'actor',
  'actorKind',
  'workload',
  'result',
  'recordType',
  'purpose',
] as const;
export type FacetColumn = (typeof FACET_COLUMNS)[number];

const isoInstant = z.iso.datetime({ offset: true });

export const eventFiltersSchema = z
  .object({
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    text: z.string().max(500).optional(),
    facets: z.partialRecord(z.enum(FACET_COLUMNS), z.array(z.string()).max(1000)).optional(),
    flaggedOnly: z.boolean().optional(),
    tag: z.string().max(100).optional(),
    fileIds: z.array(z.number().int().nonnegative()).max(1000).optional(),
  })
  .strict();
export type EventFilters = z.infer<typeof eventFiltersSchema>;

export const pageRequestSchema = z
  .object({
    filters: eventFiltersSchema,
    sort: z.object({ column: z.enum(SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).strict(),
    offset: z.number().int().nonnegative().max(100_000_000),
    limit: z.number().int().positive().max(5000),
  })
  .strict();
export type PageRequest = z.infer<typeof pageRequestSchema>;

export type EventPage = { readonly rows: readonly EventRow[]; readonly total: number };
export type FacetCount = { readonly value: string | null; readonly count: number };
export type HistogramBucket = {
  readonly start: string;
  readonly end: string;
  readonly count: number;
};

export const annotationSchema = z
  .object({
    flagged: z.boolean(),
    tags: z.array(z.string().min(1).max(100)).max(50),
    note: z.string().max(10_000).nullable(),
  })
  .strict();
export type Annotation = z.infer<typeof annotationSchema>;
