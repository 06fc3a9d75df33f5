import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorageVault } from '../../../../electron/main/safe-storage-vault';
import type { SecretVault } from '../../../../electron/services/connections/secret-vault';
import {
  createTokenVault,
  type TokenSet,
} from '../../../../electron/services/connections/token-vault';
import { createFakeSafeStorage, type FakeBackend } from '../../../support/fake-safe-storage';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pcc-vault-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const tokens: TokenSet = {
  accessToken: 'access-3f9c2b7e1d5a4c8e9b0f',
  refreshToken: 'refresh-8a7b6c5d4e3f2a1b0c9d',
  expiresAt: '2025-06-01T10:00:00.000Z',
  via: 'device',
};
const id = 'c0ffee00-0000-4000-8000-000000000001';

function vaultOn(
  backend: FakeBackend | 'unavailable',
  storage = createFakeSafeStorage(backend === 'unavailable' ? { available: false } : { backend }),
) {
  return {
    storage,
    vault: createTokenVault({ directory, vault: createSafeStorageVault(storage, 'linux') }),
  };
}

/** Every byte written under the folder, to search for secrets. */
function everything(): string {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe('the token vault with an OS keychain', () => {
  it('writes only ciphertext, and reads it back in a new session', async () => {
    const { storage, vault } = vaultOn('gnome_libsecret');
    expect(await vault.save(id, tokens)).toBe('vault');
    expect(readdirSync(directory)).toEqual([`${id}.token`]);
    const disk = everything();
    expect(disk).not.toContain(tokens.accessToken);
    expect(disk).not.toContain(tokens.refreshToken);
    expect(disk).not.toContain('accessToken');
    // The async API only (Electron 45 deprecates the sync one).
    expect(storage.calls).toContain('encryptStringAsync');
    expect(storage.calls.every((call) => !/^(en|de)cryptString$/.test(call))).toBe(true);

    const reopened = createTokenVault({
      directory,
      vault: createSafeStorageVault(storage, 'linux'),
    });
    expect(await reopened.load(id)).toEqual(tokens);
    expect(reopened.storage(id)).toBe('vault');
  });

  it('deletes the tokens on sign-out, from memory and disk', async () => {
    const { vault } = vaultOn('kwallet6');
    await vault.save(id, tokens);
    await vault.delete(id);
    expect(await vault.load(id)).toBeNull();
    expect(vault.storage(id)).toBeNull();
    expect(readdirSync(directory)).toEqual([]);
  });

  it('re-encrypts when the OS rotated its key', async () => {
    const { storage, vault } = vaultOn('gnome_libsecret');
    await vault.save(id, tokens);
    const before = readFileSync(join(directory, `${id}.token`));
    storage.rotateKeyOnNextDecrypt();
    const reopened = createTokenVault({
      directory,
      vault: createSafeStorageVault(storage, 'linux'),
    });
    expect(await reopened.load(id)).toEqual(tokens);
    expect(readFileSync(join(directory, `${id}.token`)).equals(before)).toBe(false);
  });

  it('drops a file it cannot decrypt (another key) instead of failing', async () => {
    writeFileSync(join(directory, `${id}.token`), 'v10 something else entirely');
    const { vault } = vaultOn('gnome_libsecret');
    expect(await vault.load(id)).toBeNull();
    expect(readdirSync(directory)).toEqual([]);
  });

  it('redacts every token it has held from a text', async () => {
    const { vault } = vaultOn('gnome_libsecret');
    await vault.save(id, tokens);
    const log = `GET /v1/me with Bearer ${tokens.accessToken} then ${tokens.refreshToken}`;
    expect(vault.redact(log)).toBe('GET /v1/me with Bearer [redacted] then [redacted]');
  });

  it('refuses names that are not connection ids, so no path leaves the folder', async () => {
    const { vault } = vaultOn('gnome_libsecret');
    await expect(vault.save('../escape', tokens)).rejects.toThrow();
  });
});

describe('the token vault without a real keychain (Linux basic_text)', () => {
  it('says so, and keeps the token for the session only', async () => {
    const { vault } = vaultOn('basic_text');
    expect(await vault.protection()).toEqual({ kind: 'weak', backend: 'basic_text' });
    expect(await vault.save(id, tokens)).toBe('session');
    expect(await vault.load(id)).toEqual(tokens);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('writes it (encrypted) once the user explicitly accepts, and keeps doing so', async () => {
    const { storage, vault } = vaultOn('basic_text');
    await vault.save(id, tokens);
    expect(await vault.persistAnyway(id)).toBe('vault');
    expect(everything()).not.toContain(tokens.accessToken);
    const refreshed = { ...tokens, accessToken: 'access-new-0123456789abcdef' };
    expect(await vault.save(id, refreshed)).toBe('vault');
    const reopened = createTokenVault({
      directory,
      vault: createSafeStorageVault(storage, 'linux'),
    });
    expect(await reopened.load(id)).toEqual(refreshed);
    expect(await reopened.save(id, tokens)).toBe('vault');
  });

  it('treats an unknown backend as weak too', async () => {
    expect(await vaultOn('unknown').vault.protection()).toEqual({
      kind: 'weak',
      backend: 'unknown',
    });
  });
});

describe('the token vault refuses clear storage', () => {
  it('never writes when the OS offers no encryption, even when asked', async () => {
    const { vault } = vaultOn('unavailable');
    expect(await vault.protection()).toEqual({ kind: 'none' });
    expect(await vault.save(id, tokens)).toBe('session');
    await expect(vault.persistAnyway(id)).rejects.toThrow(/session only/);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('refuses a secret store that hands the token back unencrypted', async () => {
    const leaky: SecretVault = {
      protection: () => Promise.resolve({ kind: 'os', backend: 'leaky' }),
      encrypt: (plain) => Promise.resolve(new TextEncoder().encode(`enc:${plain}`)),
      decrypt: (data) =>
        Promise.resolve({ plain: new TextDecoder().decode(data).slice(4), shouldReEncrypt: false }),
    };
    const vault = createTokenVault({ directory, vault: leaky });
    await expect(vault.save(id, tokens)).rejects.toThrow(/unencrypted/);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('honours a sign-in meant for this session only', async () => {
    const { vault } = vaultOn('gnome_libsecret');
    await vault.save(id, tokens);
    expect(await vault.save(id, { ...tokens, via: 'token' }, { persist: false })).toBe('session');
    expect(readdirSync(directory)).toEqual([]);
  });
});

describe('the Electron safeStorage adapter', () => {
  it('reports the platform keychain outside Linux without asking for a backend', async () => {
    const storage = createFakeSafeStorage();
    expect(await createSafeStorageVault(storage, 'darwin').protection()).toEqual({
      kind: 'os',
      backend: 'macOS Keychain',
    });
    expect(await createSafeStorageVault(storage, 'win32').protection()).toEqual({
      kind: 'os',
      backend: 'Windows DPAPI',
    });
    expect(storage.calls).not.toContain('getSelectedStorageBackend');
  });
});
