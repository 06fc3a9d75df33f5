import { z } from 'zod';
import { dataCategorySchema } from './access-events';

// Where the tenant's data lives (shared/api/openapi.yaml, DataLocation), held against its
// residency commitment by shared/domain/residency/residency-check.ts.

export const dataLocationSchema = z.object({
  id: z.string(),
  service: z.string(),
  category: dataCategorySchema,
  geography: z.string(),
  region: z.string(),
  datacenterCities: z.array(z.string()).min(1),
  cities: z
    .array(
      z.object({
        name: z.string(),
        countryCode: z.string().regex(/^[A-Z]{2}$/),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
      }),
    )
    .min(1),
  processing: z.enum(['at-rest', 'processing']),
  replicas: z.number().int().positive(),
  inCommitment: z.boolean(),
  outOfCommitmentReason: z.string().nullable(),
});
export type DataLocation = z.infer<typeof dataLocationSchema>;

const outsideSchema = z.object({
  geography: z.string().nullable(),
  countries: z.array(z.string()).readonly(),
});

export const residencyFlagSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('outside-commitment'),
    message: z.string(),
    providerReason: z.string().nullable(),
    outside: outsideSchema,
  }),
  z.object({
    kind: z.literal('provider-disagrees'),
    message: z.string(),
    providerSays: z.enum(['inside', 'outside']),
    outside: outsideSchema,
  }),
]);
export type ResidencyFlagItem = z.infer<typeof residencyFlagSchema>;

export const residencyFindingSchema = z.object({
  location: dataLocationSchema,
  computedInCommitment: z.boolean().nullable(),
  flagged: z.boolean(),
  flags: z.array(residencyFlagSchema).readonly(),
});
export type ResidencyFindingItem = z.infer<typeof residencyFindingSchema>;

const countSchema = z.object({
  key: z.string(),
  total: z.number().int().nonnegative(),
  flagged: z.number().int().nonnegative(),
});

/** The snapshot as read from the provider (and cached), before the check. */
export const residencySourceSchema = z.object({
  tenant: z.object({
    id: z.string(),
    displayName: z.string(),
    residencyCommitment: z.string(),
  }),
  snapshotAt: z.iso.datetime({ offset: true }),
  locations: z.array(dataLocationSchema),
});
export type ResidencySource = z.infer<typeof residencySourceSchema>;

export const residencySnapshotSchema = z.object({
  tenant: residencySourceSchema.shape.tenant,
  snapshotAt: z.string(),
  /** Live from the provider, or the last snapshot kept on disk when the provider was unreachable. */
  origin: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('provider') }),
    z.object({ kind: z.literal('cache'), reason: z.string() }),
  ]),
  commitmentKnown: z.boolean(),
  findings: z.array(residencyFindingSchema),
  total: z.number().int().nonnegative(),
  flagged: z.number().int().nonnegative(),
  byCategory: z.array(countSchema).readonly(),
  byService: z.array(countSchema).readonly(),
});
export type ResidencySnapshot = z.infer<typeof residencySnapshotSchema>;

export const residencyExportRequestSchema = z.object({ format: z.enum(['csv', 'html']) }).strict();
export type ResidencyExportFormat = z.infer<typeof residencyExportRequestSchema>['format'];

export const residencyExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('saved'),
    fileName: z.string(),
    total: z.number().int().nonnegative(),
    flagged: z.number().int().nonnegative(),
    snapshotAt: z.string(),
  }),
]);
export type ResidencyExportResult = z.infer<typeof residencyExportResultSchema>;
