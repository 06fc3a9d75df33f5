import { z } from 'zod';

// Provider engineers' lockbox requests (shared/api/openapi.yaml, AccessRequest), who may decide
// them, and the transparency report of legal demands.

export const requestStatusSchema = z.enum([
  'pending',
  'approved',
  'denied',
  'expired',
  'revoked',
  'completed',
]);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

const instant = z.iso.datetime({ offset: true });
const window = z.object({ start: instant, end: instant });

export const accessRequestSchema = z.object({
  id: z.string(),
  requester: z.string(),
  requesterOrg: z.string(),
  justification: z.string(),
  ticket: z.string(),
  resources: z.array(z.string()).min(1),
  requestedDurationHours: z.number().int().positive(),
  createdAt: instant,
  expiresAt: instant,
  status: requestStatusSchema,
  decision: z.object({ by: z.string(), at: instant, reason: z.string() }).nullable(),
  approvedWindow: window.nullable(),
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;

export const roleSchema = z.enum(['admin', 'helpdesk', 'auditor']);
export type Role = z.infer<typeof roleSchema>;

/** Whether this connection may decide, from the provider's word about the caller (GET /v1/me). */
export const deciderSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('allowed'), role: roleSchema }),
  z.object({ status: z.literal('not-allowed'), role: roleSchema }),
  z.object({ status: z.literal('unknown'), message: z.string() }),
]);
export type Decider = z.infer<typeof deciderSchema>;

export const accessRequestListSchema = z.object({
  requests: z.array(accessRequestSchema),
  decider: deciderSchema,
  fetchedAt: instant,
});
export type AccessRequestList = z.infer<typeof accessRequestListSchema>;

export const decisionKindSchema = z.enum(['approve', 'deny']);
export type DecisionKind = z.infer<typeof decisionKindSchema>;

export const decideRequestSchema = z
  .object({
    id: z.string().min(1).max(128),
    decision: decisionKindSchema,
    reason: z.string().trim().min(1).max(1000),
  })
  .strict();

export const transparencyReportSchema = z.object({
  periods: z.array(
    z.object({
      period: z.string().regex(/^\d{4}-H[12]$/),
      received: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
      disclosedContent: z.number().int().nonnegative(),
      disclosedNonContent: z.number().int().nonnegative(),
    }),
  ),
});
export type TransparencyReport = z.infer<typeof transparencyReportSchema>;
