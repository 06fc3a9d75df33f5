import { z } from 'zod';
import { changePlanSchema } from '../../domain/settings/change-plan';
import { planAuthorshipSchema } from '../../domain/settings/plan-authorship';
import { pushStateSchema } from '../../domain/settings/push-state';
import { settingsProfileFileSchema } from '../../domain/settings/settings-profile-file';
import { dataCategories } from '../../domain/provider-vocabulary';

// What the settings screen exchanges with main. Provider answers are parsed with these same
// schemas on the main side, so what reaches the renderer was checked once, at the boundary.

export { dataCategories };
export const dataCategorySchema = z.enum(dataCategories);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const products = [
  'operating-system',
  'office-suite',
  'browser',
  'collaboration',
  'tenant',
] as const;
export const productSchema = z.enum(products);
export type Product = z.infer<typeof productSchema>;

const settingId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[a-z0-9][a-z0-9.-]*$/);
const version = z.string().min(1).max(256);

export const settingValueSchema = z.object({
  value: z.string().max(256),
  label: z.string(),
  sends: z.string(),
  feeds: z.array(dataCategorySchema),
});

export const settingSchema = z.object({
  id: settingId,
  product: productSchema,
  title: z.string(),
  description: z.string(),
  values: z.array(settingValueSchema).min(2),
  defaultValue: z.string(),
  currentValue: z.string(),
  feeds: z.array(dataCategorySchema),
  version,
  enterpriseOnlyValues: z.array(z.string()).optional(),
  updatedAt: z.string(),
});
export type Setting = z.infer<typeof settingSchema>;

export const roleSchema = z.enum(['admin', 'helpdesk', 'auditor']);
export type Role = z.infer<typeof roleSchema>;

/** Who the app's token belongs to, as the provider says (never as the renderer says). */
export const callerSchema = z.object({
  subject: z.string(),
  role: roleSchema,
  tenantId: z.string(),
  canPush: z.boolean(),
});
export type Caller = z.infer<typeof callerSchema>;

export const settingsCatalogueSchema = z.object({
  /** `cache`: the provider could not be reached and this is the last snapshot read from it. */
  source: z.enum(['live', 'cache']),
  /** When the provider answered with these values. */
  fetchedAt: z.iso.datetime({ offset: true }),
  tenantId: z.string(),
  caller: callerSchema,
  settings: z.array(settingSchema),
  /** Why the live read failed, when the source is the cache. */
  offlineReason: z.string().nullable(),
});
export type SettingsCatalogue = z.infer<typeof settingsCatalogueSchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  settingId,
  actor: z.string(),
  changedAt: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  requestId: z.string(),
  comment: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyRequestSchema = z
  .object({
    settingId: settingId.optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();

export const historyPageSchema = z.object({
  items: z.array(historyEntrySchema),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

/** One staged change: the value wanted and the version of the setting it was staged against. */
export const stagedChangeSchema = z
  .object({
    settingId,
    value: z.string().max(256),
    baseVersion: version,
    /** Why, for a change plan (the helpdesk writes one per change). */
    reason: z.string().max(2000).optional(),
  })
  .strict();
export type StagedChange = z.infer<typeof stagedChangeSchema>;

export const draftSchema = z.object({
  changes: z.array(stagedChangeSchema).max(1000),
});
export type Draft = z.infer<typeof draftSchema>;

export const startPushRequestSchema = z
  .object({
    changes: z
      .array(stagedChangeSchema.omit({ reason: true }))
      .min(1)
      .max(100),
    comment: z.string().max(1000).optional(),
  })
  .strict();
export type StartPushRequest = z.infer<typeof startPushRequestSchema>;

/** A push as the renderer polls it: the persisted state, and a revision that grows on every change. */
export const pushJobSchema = z.object({
  jobId: z.string(),
  revision: z.number().int().nonnegative(),
  /** Main's clock when this was read, so a retry countdown does not depend on the renderer's. */
  nowMs: z.number(),
  state: pushStateSchema,
});
export type PushJob = z.infer<typeof pushJobSchema>;

export const jobRequestSchema = z.object({ jobId: z.string().min(1).max(200) }).strict();

export const pushStatusRequestSchema = z
  .object({
    jobId: z.string().min(1).max(200),
    /** Wait (briefly) until the job has a newer revision than this one. */
    afterRevision: z.number().int().nonnegative().optional(),
  })
  .strict();

export const resolveConflictRequestSchema = z
  .object({ jobId: z.string().min(1).max(200), choice: z.enum(['keep-theirs', 'reapply-mine']) })
  .strict();

export const unfinishedPushSchema = z.object({
  job: pushJobSchema.nullable(),
  /** Set when the saved push could not be read: said, never silently dropped. */
  notice: z.string().nullable(),
});
export type UnfinishedPush = z.infer<typeof unfinishedPushSchema>;

export const savePlanRequestSchema = z
  .object({
    changes: z
      .array(stagedChangeSchema.required({ reason: true }))
      .min(1)
      .max(100),
  })
  .strict();

export const exportProfileRequestSchema = z
  .object({ name: z.string().trim().min(1).max(200) })
  .strict();

export const savedFileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('saved'), fileName: z.string() }),
]);
export type SavedFile = z.infer<typeof savedFileSchema>;

/** A saved change plan, and whether the provider attested it (if not, why: the user is told). */
export const savedPlanSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('saved'),
    fileName: z.string(),
    attestation: z.discriminatedUnion('status', [
      z.object({ status: z.literal('signed') }),
      z.object({ status: z.literal('unsigned'), reason: z.string() }),
    ]),
  }),
]);
export type SavedPlan = z.infer<typeof savedPlanSchema>;

export const fileProblemKindSchema = z.enum([
  'malformed-json',
  'schema',
  'foreign-tenant',
  'tampered',
  'unreadable',
]);
export type FileProblemKind = z.infer<typeof fileProblemKindSchema>;

const rejectedFile = z.object({
  status: z.literal('rejected'),
  fileName: z.string(),
  problem: z.object({ kind: fileProblemKindSchema, message: z.string() }),
});

export const openedPlanSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  rejectedFile,
  z.object({
    status: z.literal('opened'),
    fileName: z.string(),
    plan: changePlanSchema,
    /** Who prepared it, as the provider's signature says (checked in main, never here). */
    authorship: planAuthorshipSchema,
  }),
]);
export type OpenedPlan = z.infer<typeof openedPlanSchema>;

export const openedProfileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  rejectedFile,
  z.object({
    status: z.literal('opened'),
    fileName: z.string(),
    profile: settingsProfileFileSchema,
  }),
]);
export type OpenedProfile = z.infer<typeof openedProfileSchema>;
