// Checks a provider export against its signed manifest, offline: the manifest's Ed25519
// signature must verify with a key the user trusts (saved from the provider's
// /v1/exports/public-key while connected, or added from a key file), and the file's SHA-256
// must match the hash the manifest signs. Nothing is fetched here.
import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { Integrity } from '../../../shared/ipc/schemas/logs';
import { canonicalJson } from '../../provider/signing';

export const manifestSchema = z
  .object({
    fileName: z.string(),
    format: z.enum(['jsonl', 'csv']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    algorithm: z.literal('Ed25519'),
    keyId: z.string(),
    signature: z.string().optional(),
  })
  .loose();

export type VerifyingKey = {
  readonly keyId: string;
  readonly publicKeyPem: string;
  readonly fingerprint: string;
  readonly sourceLabel: string;
};

/**
 * The manifest beside an export: `<file>.manifest.json` (however the file was renamed), or a
 * `manifest.json` in the same folder that names this file.
 */
export async function findManifest(exportPath: string): Promise<unknown> {
  const candidates: readonly [string, boolean][] = [
    [`${exportPath}.manifest.json`, false],
    [join(dirname(exportPath), 'manifest.json'), true],
  ];
  for (const [candidate, mustName] of candidates) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(candidate, 'utf8')) as unknown;
    } catch (error) {
      // A manifest that exists but is not JSON is a broken manifest, not a missing one.
      if (error instanceof SyntaxError) return { unreadable: true };
      continue;
    }
    if (!mustName) return parsed;
    if (typeof parsed === 'object' && parsed !== null) {
      if (Reflect.get(parsed, 'fileName') === basename(exportPath)) return parsed;
    }
  }
  return undefined;
}

function signatureVerifies(key: VerifyingKey, unsigned: object, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalJson(unsigned), 'utf8'),
      createPublicKey(key.publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

export function verifyExport(
  manifest: unknown,
  fileSha256: string,
  trustedKeys: readonly VerifyingKey[],
  now: Date = new Date(),
): Integrity {
  const base = { keyId: null, fingerprint: null, keySource: null, checkedAt: now.toISOString() };
  if (manifest === undefined) return { ...base, status: 'unsigned', reason: 'no-manifest' };
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success) return { ...base, status: 'tampered', reason: 'invalid-manifest' };
  const { signature, ...unsigned } = parsed.data;
  const keyId = parsed.data.keyId;
  if (signature === undefined)
    return { ...base, keyId, status: 'unsigned', reason: 'no-signature' };
  const key = trustedKeys.find((k) => k.keyId === keyId);
  if (key === undefined) return { ...base, keyId, status: 'unsigned', reason: 'unknown-key' };
  const withKey = { ...base, keyId, fingerprint: key.fingerprint, keySource: key.sourceLabel };
  if (!signatureVerifies(key, unsigned, signature))
    return { ...withKey, status: 'tampered', reason: 'bad-signature' };
  if (parsed.data.sha256 !== fileSha256)
    return { ...withKey, status: 'tampered', reason: 'hash-mismatch' };
  return { ...withKey, status: 'verified', reason: 'signature-and-hash-match' };
}
