// The log review's IPC shapes: the one event model every log format maps to, the query
// requests the renderer sends and what comes back. Main validates requests with these and
// the renderer re-validates answers, so both sides agree on one definition.
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

/** The formats the review recognises, from the file's content (never its name). */
export const FORMAT_IDS = [
  'ual-current',
  'ual-legacy',
  'ual-powershell',
  'entra-signin-csv',
  'entra-audit-csv',
  'entra-signin-json',
  'entra-audit-json',
  'signin-jsonl',
  'provider-jsonl',
  'provider-csv',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

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
  'workload',
  'result',
  'recordType',
  'actorKind',
  'purpose',
] as const;
export type FacetColumn = (typeof FACET_COLUMNS)[number];

const isoInstant = z.iso.datetime({ offset: true });
const eventId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const eventFiltersSchema = z
  .object({
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    text: z.string().max(500).optional(),
    facets: z
      .partialRecord(z.enum(FACET_COLUMNS), z.array(z.string().max(2000)).max(200))
      .optional(),
    flaggedOnly: z.boolean().optional(),
    tag: z.string().min(1).max(100).optional(),
    fileIds: z.array(z.number().int().nonnegative()).max(1000).optional(),
  })
  .strict();
export type EventFilters = z.infer<typeof eventFiltersSchema>;

