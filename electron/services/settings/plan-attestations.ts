// The provider side of change plan authorship, for plan-files.ts: asking the connected provider
// to attest a plan's digest when it is saved, and its public key to check an attestation when a
// plan is opened. The key is kept in the connection's cache folder each time it is read, so a
// plan opened while the provider is unreachable is still checked, offline.
import { createPublicKey, verify } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  planAttestationSchema,
  type PlanAttestation,
  type VerifySignature,
} from '../../../shared/domain/settings/plan-attestation';
import type { ProviderKeyLookup } from '../../../shared/domain/settings/plan-authorship';
import type { ProviderClient } from '../provider-client';
import { readProvider, type ProviderRead } from '../provider-failure';
import { userText } from '../user-text/user-text';
import { writeFileAtomically } from './file-io';

export const verifyEd25519: VerifySignature = (publicKeyPem, message, signatureBase64) => {
  try {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
};

/** The provider's answer, checked: a body that is no attestation is no attestation. */
export async function requestAttestation(
  client: ProviderClient,
  tenantId: string,
  digest: string,
): Promise<ProviderRead<PlanAttestation>> {
  const read = await readProvider(() =>
    client.POST('/v1/change-plans/attestations', { body: { tenantId, digest } }),
  );
  if (!read.ok) return read;
  const parsed = planAttestationSchema.safeParse(read.data);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : {
        ok: false,
        failure: {
          kind: 'http',
          status: 502,
          reason: userText().provider.unreadable('a plan attestation'),
        },
      };
}

/** `GET /v1/exports/public-key`: the one key that signs exports and plan attestations. */
const publicKeySchema = z.object({
  keyId: z.string().min(1).max(200),
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string().min(1).max(10_000),
});

const cachedKeySchema = z.object({
  schemaVersion: z.literal(1),
  keyId: z.string().min(1).max(200),
  publicKeyPem: z.string().min(1).max(10_000),
  fetchedAt: z.iso.datetime({ offset: true }),
});

const keyFileName = 'provider-signing-key.json';

export interface ProviderKeyDeps {
  readonly getClient: () => ProviderClient;
  /** This connection's cache folder, read on every call (as the settings snapshot's is). */
  readonly cacheDir: () => string;
  readonly now: () => Date;
}

async function readCachedKey(dir: string): Promise<z.infer<typeof cachedKeySchema> | null> {
  try {
    const parsed = cachedKeySchema.safeParse(
      JSON.parse(await readFile(join(dir, keyFileName), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The connected provider's signing key: live when it answers (and then kept), else the copy kept
 * for this connection. Never another connection's key: the cache folder is per connection.
 */
export function createProviderKeySource(deps: ProviderKeyDeps): () => Promise<ProviderKeyLookup> {
  return async () => {
    const dir = deps.cacheDir();
    const read = await readProvider(() => deps.getClient().GET('/v1/exports/public-key'));
    const live = read.ok ? publicKeySchema.safeParse(read.data) : null;
    if (live?.success === true) {
      const { keyId, publicKeyPem } = live.data;
      try {
        await mkdir(dir, { recursive: true });
        const cached = {
          schemaVersion: 1,
          keyId,
          publicKeyPem,
          fetchedAt: deps.now().toISOString(),
        };
        await writeFileAtomically(join(dir, keyFileName), `${JSON.stringify(cached)}\n`);
      } catch {
        // The copy is for offline use; the live key is still right.
      }
      return { ok: true, key: { keyId, publicKeyPem } };
    }
    const cached = await readCachedKey(dir);
    if (cached !== null) {
      return { ok: true, key: { keyId: cached.keyId, publicKeyPem: cached.publicKeyPem } };
    }
    const reason = read.ok ? userText().provider.unreadable('a public key') : read.failure.reason;
    return { ok: false, reason: userText().files.providerKeyUnavailable(reason) };
  };
}
