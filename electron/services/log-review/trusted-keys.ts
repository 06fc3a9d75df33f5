// The export-signing keys the user trusts, kept in the app's data folder so provider exports
// can be checked with no network: saved from the connected provider's
// GET /v1/exports/public-key, or added from a key file (a PEM public key, or that endpoint's
// JSON answer saved to disk). Each key is shown with its SHA-256 fingerprint so the user can
// compare it with the one the provider publishes.
import { createHash, createPublicKey } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { TrustedKey } from '../../../shared/ipc/schemas/logs';
import { userText } from '../user-text/user-text';
import { writeTextAtomic } from './atomic-text';
import type { VerifyingKey } from './manifest-verify';

const storedKeySchema = z.object({
  keyId: z.string().min(1).max(200),
  publicKeyPem: z.string().min(1).max(10_000),
  fingerprint: z.string(),
  source: z.enum(['provider', 'file']),
  sourceLabel: z.string().max(2000),
  addedAt: z.string(),
});
type StoredKey = z.infer<typeof storedKeySchema>;

const keyFileSchema = z.object({ version: z.literal(1), keys: z.array(storedKeySchema) });

/** The provider's own key document (`GET /v1/exports/public-key`). */
export const publicKeyDocumentSchema = z.object({
  keyId: z.string().min(1).max(200),
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string().min(1).max(10_000),
});

export class KeyError extends Error {
  override readonly name = 'KeyError';
}

/** An Ed25519 public key's identity: the provider's key id scheme and the full fingerprint. */
export function describeKey(publicKeyPem: string): { keyId: string; fingerprint: string } {
  let der: Buffer;
  try {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') throw new KeyError(userText().logs.notEd25519);
    der = key.export({ type: 'spki', format: 'der' });
  } catch (error) {
    if (error instanceof KeyError) throw error;
    throw new KeyError(userText().logs.notPem);
  }
  const hex = createHash('sha256').update(der).digest('hex');
  return {
    keyId: `ed25519-${hex.slice(0, 16)}`,
    fingerprint: (hex.match(/../g) ?? []).join(':').toUpperCase(),
  };
}

/** The key a file holds: a PEM public key, or the provider's JSON key document. */
export function parseKeyFile(text: string): { publicKeyPem: string; keyId: string | null } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed) as unknown;
    } catch {
      throw new KeyError(userText().logs.notKeyFile);
    }
    const parsed = publicKeyDocumentSchema.safeParse(json);
    if (!parsed.success) throw new KeyError(userText().logs.notKeyDocument);
    return { publicKeyPem: parsed.data.publicKeyPem, keyId: parsed.data.keyId };
  }
  if (!trimmed.includes('-----BEGIN PUBLIC KEY-----')) throw new KeyError(userText().logs.notPem);
  return { publicKeyPem: trimmed, keyId: null };
}

export type TrustedKeyStore = ReturnType<typeof openTrustedKeyStore>;

export function openTrustedKeyStore(path: string, now: () => Date = () => new Date()) {
  const load = async (): Promise<StoredKey[]> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return [];
    }
    const parsed = keyFileSchema.safeParse(JSON.parse(text) as unknown);
    if (!parsed.success) throw new KeyError(userText().logs.trustedKeysDamaged);
    return parsed.data.keys;
  };
  const save = async (keys: readonly StoredKey[]): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    await writeTextAtomic(path, `${JSON.stringify({ version: 1, keys }, null, 2)}\n`);
  };
  const shown = (k: StoredKey): TrustedKey => ({
    keyId: k.keyId,
    fingerprint: k.fingerprint,
    source: k.source,
    sourceLabel: k.sourceLabel,
    addedAt: k.addedAt,
  });
  return {
    list: async (): Promise<TrustedKey[]> => (await load()).map(shown),
    verifying: async (): Promise<VerifyingKey[]> => await load(),
    /**
     * Trusts `publicKeyPem`. A key id the source names must be the key's own (the provider
     * derives it from the key), so a document cannot pass one key off under another's id.
     */
    add: async (
      publicKeyPem: string,
      claimedKeyId: string | null,
      source: 'provider' | 'file',
      sourceLabel: string,
    ): Promise<TrustedKey> => {
      const { keyId, fingerprint } = describeKey(publicKeyPem);
      if (claimedKeyId !== null && claimedKeyId !== keyId)
        throw new KeyError(userText().logs.keyIdMismatch(claimedKeyId, keyId));
      const key: StoredKey = {
        keyId,
        publicKeyPem,
        fingerprint,
        source,
        sourceLabel,
        addedAt: now().toISOString(),
      };
      const keys = (await load()).filter((k) => k.keyId !== keyId);
      await save([...keys, key]);
      return shown(key);
    },
    remove: async (keyId: string): Promise<void> => {
      await save((await load()).filter((k) => k.keyId !== keyId));
    },
  };
}
