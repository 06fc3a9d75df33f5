import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createChangePlan,
  parseChangePlan,
  serializeChangePlan,
  withAttestation,
  type ChangePlan,
  type ChangePlanContent,
} from '../../../../shared/domain/settings/change-plan';
import {
  verifyPlanAuthorship,
  type ProviderKeyLookup,
} from '../../../../shared/domain/settings/plan-authorship';
import {
  canonicalJson,
  computeIntegrity,
} from '../../../../shared/domain/settings/signed-json-file';
import { attest, testKey, verifyEd25519, type TestKey } from './attestation-fixture';
import { sha256Hex } from './catalogue-fixture';

const TENANT = 'tenant-contoso-eu';
const HELPDESK = 'helpdesk@contoso.example';
const providerKey = testKey('ed25519-provider');

const content: ChangePlanContent = {
  tenantId: TENANT,
  author: HELPDESK,
  createdAt: '2025-11-03T09:15:00.000Z',
  baseVersions: { 'office.optional-telemetry': 'v1' },
  changes: [{ settingId: 'office.optional-telemetry', value: 'off', reason: 'Ticket 4711' }],
};

/** A plan as the app saves it, attested by `key` for `author` (the token's subject). */
async function signedPlanText(key: TestKey = providerKey, author = HELPDESK): Promise<string> {
  const plan = await createChangePlan(content, sha256Hex);
  const attestation = attest(key, {
    digest: plan.integrity,
    tenantId: plan.tenantId,
    author,
    role: 'helpdesk',
    signedAt: '2025-11-03T09:16:00.000Z',
  });
  return serializeChangePlan(withAttestation(plan, attestation));
}

/** Edits a plan file and recomputes its integrity, as anyone with a text editor can. */
async function forge(text: string, edit: (plan: Record<string, unknown>) => void): Promise<string> {
  const plan = JSON.parse(text) as Record<string, unknown>;
  edit(plan);
  plan.integrity = await computeIntegrity(plan, sha256Hex, ['integrity', 'attestation']);
  return JSON.stringify(plan, null, 2);
}

async function open(text: string, key: ProviderKeyLookup = { ok: true, key: providerKey }) {
  const parsed = await parseChangePlan(text, TENANT, sha256Hex);
  if (!parsed.ok) throw new Error(`the integrity check refused it: ${parsed.problem.message}`);
  let asked = 0;
  const result = await verifyPlanAuthorship(
    parsed.value,
    () => {
      asked += 1;
      return Promise.resolve(key);
    },
    verifyEd25519,
  );
  return { result, asked };
}

async function refusal(text: string) {
  const { result } = await open(text);
  if (result.ok || result.problem.kind !== 'tampered') {
    throw new Error('expected the plan to be refused as tampered');
  }
  return result.problem;
}

describe('plan authorship', () => {
  it('shows a plan the provider signed as signed for its author', async () => {
    const { result } = await open(await signedPlanText());
    expect(result).toEqual({
      ok: true,
      authorship: {
        status: 'attested',
        author: HELPDESK,
        role: 'helpdesk',
        signedAt: '2025-11-03T09:16:00.000Z',
        keyId: 'ed25519-provider',
      },
    });
  });

  it('refuses a plan edited after signing, even with its integrity recomputed', async () => {
    const forged = await forge(await signedPlanText(), (plan) => {
      const [change] = plan.changes as { value: string; reason: string }[];
      if (change) change.value = 'on';
    });
    // The integrity alone no longer catches it: that is the point of the signature.
    expect((await parseChangePlan(forged, TENANT, sha256Hex)).ok).toBe(true);
    const problem = await refusal(forged);
    expect(problem).toMatchObject({ evidence: { what: 'digest' } });
    expect(problem.message).toContain('not what the provider signed');
  });

  it('refuses a plan whose author was swapped, however the attestation is adjusted', async () => {
    const signed = await signedPlanText();
    // Author changed and integrity recomputed: the signed digest no longer matches.
    const renamed = await forge(signed, (plan) => {
      plan.author = 'admin@contoso.example';
    });
    expect((await refusal(renamed)).evidence).toMatchObject({ what: 'digest' });
    // The attestation edited to match as well: its signature breaks.
    const both = await forge(signed, (plan) => {
      plan.author = 'admin@contoso.example';
      const attestation = plan.attestation as Record<string, unknown>;
      attestation.author = 'admin@contoso.example';
    });
    expect((await refusal(both)).evidence).toMatchObject({ what: 'signature' });
    // A genuine attestation of the edited plan, got with one's own token: it names oneself.
    const edited = await forge(signed, (plan) => {
      plan.author = 'admin@contoso.example';
      plan.attestation = null;
    });
    const reissued = JSON.parse(edited) as ChangePlan & { version: 2 };
    const own = attest(providerKey, {
      digest: reissued.integrity,
      tenantId: TENANT,
      author: 'mallory@contoso.example',
      role: 'helpdesk',
      signedAt: '2025-11-03T10:00:00.000Z',
    });
    const problem = await refusal(serializeChangePlan(withAttestation(reissued, own)));
    expect(problem.evidence).toEqual({
      what: 'author',
      signed: 'mallory@contoso.example',
      plan: 'admin@contoso.example',
    });
    expect(problem.message).toContain('names admin@contoso.example as its author');
  });

  it('refuses an export-style signature replayed as the attestation', async () => {
    const plan = JSON.parse(await signedPlanText()) as { attestation: Record<string, unknown> };
    const unsigned = Object.fromEntries(
      Object.entries(plan.attestation).filter(([k]) => k !== 'signature'),
    );
    // What the provider's manifest signing (bare canonical JSON, no prefix) would produce.
    plan.attestation.signature = sign(
      null,
      Buffer.from(canonicalJson(unsigned)),
      providerKey.privateKey,
    ).toString('base64');
    expect((await refusal(JSON.stringify(plan))).evidence).toEqual({
      what: 'signature',
      keyId: 'ed25519-provider',
    });
  });

  it('refuses a plan signed under another key id than the connected provider uses', async () => {
    const problem = await refusal(await signedPlanText(testKey('ed25519-elsewhere')));
    expect(problem.evidence).toEqual({
      what: 'key-id',
      signed: 'ed25519-elsewhere',
      provider: 'ed25519-provider',
    });
    expect(problem.message).toContain('ed25519-elsewhere');
  });

  it('opens a version 1 plan, or one saved without the provider, as unsigned', async () => {
    const v2 = await createChangePlan(content, sha256Hex);
    const body = {
      format: v2.format,
      version: 1 as const,
      tenantId: v2.tenantId,
      author: v2.author,
      createdAt: v2.createdAt,
      baseVersions: v2.baseVersions,
      changes: v2.changes,
    };
    const v1 = { ...body, integrity: await computeIntegrity(body, sha256Hex) };
    for (const text of [JSON.stringify(v1), serializeChangePlan(v2)]) {
      const { result, asked } = await open(text);
      expect(result).toEqual({ ok: true, authorship: { status: 'unsigned' } });
      expect(asked).toBe(0);
    }
  });

  it('says an attested plan cannot be checked while the provider key is out of reach', async () => {
    const { result } = await open(await signedPlanText(), { ok: false, reason: 'Offline.' });
    expect(result).toEqual({
      ok: true,
      authorship: { status: 'unverifiable', reason: 'Offline.' },
    });
  });
});
