import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  attestationStatement,
  checkAttestation,
  describeMismatch,
  PLAN_ATTESTATION_PREFIX,
} from '../../../../shared/domain/settings/plan-attestation';
import { canonicalJson } from '../../../../shared/domain/settings/signed-json-file';
import { attest, testKey, verifyEd25519 } from './attestation-fixture';

const key = testKey();
const plan = {
  integrity: 'a'.repeat(64),
  tenantId: 'tenant-contoso-eu',
  author: 'helpdesk@contoso.example',
};
const fields = {
  digest: plan.integrity,
  tenantId: plan.tenantId,
  author: plan.author,
  role: 'helpdesk' as const,
  signedAt: '2025-11-03T09:15:00.000Z',
};

describe('attestationStatement', () => {
  it('is the prefix line, then the canonical JSON of every field but the signature', () => {
    const statement = attestationStatement({ ...fields, keyId: 'k1' });
    expect(statement).toBe(
      'pcc-plan-attestation-v1\n' +
        '{"author":"helpdesk@contoso.example","digest":"' +
        'a'.repeat(64) +
        '","keyId":"k1","role":"helpdesk","signedAt":"2025-11-03T09:15:00.000Z","tenantId":"tenant-contoso-eu"}',
    );
    // A manifest's signed bytes are canonical JSON, which starts with "{": never this.
    expect(statement.startsWith(PLAN_ATTESTATION_PREFIX)).toBe(true);
    expect(PLAN_ATTESTATION_PREFIX.startsWith('{')).toBe(false);
  });
});

describe('checkAttestation', () => {
  it('accepts the provider signature over this plan, tenant and author', () => {
    const attestation = attest(key, fields);
    expect(checkAttestation(plan, attestation, key, verifyEd25519)).toEqual({
      ok: true,
      attestation,
    });
  });

  it('refuses an attestation for other content (the plan was edited after signing)', () => {
    const attestation = attest(key, fields);
    const edited = { ...plan, integrity: 'b'.repeat(64) };
    const check = checkAttestation(edited, attestation, key, verifyEd25519);
    expect(check).toEqual({
      ok: false,
      mismatch: { what: 'digest', signed: plan.integrity, plan: edited.integrity },
    });
  });

  it('refuses a genuine attestation for someone else than the plan names', () => {
    const attestation = attest(key, { ...fields, author: 'mallory@contoso.example' });
    const check = checkAttestation(plan, attestation, key, verifyEd25519);
    expect(check).toEqual({
      ok: false,
      mismatch: { what: 'author', signed: 'mallory@contoso.example', plan: plan.author },
    });
    if (!check.ok) expect(describeMismatch(check.mismatch)).toContain('mallory@contoso.example');
  });

  it('refuses an attestation edited to name the plan author (the signature breaks)', () => {
    const genuine = attest(key, { ...fields, author: 'mallory@contoso.example' });
    const edited = { ...genuine, author: plan.author };
    expect(checkAttestation(plan, edited, key, verifyEd25519)).toEqual({
      ok: false,
      mismatch: { what: 'signature', keyId: key.keyId },
    });
  });

  it('refuses a genuine attestation for another tenant', () => {
    const attestation = attest(key, { ...fields, tenantId: 'tenant-fabrikam' });
    expect(checkAttestation(plan, attestation, key, verifyEd25519)).toMatchObject({
      ok: false,
      mismatch: { what: 'tenant', signed: 'tenant-fabrikam', plan: plan.tenantId },
    });
  });

  it('refuses a signature made the way export manifests are signed (no prefix)', () => {
    // The same key signs export manifests over bare canonical JSON. A signature over these very
    // fields without the prefix is what a manifest-style signature would be: it must not pass.
    const unsigned = { ...fields, keyId: key.keyId };
    const manifestStyle = sign(null, Buffer.from(canonicalJson(unsigned)), key.privateKey);
    const replayed = { ...unsigned, signature: manifestStyle.toString('base64') };
    expect(checkAttestation(plan, replayed, key, verifyEd25519)).toEqual({
      ok: false,
      mismatch: { what: 'signature', keyId: key.keyId },
    });
  });

  it('refuses an attestation under another key id, before looking at the signature', () => {
    const other = testKey('ed25519-other');
    const attestation = attest(other, fields);
    expect(checkAttestation(plan, attestation, key, verifyEd25519)).toEqual({
      ok: false,
      mismatch: { what: 'key-id', signed: 'ed25519-other', provider: key.keyId },
    });
    // Claiming the provider's key id does not help: the signature is another key's.
    expect(
      checkAttestation(plan, { ...attestation, keyId: key.keyId }, key, verifyEd25519),
    ).toMatchObject({ ok: false, mismatch: { what: 'signature' } });
  });
});
