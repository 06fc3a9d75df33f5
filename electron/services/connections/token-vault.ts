import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { connectionIdSchema, type SecretStorage } from '../../../shared/ipc/schemas/connections';
import { userText } from '../user-text/user-text';
import type { SecretVault } from './secret-vault';

/** What a sign-in leaves behind. Lives only in main. */
export const tokenSetSchema = z
  .object({
    accessToken: z.string().min(1),
    refreshToken: z.string().min(1).nullable(),
    /** ISO time the access token expires; null when the provider did not say. */
    expiresAt: z.string().nullable(),
    via: z.enum(['device', 'token']),
  })
  .strict();
export type TokenSet = z.infer<typeof tokenSetSchema>;

export type TokenStorage = 'vault' | 'session';

export interface TokenVault {
  load(id: string): Promise<TokenSet | null>;
  /** Saves a connection's tokens and says where they went. */
  save(
    id: string,
    tokens: TokenSet,
    options?: { readonly persist?: boolean },
  ): Promise<TokenStorage>;
  /** The user accepted the weak backend for this connection: write its session tokens to disk. */
  persistAnyway(id: string): Promise<TokenStorage>;
  storage(id: string): TokenStorage | null;
  delete(id: string): Promise<void>;
  protection(): Promise<SecretStorage>;
  /** Replaces every token this vault holds in `text` (for logs). */
  redact(text: string): string;
}

export class SecretStorageRefused extends Error {
  override readonly name = 'SecretStorageRefused';
}

const fileSuffix = '.token';
const redacted = '[redacted]';

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  if (needle.length === 0) return false;
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

/**
 * Tokens per connection: always in memory for this session, and on disk only as the vault's
 * ciphertext, in `<dir>/<id>.token`. With the OS keychain that happens by itself; with Linux's
 * `basic_text` fallback only after the user accepted it for that connection; with no
 * encryption never. A vault that hands back the plain text is refused, not trusted.
 */
export function createTokenVault(options: {
  readonly directory: string;
  readonly vault: SecretVault;
}): TokenVault {
  const { directory, vault } = options;
  const session = new Map<string, TokenSet>();
  const onDisk = new Set<string>();
  const acceptedWeak = new Set<string>();
  const known = new Set<string>();
  let protectionCache: Promise<SecretStorage> | null = null;

  const protection = (): Promise<SecretStorage> => (protectionCache ??= vault.protection());
  const pathOf = (id: string): string =>
    join(directory, `${connectionIdSchema.parse(id)}${fileSuffix}`);
  const remember = (tokens: TokenSet) => {
    known.add(tokens.accessToken);
    if (tokens.refreshToken !== null) known.add(tokens.refreshToken);
  };

  async function writeEncrypted(id: string, tokens: TokenSet): Promise<void> {
    const plain = JSON.stringify(tokens);
    const data = await vault.encrypt(plain);
    const leaks = [plain, tokens.accessToken, tokens.refreshToken ?? ''].some((text) =>
      contains(data, Buffer.from(text, 'utf8')),
    );
    if (leaks) throw new SecretStorageRefused(userText().connections.tokenUnencrypted);
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const path = pathOf(id);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, data, { mode: 0o600 });
    await rename(temp, path);
    onDisk.add(id);
  }

  async function readEncrypted(id: string): Promise<TokenSet | null> {
    let data: Buffer;
    try {
      data = await readFile(pathOf(id));
    } catch {
      return null;
    }
    try {
      const { plain, shouldReEncrypt } = await vault.decrypt(data);
      const tokens = tokenSetSchema.parse(JSON.parse(plain));
      onDisk.add(id);
      if ((await protection()).kind === 'weak') acceptedWeak.add(id);
      if (shouldReEncrypt) await writeEncrypted(id, tokens);
      return tokens;
    } catch {
      // Another user's or machine's key, or a damaged file: unusable, so it goes.
      await rm(pathOf(id), { force: true });
      return null;
    }
  }

  async function mayPersist(id: string, wanted: boolean): Promise<boolean> {
    if (!wanted) return false;
    const kind = (await protection()).kind;
    return kind === 'os' || (kind === 'weak' && acceptedWeak.has(id));
  }

  return {
    async load(id) {
      const inMemory = session.get(id);
      if (inMemory !== undefined) return inMemory;
      const stored = await readEncrypted(id);
      if (stored !== null) {
        session.set(id, stored);
        remember(stored);
      }
      return stored;
    },
    async save(id, tokens, saveOptions = {}) {
      const parsed = tokenSetSchema.parse(tokens);
      session.set(id, parsed);
      remember(parsed);
      if (await mayPersist(id, saveOptions.persist ?? true)) {
        await writeEncrypted(id, parsed);
        return 'vault';
      }
      // A stale file from before must not outlive the tokens that replaced it.
      await rm(pathOf(id), { force: true });
      onDisk.delete(id);
      return 'session';
    },
    async persistAnyway(id) {
      const tokens = session.get(id);
      if (tokens === undefined) {
        throw new SecretStorageRefused(userText().connections.nothingToKeep);
      }
      const current = await protection();
      if (current.kind === 'none') {
        throw new SecretStorageRefused(userText().connections.cannotEncrypt);
      }
      acceptedWeak.add(id);
      await writeEncrypted(id, tokens);
      return 'vault';
    },
    storage: (id) => (onDisk.has(id) ? 'vault' : session.has(id) ? 'session' : null),
    async delete(id) {
      session.delete(id);
      onDisk.delete(id);
      acceptedWeak.delete(id);
      await rm(pathOf(id), { force: true });
      // Temp files of an interrupted write carry ciphertext only, but go with the rest.
      const leftovers = await readdir(directory).catch(() => [] as string[]);
      await Promise.all(
        leftovers
          .filter((name) => name.startsWith(`${id}${fileSuffix}.`))
          .map((name) => rm(join(directory, name), { force: true })),
      );
    },
    protection,
    redact(text) {
      let out = text;
      for (const secret of known) if (secret.length >= 8) out = out.split(secret).join(redacted);
      return out;
    },
  };
}
