import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey, verify } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  loadOrCreateSigningKey,
  signManifest,
  signText,
  verifyManifest,
} from '../../../electron/provider/signing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-sign-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('signing', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('keeps the key across loads and signs verifiably; any change breaks the signature', () => {
    const key = loadOrCreateSigningKey(dir);
    const again = loadOrCreateSigningKey(dir);
    expect(again.keyId).toBe(key.keyId);
    expect(again.publicKeyPem).toBe(key.publicKeyPem);
    const manifest = { sha256: 'ab'.repeat(32), eventCount: 3, fileName: 'x.jsonl' };
    const signed = { ...manifest, signature: signManifest(key, manifest) };
    expect(verifyManifest(key.publicKeyPem, signed)).toBe(true);
    expect(verifyManifest(key.publicKeyPem, { ...signed, eventCount: 4 })).toBe(false);
    const otherDir = mkdtempSync(join(tmpdir(), 'pcc-sign-'));
    try {
      expect(verifyManifest(loadOrCreateSigningKey(otherDir).publicKeyPem, signed)).toBe(false);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('signs a text as its exact UTF-8 bytes', () => {
    const key = loadOrCreateSigningKey(dir);
    const text = 'pcc-plan-attestation-v1\n{"a":"ä"}';
    const signature = Buffer.from(signText(key, text), 'base64');
    const publicKey = createPublicKey(key.publicKeyPem);
    expect(verify(null, Buffer.from(text, 'utf8'), publicKey, signature)).toBe(true);
    expect(verify(null, Buffer.from(`${text} `, 'utf8'), publicKey, signature)).toBe(false);
  });
});
