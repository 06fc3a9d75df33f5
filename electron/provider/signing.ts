import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file';

export type SigningKey = {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
  readonly keyId: string;
};

function fromPrivate(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const keyId = `ed25519-${createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
  return { privateKey, publicKeyPem, keyId };
}

/**
 * The provider's signing key, for export manifests and change plan attestations: generated once
 * per data folder and kept there (PKCS#8 PEM, mode 600).
 */
export function loadOrCreateSigningKey(dataDir: string): SigningKey {
  const path = join(dataDir, 'signing-key.pem');
  if (existsSync(path)) return fromPrivate(createPrivateKey(readFileSync(path, 'utf8')));
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileAtomic(path, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  return fromPrivate(privateKey);
}

/** JSON with object keys sorted at every depth: the byte-exact form that gets signed. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const source = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .sort()
        .map((k) => [k, source[k]]),
    );
  });
}

/**
 * Base64 Ed25519 signature over a text's UTF-8 bytes. For statements that carry their own
 * domain prefix (a change plan attestation), so they can never be mistaken for a manifest.
 */
export function signText(key: SigningKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

/** Base64 Ed25519 signature over the canonical JSON of `manifest` minus its `signature` field. */
export function signManifest(key: SigningKey, manifest: Readonly<Record<string, unknown>>): string {
  const unsigned = Object.fromEntries(Object.entries(manifest).filter(([k]) => k !== 'signature'));
  return sign(null, Buffer.from(canonicalJson(unsigned), 'utf8'), key.privateKey).toString(
    'base64',
  );
}

export function verifyManifest(
  publicKeyPem: string,
  manifest: Readonly<Record<string, unknown>>,
): boolean {
  const { signature, ...unsigned } = manifest;
  if (typeof signature !== 'string') return false;
  return verify(
    null,
    Buffer.from(canonicalJson(unsigned), 'utf8'),
    createPublicKey(publicKeyPem),
    Buffer.from(signature, 'base64'),
  );
}
