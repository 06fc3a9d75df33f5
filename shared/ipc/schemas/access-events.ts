import { z } from 'zod';
import { dataCategories } from '../../domain/provider-vocabulary';

// The provider's access events as the app passes them on (shared/api/openapi.yaml, AccessEvent),
// and the filters every access-events channel shares: the table, the timeline and the export
// narrow by exactly the same fields.

export const actorKinds = [
  'tenant-admin',
  'tenant-user',
  'application',
  'provider-operator',
  'subprocessor',
  'legal-demand',
] as const;
export const purposes = [
  'service-delivery',
  'troubleshooting',
  'maintenance-improvement',
  'user-profiling',
  'advertising',
  'market-research',
] as const;
export const accessResults = ['success', 'denied', 'failed'] as const;

export const actorKindSchema = z.enum(actorKinds);
export const purposeSchema = z.enum(purposes);
export const accessResultSchema = z.enum(accessResults);
export { dataCategories };
export const dataCategorySchema = z.enum(dataCategories);
export type ActorKind = z.infer<typeof actorKindSchema>;
export type Purpose = z.infer<typeof purposeSchema>;
export type AccessResult = z.infer<typeof accessResultSchema>;
export type DataCategory = z.infer<typeof dataCategorySchema>;

const instant = z.iso.datetime({ offset: true });

export const accessEventSchema = z.object({
  id: z.string(),
  time: instant,
  actor: z.string(),
  actorKind: actorKindSchema,
  category: dataCategorySchema,
  resource: z.string(),
  operation: z.string(),
  purpose: purposeSchema,
  justification: z.string().nullable(),
  ticket: z.string().nullable(),
  accessRequestId: z.string().nullable(),
  location: z.object({ countryCode: z.string(), city: z.string() }),
  ip: z.string(),
  result: accessResultSchema,
});
export type AccessEvent = z.infer<typeof accessEventSchema>;

/** Every field optional: an empty filter is every event. `to` is exclusive. */
export const eventFilterSchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    actor: z.string().trim().min(1).max(256).optional(),
    actorKind: actorKindSchema.optional(),
    category: dataCategorySchema.optional(),
    purpose: purposeSchema.optional(),
    result: accessResultSchema.optional(),
  })
  .strict()
  .refine(
    (f) => f.from === undefined || f.to === undefined || Date.parse(f.from) < Date.parse(f.to),
    {
      message: 'must be after from',
      path: ['to'],
    },
  );
export type EventFilter = z.infer<typeof eventFilterSchema>;

export const eventPageRequestSchema = z
  .object({
    filter: eventFilterSchema,
    /** The previous page's nextCursor; absent for the first page. */
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(1000),
  })
  .strict();

export const eventPageSchema = z.object({
  items: z.array(accessEventSchema),
  nextCursor: z.string().nullable(),
});
export type EventPage = z.infer<typeof eventPageSchema>;

const count = z.number().int().nonnegative();
export const actorKindCountsSchema = z.object({
  'tenant-admin': count,
  'tenant-user': count,
  application: count,
  'provider-operator': count,
  subprocessor: count,
  'legal-demand': count,
});
export type ActorKindCounts = z.infer<typeof actorKindCountsSchema>;

/** Events per UTC day stacked by actor kind, for the same filter as the table. */
export const eventSummarySchema = z.object({
  total: count,
  byKind: actorKindCountsSchema,
  days: z.array(
    z.object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      counts: actorKindCountsSchema,
    }),
  ),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const exportFormatSchema = z.enum(['jsonl', 'csv']);
export type EventExportFormat = z.infer<typeof exportFormatSchema>;

export const eventExportRequestSchema = z
  .object({ filter: eventFilterSchema, format: exportFormatSchema })
  .strict();

/** The user picks the file in a dialog; cancelling it is an answer, not an error. */
export const eventExportStartSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('started'), jobId: z.string(), fileName: z.string() }),
]);
export type EventExportStart = z.infer<typeof eventExportStartSchema>;

export const exportJobRequestSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();

/** A long export runs in main; the renderer polls this until it is done or failed. */
export const eventExportStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('running'),
    fileName: z.string(),
    written: count,
    total: count.nullable(),
  }),
  z.object({ state: z.literal('done'), fileName: z.string(), written: count }),
  z.object({
    state: z.literal('failed'),
    fileName: z.string(),
    written: count,
    message: z.string(),
  }),
]);
export type EventExportStatus = z.infer<typeof eventExportStatusSchema>;
