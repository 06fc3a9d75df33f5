import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyManifest } from '../../../electron/provider/signing';
import type { Export, Schemas } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

// Every response goes through t.api, which validates it against shared/api/openapi.yaml.
let t: TestProvider;
let tenantId: string;
let key: Schemas['PublicKey'];
const digest = 'c0ffee'.padEnd(64, '0');
const PATH = '/v1/change-plans/attestations';

beforeAll(async () => {
  t = await startTestProvider();
  tenantId = (await t.api<Schemas['Me']>('GET', '/v1/me')).body.tenantId;
  key = (await t.api<Schemas['PublicKey']>('GET', '/v1/exports/public-key', { token: null })).body;
});
afterAll(async () => {
  await t.dispose();
});

/** The signed bytes, written independently of the server: prefix line, sorted keys, no signature. */
function statement(attestation: Schemas['PlanAttestation']): string {
  const entries = Object.entries(attestation)
    .filter(([k]) => k !== 'signature')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `pcc-plan-attestation-v1\n${JSON.stringify(Object.fromEntries(entries))}`;
}

function verifies(message: string, signature: string): boolean {
  return verify(
    null,
    Buffer.from(message, 'utf8'),
    createPublicKey(key.publicKeyPem),
    Buffer.from(signature, 'base64'),
  );
}

async function attest(role: 'admin' | 'helpdesk' | 'auditor', body: unknown) {
  return t.api<Schemas['PlanAttestation'] & Schemas['Error']>('POST', PATH, {
    token: t.provider.tokens[role],
    body,
  });
}

describe('POST /v1/change-plans/attestations', () => {
  it('signs the digest for the caller, with the export key, verifiable with the public key', async () => {
    for (const role of ['helpdesk', 'admin'] as const) {
      const res = await attest(role, { tenantId, digest });
      expect(res.status, role).toBe(200);
      const me = await t.api<Schemas['Me']>('GET', '/v1/me', { token: t.provider.tokens[role] });
      expect(res.body).toMatchObject({
        digest,
        tenantId,
        author: me.body.subject,
        role,
        keyId: key.keyId,
      });
      expect(Date.parse(res.body.signedAt)).not.toBeNaN();
      expect(verifies(statement(res.body), res.body.signature)).toBe(true);
      // Any field changed breaks it.
      const other = { ...res.body, author: 'someone-else@example.test' };
      expect(verifies(statement(other), res.body.signature)).toBe(false);
    }
  });

  it('takes author and role from the token, never from the request', async () => {
    const res = await attest('helpdesk', {
      tenantId,
      digest,
      author: 'admin@example.test',
      role: 'admin',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });

  it('keeps attestations and export manifests apart, though one key signs both', async () => {
    const attestation = (await attest('helpdesk', { tenantId, digest })).body;
    // An attestation presented as a manifest does not verify as one.
    expect(verifyManifest(key.publicKeyPem, attestation)).toBe(false);
    // A manifest's signature does not verify as an attestation, whatever fields it is paired with.
    const exported = await t.api<Export>('POST', '/v1/exports', {
      body: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', format: 'jsonl' },
    });
    const { manifest } = exported.body;
    expect(verifyManifest(key.publicKeyPem, manifest)).toBe(true);
    expect(verifies(statement({ ...attestation, signature: '' }), manifest.signature)).toBe(false);
    const unsignedManifest = Object.fromEntries(
      Object.entries(manifest).filter(([k]) => k !== 'signature'),
    );
    expect(
      verifies(`pcc-plan-attestation-v1\n${JSON.stringify(unsignedManifest)}`, manifest.signature),
    ).toBe(false);
  });

  it('is 403 insufficient_scope for the auditor', async () => {
    const res = await attest('auditor', { tenantId, digest });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('insufficient_scope');
    expect(res.body.error.message).toContain('auditor');
  });

  it('is 401 without a token', async () => {
    const res = await t.api<Schemas['Error']>('POST', PATH, {
      token: null,
      body: { tenantId, digest },
    });
    expect(res.status).toBe(401);
  });

  it('is 422 naming tenantId for another tenant', async () => {
    const res = await attest('helpdesk', { tenantId: 'tenant-elsewhere', digest });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('unprocessable');
    expect(res.body.error.details?.issues?.[0]?.field).toBe('tenantId');
  });

  it('is 400 naming digest for anything but a lowercase sha-256 hex digest', async () => {
    for (const bad of ['', 'abc', digest.toUpperCase(), `${digest}0`, 42]) {
      const res = await attest('helpdesk', { tenantId, digest: bad });
      expect(res.status, String(bad)).toBe(400);
      expect(res.body.error.details?.issues?.map((i) => i.field)).toEqual(['digest']);
    }
    const missing = await attest('helpdesk', { tenantId });
    expect(missing.body.error.details?.issues?.[0]?.field).toBe('digest');
  });
});
