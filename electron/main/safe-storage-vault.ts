import type { SafeStorage } from 'electron';
import type { SecretVault } from '../services/connections/secret-vault';

/** The parts of Electron's safeStorage the vault uses: the async API only (Electron 45). */
export type SafeStorageLike = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>;

const osBackends: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'macOS Keychain',
  win32: 'Windows DPAPI',
};

/**
 * SecretVault on safeStorage. On Linux the backend decides: `basic_text` (no keyring found)
 * encrypts with a key written in Chromium's source, so it counts as weak.
 * https://www.electronjs.org/docs/latest/api/safe-storage
 */
export function createSafeStorageVault(
  storage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): SecretVault {
  return {
    protection: async () => {
      if (!(await storage.isAsyncEncryptionAvailable())) return { kind: 'none' };
      if (platform !== 'linux') return { kind: 'os', backend: osBackends[platform] ?? platform };
      const backend = storage.getSelectedStorageBackend();
      return backend === 'basic_text' || backend === 'unknown'
        ? { kind: 'weak', backend }
        : { kind: 'os', backend };
    },
    encrypt: async (plain) => new Uint8Array(await storage.encryptStringAsync(plain)),
    decrypt: async (data) => {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(Buffer.from(data));
      return { plain: result, shouldReEncrypt };
    },
  };
}
