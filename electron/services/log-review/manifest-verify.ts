// Checks a provider export against its signed manifest, offline: the file's SHA-256 must match
// the manifest and the manifest's Ed25519 signature must verify with a key the user trusts
// (the provider publishes it at /v1/exports/public-key; the app keeps a copy).
import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
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

export type TrustedKey = { readonly keyId: string; readonly publicKeyPem: string };

export type Integrity =
  | { readonly status: 'verified'; readonly keyId: string }
  | { readonly status: 'tampered'; readonly reason: string }
  | { readonly status: 'unsigned'; readonly reason: string };

/** Where a manifest sits next to its export: `<file>.manifest.json` or `manifest.json`. */
export async function findManifest(exportPath: string): Promise<unknown> {
  for (const candidate of [
    `${exportPath}.manifest.json`,
    join(dirname(exportPath), 'manifest.json'),
  ]) {
    try {
      const parsed = JSON.parse(await readFile(candidate, 'utf8')) as unknown;
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        (parsed as { fileName?: unknown }).fileName === basename(exportPath)
      )
        return parsed;
    } catch {
      // No manifest there (or not JSON): try the next place.
    }
  }
  return undefined;
}

export function verifyExport(
  manifest: unknown,
  fileSha256: string,
  trustedKeys: readonly TrustedKey[],
): Integrity {
  if (manifest === undefined)
    return { status: 'unsigned', reason: 'No manifest was found next to the file.' };
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success)
    return { status: 'tampered', reason: 'The manifest is not a valid export manifest.' };
  const { signature, ...unsigned } = parsed.data;
  if (signature === undefined)
    return { status: 'unsigned', reason: 'The manifest carries no signature.' };
  const key = trustedKeys.find((k) => k.keyId === parsed.data.keyId);
  if (key === undefined)
    return {
      status: 'unsigned',
      reason: `Signed with key ${parsed.data.keyId}, which is not a trusted key.`,
    };
  const signed = verify(
    null,
    Buffer.from(canonicalJson(unsigned), 'utf8'),
    createPublicKey(key.publicKeyPem),
    Buffer.from(signature, 'base64'),
  );
  if (!signed) return { status: 'tampered', reason: 'The manifest signature does not verify.' };
  if (parsed.data.sha256 !== fileSha256)
    return {
      status: 'tampered',
      reason: 'The file does not match the hash in its signed manifest.',
    };
  return { status: 'verified', keyId: key.keyId };
}
