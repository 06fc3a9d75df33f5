import { z } from 'zod';
import { canonicalJson, SHA256_HEX } from './signed-json-file';

/**
 * The provider's word on who prepared a change plan. A plan's `integrity` alone proves nothing:
 * anyone who edits the file can recompute it. So the app that saves a plan asks the connected
 * provider (POST /v1/change-plans/attestations) to sign the plan's digest together with the
 * caller's own identity, and the administrator's app checks that signature against the same
 * provider's public key before the plan is shown as prepared by anyone.
 *
 * Crypto is injected, as hashing is for the integrity: shared/ has no crypto of its own.
 */
export const planAttestationSchema = z.strictObject({
  digest: z.string().regex(SHA256_HEX, 'must be a lowercase sha-256 hex digest'),
  tenantId: z.string().min(1).max(200),
  author: z.string().min(1).max(200),
  role: z.enum(['admin', 'helpdesk']),
  signedAt: z.iso.datetime({ offset: true }),
  keyId: z.string().min(1).max(200),
  signature: z.string().min(1).max(200),
});
export type PlanAttestation = z.infer<typeof planAttestationSchema>;

/**
 * Domain separation: the provider signs export manifests with the same key, over their canonical
 * JSON (which starts with `{`). A plan statement starts with this line instead, so neither kind
 * of signature can ever be passed off as the other.
 */
export const PLAN_ATTESTATION_PREFIX = 'pcc-plan-attestation-v1\n';

/** The exact text the provider signs: the prefix, then the canonical JSON of every other field. */
export function attestationStatement(attestation: Omit<PlanAttestation, 'signature'>): string {
  const { digest, tenantId, author, role, signedAt, keyId } = attestation;
  return `${PLAN_ATTESTATION_PREFIX}${canonicalJson({ digest, tenantId, author, role, signedAt, keyId })}`;
}

/** The connected provider's signing key (GET /v1/exports/public-key). */
export interface ProviderKey {
  readonly keyId: string;
  readonly publicKeyPem: string;
}

/** Ed25519 verification of `message` (UTF-8) against a base64 signature; never throws. */
export type VerifySignature = (
  publicKeyPem: string,
  message: string,
  signatureBase64: string,
) => boolean;

/** What did not match, with both sides: the refusal names it. */
export type AttestationMismatch =
  | { readonly what: 'key-id'; readonly signed: string; readonly provider: string }
  | { readonly what: 'signature'; readonly keyId: string }
  | { readonly what: 'digest'; readonly signed: string; readonly plan: string }
  | { readonly what: 'tenant'; readonly signed: string; readonly plan: string }
  | { readonly what: 'author'; readonly signed: string; readonly plan: string };

export type AttestationCheck =
  | { readonly ok: true; readonly attestation: PlanAttestation }
  | { readonly ok: false; readonly mismatch: AttestationMismatch };

/** The plan fields an attestation speaks about. */
export interface AttestedPlan {
  readonly integrity: string;
  readonly tenantId: string;
  readonly author: string;
}

/**
 * An attestation against the plan it came in and the provider's key, in the order that gives the
 * truest message: the key (another provider's, or a rotated one), the signature (the attestation
 * itself edited or forged), then what it says against what the plan says. The plan's integrity
 * was checked before this, so a digest mismatch means the content is not what was signed.
 */
export function checkAttestation(
  plan: AttestedPlan,
  attestation: PlanAttestation,
  key: ProviderKey,
  verify: VerifySignature,
): AttestationCheck {
  const fail = (mismatch: AttestationMismatch): AttestationCheck => ({ ok: false, mismatch });
  if (attestation.keyId !== key.keyId) {
    return fail({ what: 'key-id', signed: attestation.keyId, provider: key.keyId });
  }
  if (!verify(key.publicKeyPem, attestationStatement(attestation), attestation.signature)) {
    return fail({ what: 'signature', keyId: key.keyId });
  }
  if (attestation.digest !== plan.integrity) {
    return fail({ what: 'digest', signed: attestation.digest, plan: plan.integrity });
  }
  if (attestation.tenantId !== plan.tenantId) {
    return fail({ what: 'tenant', signed: attestation.tenantId, plan: plan.tenantId });
  }
  if (attestation.author !== plan.author) {
    return fail({ what: 'author', signed: attestation.author, plan: plan.author });
  }
  return { ok: true, attestation };
}

/** The mismatch in one English sentence (main words it in the user's language from the facts). */
export function describeMismatch(mismatch: AttestationMismatch): string {
  switch (mismatch.what) {
    case 'key-id':
      return `It was signed with provider key ${mismatch.signed}, but the connected provider's key is ${mismatch.provider}.`;
    case 'signature':
      return `Its provider signature does not verify with key ${mismatch.keyId}: the attestation was edited or not made by the connected provider.`;
    case 'digest':
      return 'Its content is not what the provider signed: it was edited after it was signed.';
    case 'tenant':
      return `The provider signed it for tenant ${mismatch.signed}, but the plan names tenant ${mismatch.plan}.`;
    case 'author':
      return `It names ${mismatch.plan} as its author, but the provider signed it for ${mismatch.signed}.`;
  }
}
