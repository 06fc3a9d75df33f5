import { z } from 'zod';
import { planAttestationSchema, type PlanAttestation } from './plan-attestation';
import {
  computeIntegrity,
  parseSignedJsonFile,
  SHA256_HEX,
  type FileParseResult,
  type Sha256Hex,
} from './signed-json-file';
import { diffSettings, type SettingsDiff } from './settings-diff';
import type { SettingLike } from './setting-like';

/**
 * A helpdesk change plan: prepared by someone who may not push (helpdesk role), opened and
 * applied by an administrator. Strict objects: an unknown field is an error, not silently dropped.
 *
 * Version 1 holds the content and its integrity digest only. Version 2 adds `attestation`: the
 * provider's signature over that digest and the preparer's identity (null when the provider
 * could not be reached while saving). Both versions are read; only version 2 is written.
 */
const nonBlank = (max: number, what: string) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, `${what} must not be empty`);

/** The provider's setting id pattern: a plan names settings the way the provider does. */
const settingIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(
    /^[a-z0-9][a-z0-9.-]*$/,
    'must be a setting id (lower-case letters, digits, dots, dashes)',
  );

export const planChangeSchema = z.strictObject({
  settingId: settingIdSchema,
  value: z.string().max(1000),
  reason: nonBlank(2000, 'reason'),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

const PLAN_FORMAT = 'pcc-change-plan' as const;
const formatSchema = z.literal(PLAN_FORMAT, {
  error: 'not a change plan (format must be "pcc-change-plan")',
});

const contentShape = {
  format: formatSchema,
  tenantId: nonBlank(200, 'tenantId'),
  author: nonBlank(200, 'author'),
  createdAt: z.iso.datetime({ offset: true }),
  /** Setting versions the plan was written against, sent as ifMatch when it is applied. */
  baseVersions: z.record(z.string(), z.string().min(1)),
  // The provider takes 1..100 changes per PATCH; a plan is applied as one batch.
  changes: z.array(planChangeSchema).min(1).max(100),
  integrity: z.string().regex(SHA256_HEX, 'must be a lowercase sha-256 hex digest'),
};

const changePlanV1Schema = z.strictObject({ ...contentShape, version: z.literal(1) });
const changePlanV2Schema = z.strictObject({
  ...contentShape,
  version: z.literal(2),
  attestation: planAttestationSchema.nullable(),
});

/** Fields a plan's integrity does not cover: itself, and the attestation that signs it. */
const UNHASHED = ['integrity', 'attestation'] as const;

export const changePlanSchema = z
  // The format first, so any other JSON is "not a change plan" rather than a list of fields.
  .looseObject({ format: formatSchema })
  .pipe(
    z
      .discriminatedUnion('version', [changePlanV1Schema, changePlanV2Schema], {
        error: 'unsupported change plan version (this app reads versions 1 and 2)',
      })
      .superRefine((plan, ctx) => {
        const seen = new Set<string>();
        plan.changes.forEach((change, i) => {
          if (seen.has(change.settingId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['changes', i, 'settingId'],
              message: `${change.settingId} is changed twice`,
            });
          }
          seen.add(change.settingId);
          if (!Object.hasOwn(plan.baseVersions, change.settingId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['baseVersions', change.settingId],
              message: 'missing base version for a changed setting',
            });
          }
        });
      }),
  );
export type ChangePlan = z.infer<typeof changePlanSchema>;
/** What this app writes. */
export type ChangePlanV2 = Extract<ChangePlan, { version: 2 }>;
export type ChangePlanContent = Pick<
  ChangePlan,
  'tenantId' | 'author' | 'createdAt' | 'baseVersions' | 'changes'
>;

/**
 * A new plan, not yet attested: its integrity is the digest the provider is asked to sign
 * (withAttestation adds the answer; the integrity does not change).
 */
export async function createChangePlan(
  content: ChangePlanContent,
  sha256Hex: Sha256Hex,
): Promise<ChangePlanV2> {
  const body = { format: PLAN_FORMAT, version: 2 as const, ...content };
  return {
    ...body,
    attestation: null,
    integrity: await computeIntegrity(body, sha256Hex, UNHASHED),
  };
}

export function withAttestation(plan: ChangePlanV2, attestation: PlanAttestation): ChangePlanV2 {
  return { ...plan, attestation };
}

/** Pretty JSON for people to read; the integrity covers content, not whitespace. */
export function serializeChangePlan(plan: ChangePlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * Opened plan file -> plan, or the reason it is refused: malformed JSON (with position), a schema
 * issue (with the field path), tampered (integrity mismatch), or another tenant's plan. Who
 * prepared it is checked after this, against the provider's key (plan-authorship.ts).
 */
export async function parseChangePlan(
  text: string,
  currentTenantId: string,
  sha256Hex: Sha256Hex,
): Promise<FileParseResult<ChangePlan>> {
  const result = await parseSignedJsonFile(
    text,
    changePlanSchema,
    'change plan',
    sha256Hex,
    UNHASHED,
  );
  if (!result.ok || result.value.tenantId === currentTenantId) return result;
  return {
    ok: false,
    problem: {
      kind: 'foreign-tenant',
      message: `This change plan was written for tenant ${result.value.tenantId}, but you are signed in to tenant ${currentTenantId}.`,
      fileTenantId: result.value.tenantId,
      currentTenantId,
    },
  };
}

export interface StalePlanChange {
  readonly settingId: string;
  readonly baseVersion: string;
  readonly currentVersion: string;
  readonly currentValue: string;
  readonly plannedValue: string;
}

export interface PlanReview {
  /** The plan as a diff; rows carry the PLAN's base versions, so applying a stale change is a 412. */
  readonly diff: SettingsDiff;
  readonly stale: readonly StalePlanChange[];
}

/**
 * A plan against the tenant's current snapshot. Settings changed since the plan was written are
 * flagged, and their ifMatch stays the plan's version: the provider then reports the conflict and
 * the administrator chooses (keep theirs / re-apply mine) rather than overwriting unseen changes.
 */
export function reviewChangePlan(plan: ChangePlan, settings: readonly SettingLike[]): PlanReview {
  const byId = new Map(settings.map((s) => [s.id, s]));
  const staged = Object.fromEntries(plan.changes.map((c) => [c.settingId, c.value]));
  const diff = diffSettings(settings, staged);
  const rows = diff.rows.map((row) => ({
    ...row,
    baseVersion: plan.baseVersions[row.id] ?? row.baseVersion,
  }));
  const stale: StalePlanChange[] = [];
  for (const change of plan.changes) {
    const setting = byId.get(change.settingId);
    const baseVersion = plan.baseVersions[change.settingId];
    if (setting && baseVersion !== undefined && baseVersion !== setting.version) {
      stale.push({
        settingId: setting.id,
        baseVersion,
        currentVersion: setting.version,
        currentValue: setting.currentValue,
        plannedValue: change.value,
      });
    }
  }
  return { diff: { ...diff, rows }, stale };
}
