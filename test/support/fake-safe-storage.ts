// Stands in for Electron's safeStorage under Node: real AES-256-GCM under a key that lives only
// in this process's memory, so what it hands out is ciphertext and a new process cannot read
// it (as another user's keychain could not). Never plain text.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../electron/main/safe-storage-vault';

export type FakeBackend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

export interface FakeSafeStorage extends SafeStorageLike {
  /** Calls made, for tests that check the async API is the one used. */
  readonly calls: string[];
  /** Makes the next decrypt say the OS rotated its key. */
  rotateKeyOnNextDecrypt(): void;
}

export function createFakeSafeStorage(
  options: { readonly backend?: FakeBackend; readonly available?: boolean } = {},
): FakeSafeStorage {
  const key = randomBytes(32);
  const calls: string[] = [];
  let rotate = false;
  return {
    calls,
    rotateKeyOnNextDecrypt: () => {
      rotate = true;
    },
    isAsyncEncryptionAvailable: () => {
      calls.push('isAsyncEncryptionAvailable');
      return Promise.resolve(options.available ?? true);
    },
    getSelectedStorageBackend: () => {
      calls.push('getSelectedStorageBackend');
      return options.backend ?? 'gnome_libsecret';
    },
    encryptStringAsync: (plain) => {
      calls.push('encryptStringAsync');
      if (options.available === false)
        return Promise.reject(new Error('Encryption is not available.'));
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([Buffer.from('v10'), iv, cipher.getAuthTag(), body]));
    },
    decryptStringAsync: (data) => {
      calls.push('decryptStringAsync');
      try {
        if (data.subarray(0, 3).toString() !== 'v10') throw new Error('not ours');
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(3, 15));
        decipher.setAuthTag(data.subarray(15, 31));
        const plain = Buffer.concat([decipher.update(data.subarray(31)), decipher.final()]);
        const shouldReEncrypt = rotate;
        rotate = false;
        return Promise.resolve({ result: plain.toString('utf8'), shouldReEncrypt });
      } catch {
        return Promise.reject(new Error('Error while decrypting the ciphertext provided.'));
      }
    },
  };
}
