import { z } from 'zod';
import type { ChangePlan } from './change-plan';
import {
  checkAttestation,
  describeMismatch,
  planAttestationSchema,
  type PlanAttestation,
  type ProviderKey,
  type VerifySignature,
} from './plan-attestation';
import type { FileProblem } from './signed-json-file';

/** The provider's signature on a plan, if it has one. */
export function attestationOf(plan: ChangePlan): PlanAttestation | null {
  return plan.version === 2 ? plan.attestation : null;
}

/**
 * Who prepared an opened plan, as far as the provider vouches for it:
 * - `attested`: the provider signed this very content for this author (shown as signed);
 * - `unsigned`: no attestation (version 1, or saved while the provider was unreachable): the
 *   author is only what the file says, and the review warns so;
 * - `unverifiable`: attested, but the provider's key is not at hand (offline, never cached), so
 *   the review warns as for an unsigned plan (the push needs the provider anyway).
 */
export const planAuthorshipSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('attested'),
    author: z.string(),
    role: planAttestationSchema.shape.role,
    signedAt: z.iso.datetime({ offset: true }),
    keyId: z.string(),
  }),
  z.object({ status: z.literal('unsigned') }),
  z.object({ status: z.literal('unverifiable'), reason: z.string() }),
]);
export type PlanAuthorship = z.infer<typeof planAuthorshipSchema>;

export type ProviderKeyLookup =
  | { readonly ok: true; readonly key: ProviderKey }
  | { readonly ok: false; readonly reason: string };

export type AuthorshipCheck =
  | { readonly ok: true; readonly authorship: PlanAuthorship }
  | { readonly ok: false; readonly problem: FileProblem };

/**
 * An attested plan against the connected provider's key (asked for only when the plan has an
 * attestation). Any mismatch is tampering, with the mismatch named: nothing in such a plan is
 * trusted, and it is not opened.
 */
export async function verifyPlanAuthorship(
  plan: ChangePlan,
  providerKey: () => Promise<ProviderKeyLookup>,
  verify: VerifySignature,
): Promise<AuthorshipCheck> {
  const attestation = attestationOf(plan);
  if (attestation === null) return { ok: true, authorship: { status: 'unsigned' } };
  const key = await providerKey();
  if (!key.ok) return { ok: true, authorship: { status: 'unverifiable', reason: key.reason } };
  const check = checkAttestation(plan, attestation, key.key, verify);
  if (!check.ok) {
    return {
      ok: false,
      problem: {
        kind: 'tampered',
        message: `This change plan cannot be trusted. ${describeMismatch(check.mismatch)}`,
        evidence: check.mismatch,
      },
    };
  }
  const { author, role, signedAt, keyId } = check.attestation;
  return { ok: true, authorship: { status: 'attested', author, role, signedAt, keyId } };
}