export const sortSchema = z
  .object({ column: z.enum(SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })
  .strict();
export type EventSort = z.infer<typeof sortSchema>;

/** One row as the table shows it. The raw record stays in main; see `eventRecordSchema`. */
export const eventRowSchema = z.object({
  eventId,
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

export const pageRequestSchema = z
  .object({
    filters: eventFiltersSchema,
    sort: sortSchema,
    offset: z.number().int().nonnegative().max(100_000_000),
    limit: z.number().int().positive().max(1000),
  })
  .strict();
export type PageRequest = z.infer<typeof pageRequestSchema>;

export const eventPageSchema = z.object({
  rows: z.array(eventRowSchema),
  /** Events matching the filters, all pages together. */
  total: z.number().int().nonnegative(),
});
export type EventPage = z.infer<typeof eventPageSchema>;

export const facetValueSchema = z.object({
  value: z.string().nullable(),
  count: z.number().int().nonnegative(),
});
export type FacetValue = z.infer<typeof facetValueSchema>;

export const facetSchema = z.object({
  column: z.enum(FACET_COLUMNS),
  /** The most frequent values under every other filter, most frequent first. */
  values: z.array(facetValueSchema),
  /** How many different values there are (the list may show fewer). */
  distinct: z.number().int().nonnegative(),
});
export type Facet = z.infer<typeof facetSchema>;

export const facetsSchema = z.object({ facets: z.array(facetSchema) });
export type Facets = z.infer<typeof facetsSchema>;

export const histogramBucketSchema = z.object({
  start: z.string(),
  end: z.string(),
  count: z.number().int().nonnegative(),
});
export type HistogramBucket = z.infer<typeof histogramBucketSchema>;

export const histogramSchema = z.object({ buckets: z.array(histogramBucketSchema) });
export type Histogram = z.infer<typeof histogramSchema>;

export const eventRecordSchema = z.object({
  row: eventRowSchema,
  fileName: z.string(),
  /** The full original record, pretty-printed JSON. */
  rawPretty: z.string(),
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

export const annotationSchema = z
  .object({
    flagged: z.boolean(),
    tags: z.array(z.string().trim().min(1).max(100)).max(50),
    note: z.string().max(10_000).nullable(),
  })
  .strict();
export type Annotation = z.infer<typeof annotationSchema>;

/** Why a row was not imported; the renderer words each code, `detail` names the specifics. */
export const REJECT_CODES = [
  'csv-structure',
  'invalid-json',
  'not-an-object',
  'empty-record',
  'unreadable-time',
  'truncated',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const rejectedRowSchema = z.object({
  /** 1-based physical line where the record starts; null when it cannot be told. */
  line: z.number().int().positive().nullable(),
  /** 1-based record number in the file; null for rows the parser could not split. */
  recordNo: z.number().int().positive().nullable(),
  code: z.enum(REJECT_CODES),
  detail: z.string(),
  excerpt: z.string().nullable(),
});
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

export const rejectPageSchema = z.object({
  rows: z.array(rejectedRowSchema),
  total: z.number().int().nonnegative(),
});
export type RejectPage = z.infer<typeof rejectPageSchema>;

export const INTEGRITY_REASONS = [
  'signature-and-hash-match',
  'no-manifest',
  'no-signature',
  'unknown-key',
  'invalid-manifest',
  'bad-signature',
  'hash-mismatch',
] as const;
export type IntegrityReason = (typeof INTEGRITY_REASONS)[number];

export const integritySchema = z.object({
  status: z.enum(['verified', 'tampered', 'unsigned']),
  reason: z.enum(INTEGRITY_REASONS),
  /** The key the manifest names, if it names one. */
  keyId: z.string().nullable(),
  /** SHA-256 fingerprint of the trusted key that verified it (hex, colon-grouped). */
  fingerprint: z.string().nullable(),
  /** Where the trusted key came from (the provider's URL or a key file's name). */
  keySource: z.string().nullable(),
  checkedAt: z.string(),
});
export type Integrity = z.infer<typeof integritySchema>;

export const caseFileSchema = z.object({
  fileId: z.number().int().positive(),
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  format: z.enum(FORMAT_IDS),
  importedAt: z.string(),
  durationMs: z.number().nonnegative(),
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  /** Provider exports only: the offline check of the signed manifest. */
  integrity: integritySchema.nullable(),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

export const caseInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  files: z.array(caseFileSchema),
  /** The view saved with the case, restored on open. */
  filters: eventFiltersSchema,
  totalEvents: z.number().int().nonnegative(),
  flaggedEvents: z.number().int().nonnegative(),
  tags: z.array(z.string()),
});
export type CaseInfo = z.infer<typeof caseInfoSchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastOpenedAt: z.string(),
  files: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseListSchema = z.object({
  cases: z.array(caseSummarySchema),
  openCaseId: z.string().nullable(),
});
export type CaseList = z.infer<typeof caseListSchema>;

export const caseIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const IMPORT_PHASES = ['detecting', 'preparing', 'importing', 'finishing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export const UNRECOGNISED_REASONS = ['empty', 'binary', 'utf16', 'unknown'] as const;

export const importJobSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('running'),
    jobId: z.string(),
    fileName: z.string(),
    phase: z.enum(IMPORT_PHASES),
    percent: z.number().min(0).max(100).nullable(),
    elapsedMs: z.number().nonnegative(),
    /** Remaining time extrapolated from progress so far; null until there is progress. */
    estimateMs: z.number().nonnegative().nullable(),
    /** The first records are committed and can be browsed while the rest loads. */
    firstRowsVisible: z.boolean(),
  }),
  z.object({
    state: z.literal('done'),
    jobId: z.string(),
    fileName: z.string(),
    file: caseFileSchema,
  }),
  z.object({
    state: z.literal('unrecognised'),
    jobId: z.string(),
    fileName: z.string(),
    reason: z.enum(UNRECOGNISED_REASONS),
    /** What the file begins with (its header line), so the user can tell what it is. */
    found: z.string(),
  }),
  z.object({ state: z.literal('cancelled'), jobId: z.string(), fileName: z.string() }),
  z.object({
    state: z.literal('failed'),
    jobId: z.string(),
    fileName: z.string(),
    message: z.string(),
  }),
]);
export type ImportJob = z.infer<typeof importJobSchema>;

export const startImportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('started'), jobId: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z
  .object({
    scope: z.enum(['view', 'flagged']),
    format: z.enum(EXPORT_FORMATS),
    filters: eventFiltersSchema,
    /** The table's sort (column and direction): the exported rows follow it. */
    sort: sortSchema,
  })
  .strict();
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const savedFileSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    fileName: z.string(),
    rows: z.number().int().nonnegative(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SavedFile = z.infer<typeof savedFileSchema>;

export const trustedKeySchema = z.object({
  keyId: z.string(),
  fingerprint: z.string(),
  source: z.enum(['provider', 'file']),
  /** The provider's URL or the key file's name. */
  sourceLabel: z.string(),
  addedAt: z.string(),
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;

export const trustedKeysSchema = z.object({ keys: z.array(trustedKeySchema) });

export const addedKeySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('added'), key: trustedKeySchema }),
  z.object({ status: z.literal('cancelled') }),
]);

export { eventId as eventIdSchema };
