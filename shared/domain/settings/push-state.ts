import { z } from 'zod';

/**
 * The push lifecycle's states as data. The state is persisted (electron-store) before anything is
 * sent and after every transition, and read back on the next start, so it crosses a boundary and
 * has a schema; the types derive from it.
 */
const plannedChangeSchema = z
  .object({ settingId: z.string().min(1), value: z.string(), baseVersion: z.string().min(1) })
  .readonly();
export type PlannedChange = z.infer<typeof plannedChangeSchema>;

export const pushPlanSchema = z
  .object({
    planId: z.string().min(1),
    createdAt: z.string(),
    changes: z.array(plannedChangeSchema).min(1).max(100).readonly(),
    comment: z.string().max(1000).optional(),
    /** Settings dropped from the plan after a conflict, left at someone else's value. */
    keptTheirs: z.array(z.string()).readonly().optional(),
  })
  .readonly();
export type PushPlan = z.infer<typeof pushPlanSchema>;

const changeResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(['applied', 'unchanged']),
    oldValue: z.string(),
    newValue: z.string(),
    version: z.string(),
  })
  .readonly();
export type ChangeResult = z.infer<typeof changeResultSchema>;

/** One entry of a 412's details.conflicts; `current` is the provider's Setting (only two fields used). */
const conflictSchema = z
  .object({
    id: z.string(),
    expectedVersion: z.string(),
    current: z.object({ currentValue: z.string(), version: z.string() }).readonly(),
  })
  .readonly();
export type ConflictDetail = z.infer<typeof conflictSchema>;

const idempotencyKey = z.string().min(8).max(128);
const attempt = z.number().int().min(1);

export const pushStateSchema = z.discriminatedUnion('status', [
  z
    .object({ status: z.literal('draft'), changes: z.array(plannedChangeSchema).readonly() })
    .readonly(),
  z
    .object({
      status: z.literal('saved'),
      plan: pushPlanSchema,
      /** Set when an earlier attempt may have reached the provider: it must be reused. */
      idempotencyKey: idempotencyKey.nullable(),
      resumed: z.boolean(),
    })
    .readonly(),
  z
    .object({
      status: z.literal('sending'),
      plan: pushPlanSchema,
      attempt,
      idempotencyKey,
      firstAttemptAtMs: z.number(),
    })
    .readonly(),
  z
    .object({
      status: z.literal('waiting-retry'),
      plan: pushPlanSchema,
      attempt,
      idempotencyKey,
      firstAttemptAtMs: z.number(),
      retryAtMs: z.number(),
      reason: z.string(),
    })
    .readonly(),
  z
    .object({
      status: z.literal('conflict'),
      plan: pushPlanSchema,
      conflicts: z.array(conflictSchema).min(1).readonly(),
    })
    .readonly(),
  z
    .object({
      status: z.literal('done'),
      plan: pushPlanSchema,
      results: z.array(changeResultSchema).readonly(),
      /** Settings the administrator left at someone else's value after a conflict. */
      keptTheirs: z.array(z.string()).readonly(),
    })
    .readonly(),
  z
    .object({
      status: z.literal('failed'),
      plan: pushPlanSchema,
      reason: z.string(),
      idempotencyKey: idempotencyKey.nullable(),
      /** False when the provider refused the batch itself (4xx): sending it again cannot help. */
      canResend: z.boolean(),
    })
    .readonly(),
  z.object({ status: z.literal('discarded') }).readonly(),
]);
export type PushState = z.infer<typeof pushStateSchema>;
export type PushStatus = PushState['status'];
