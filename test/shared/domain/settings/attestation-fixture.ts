import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import {
  attestationStatement,
  type PlanAttestation,
  type ProviderKey,
  type VerifySignature,
} from '../../../../shared/domain/settings/plan-attestation';

// A provider signing key made on the spot, and attestations signed with it the way the provider
// signs them, for the plan attestation and authorship tests.

/** Ed25519 over node:crypto, as main passes it in. */
export const verifyEd25519: VerifySignature = (pem, message, signature) => {
  try {
    return verify(null, Buffer.from(message), pem, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};

export interface TestKey extends ProviderKey {
  readonly privateKey: KeyObject;
}

export function testKey(keyId = 'ed25519-test'): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    keyId,
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function attest(
  key: TestKey,
  fields: Omit<PlanAttestation, 'signature' | 'keyId'>,
): PlanAttestation {
  const unsigned = { ...fields, keyId: key.keyId };
  const signature = sign(null, Buffer.from(attestationStatement(unsigned)), key.privateKey);
  return { ...unsigned, signature: signature.toString('base64') };
}
