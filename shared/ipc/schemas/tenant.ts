import { z } from 'zod';

export const tenantSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  country: z.string(),
  residencyCommitment: z.string(),
  lockboxEnabled: z.boolean(),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** A headline figure is either a real number or the reason there is none: never a placeholder. */
export const headlineCountSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), value: z.number().int().nonnegative() }),
  z.object({ status: z.literal('forbidden'), message: z.string() }),
  z.object({ status: z.literal('unavailable'), message: z.string() }),
]);
export type HeadlineCount = z.infer<typeof headlineCountSchema>;

export const connectionStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('connected'), providerUrl: z.string() }),
  z.object({ state: z.literal('offline'), providerUrl: z.string(), reason: z.string() }),
  z.object({ state: z.literal('error'), providerUrl: z.string(), reason: z.string() }),
]);
export type ConnectionState = z.infer<typeof connectionStateSchema>;

export const overviewSchema = z.object({
  connection: connectionStateSchema,
  tenant: tenantSchema.nullable(),
  counts: z.object({
    settings: headlineCountSchema,
    locationsOutsideCommitment: headlineCountSchema,
    pendingAccessRequests: headlineCountSchema,
    accessEventsLast30Days: headlineCountSchema,
  }),
  /** ISO time the figures were read from the provider; null when nothing was read. */
  fetchedAt: z.string().nullable(),
});
export type Overview = z.infer<typeof overviewSchema>;
