import type { SecretStorage } from '../../../shared/ipc/schemas/connections';

/**
 * Encryption of secrets at rest, as the OS offers it. Electron's safeStorage implements it in
 * main (electron/main/safe-storage-vault.ts); tests and the harness use a double with an
 * in-memory key (test/support/fake-safe-storage.ts). Nothing here ever writes plain text.
 */
export interface SecretVault {
  /** What protects what `encrypt` returns: the OS keychain, a weak fallback, or nothing. */
  readonly protection: () => Promise<SecretStorage>;
  readonly encrypt: (plain: string) => Promise<Uint8Array>;
  /** `shouldReEncrypt`: the OS rotated its key; encrypt and store the value again. */
  readonly decrypt: (
    data: Uint8Array,
  ) => Promise<{ readonly plain: string; readonly shouldReEncrypt: boolean }>;
}
