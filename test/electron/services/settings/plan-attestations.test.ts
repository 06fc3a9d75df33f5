import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import type { Schemas } from '../../../../electron/provider/types';
import { createProviderClient } from '../../../../electron/services/provider-client';
import {
  createProviderKeySource,
  requestAttestation,
  verifyEd25519,
} from '../../../../electron/services/settings/plan-attestations';
import { closedPortUrl, providerJson, startSmallProvider } from '../provider-fixture';
import { clientFor, tempDir } from './settings-test-kit';

let provider: RunningProvider;
let stop: () => Promise<void>;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop();
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function cacheFolder(): string {
  const temp = tempDir('pcc-key-cache-');
  cleanups.push(temp.remove);
  return temp.dir;
}

describe('the provider key source', () => {
  it('reads the key live and keeps it, so a plan opened offline is still checked', async () => {
    const dir = cacheFolder();
    const published = (await providerJson(
      provider,
      '/v1/exports/public-key',
    )) as Schemas['PublicKey'];
    const online = createProviderKeySource({
      getClient: () => clientFor(provider),
      cacheDir: () => dir,
      now: () => new Date('2025-11-03T09:00:00.000Z'),
    });
    const expected = {
      ok: true,
      key: { keyId: published.keyId, publicKeyPem: published.publicKeyPem },
    };
    expect(await online()).toEqual(expected);
    expect(JSON.parse(readFileSync(join(dir, 'provider-signing-key.json'), 'utf8'))).toMatchObject({
      keyId: published.keyId,
      fetchedAt: '2025-11-03T09:00:00.000Z',
    });

    const offlineClient = createProviderClient({ baseUrl: await closedPortUrl(), token: 'x' });
    const offline = createProviderKeySource({
      getClient: () => offlineClient,
      cacheDir: () => dir,
      now: () => new Date(),
    });
    expect(await offline()).toEqual(expected);
    // Another connection's folder holds no key: nothing to check with, and it says why.
    const elsewhere = createProviderKeySource({
      getClient: () => offlineClient,
      cacheDir: cacheFolder,
      now: () => new Date(),
    });
    expect(await elsewhere()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/signing key could not be read.*refused/s) as unknown,
    });
  });
});

describe('requestAttestation', () => {
  it('answers with the checked attestation, or a failure for anything else', async () => {
    const me = (await providerJson(provider, '/v1/me', provider.tokens.helpdesk)) as Schemas['Me'];
    const digest = 'f'.repeat(64);
    const answer = await requestAttestation(clientFor(provider, 'helpdesk'), me.tenantId, digest);
    expect(answer).toMatchObject({ ok: true, data: { digest, author: me.subject } });

    const foreign = await requestAttestation(clientFor(provider), 'tenant-elsewhere', digest);
    expect(foreign).toMatchObject({ ok: false, failure: { kind: 'http', status: 422 } });

    const odd = createProviderClient({
      baseUrl: provider.url,
      token: null,
      fetch: () => Promise.resolve(Response.json({ digest, signature: 'x' })),
    });
    expect(await requestAttestation(odd, me.tenantId, digest)).toMatchObject({
      ok: false,
      failure: { kind: 'http', status: 502 },
    });
  });
});

describe('verifyEd25519', () => {
  it('verifies Ed25519 and says no, without throwing, to anything else', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const signature = sign(null, Buffer.from('statement'), privateKey).toString('base64');
    expect(verifyEd25519(pem, 'statement', signature)).toBe(true);
    expect(verifyEd25519(pem, 'statement!', signature)).toBe(false);
    expect(verifyEd25519(pem, 'statement', 'not base64 at all')).toBe(false);
    expect(verifyEd25519('not a key', 'statement', signature)).toBe(false);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(
      verifyEd25519(rsa.export({ type: 'spki', format: 'pem' }).toString(), 'x', signature),
    ).toBe(false);
  });
});
