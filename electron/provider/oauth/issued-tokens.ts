import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../auth';

export type IssuedTokenOptions = {
  readonly accessTtlSeconds: number;
  readonly refreshTtlSeconds: number;
  readonly now: () => Date;
};

export type IssuedTokenSet = {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly role: Role;
};

export type TokenOwner = { readonly role: Role; readonly tokenId: string };

type AccessRecord = { readonly role: Role; readonly family: string; readonly expiresAt: number };
type RefreshRecord = {
  readonly role: Role;
  readonly family: string;
  readonly clientId: string;
  readonly expiresAt: number;
  used: boolean;
};

const digest = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * Access and refresh tokens the token endpoint issued. Access tokens expire; refresh tokens
 * rotate on every use, and presenting a used one again revokes its whole family (RFC 9700
 * §4.14.2), since only a stolen copy would be replayed. Only digests are kept, in memory.
 */
export class IssuedTokens {
  private readonly access = new Map<string, AccessRecord>();
  private readonly refreshTokens = new Map<string, RefreshRecord>();

  constructor(private readonly options: IssuedTokenOptions) {}

  issue(role: Role, clientId: string): IssuedTokenSet {
    return this.issueInFamily(role, clientId, randomUUID());
  }

  /** A new pair for a valid, unused refresh token of the same client; null otherwise. */
  refresh(refreshToken: string, clientId: string): IssuedTokenSet | null {
    const key = digest(refreshToken);
    const record = this.refreshTokens.get(key);
    if (record === undefined) return null;
    if (record.used) {
      this.revokeFamily(record.family);
      return null;
    }
    if (record.clientId !== clientId || this.now() >= record.expiresAt) return null;
    record.used = true;
    return this.issueInFamily(record.role, clientId, record.family);
  }

  authenticate(token: string): TokenOwner | null {
    const key = digest(token);
    const record = this.access.get(key);
    if (record === undefined) return null;
    if (this.now() >= record.expiresAt) {
      this.access.delete(key);
      return null;
    }
    return { role: record.role, tokenId: key.slice(0, 16) };
  }

  /** RFC 7009: revoking either token of a pair ends the family; an unknown token is no error. */
  revoke(token: string): void {
    const key = digest(token);
    const family = this.access.get(key)?.family ?? this.refreshTokens.get(key)?.family;
    if (family !== undefined) this.revokeFamily(family);
  }

  private issueInFamily(role: Role, clientId: string, family: string): IssuedTokenSet {
    this.prune();
    const accessToken = newToken();
    const refreshToken = newToken();
    const now = this.now();
    this.access.set(digest(accessToken), {
      role,
      family,
      expiresAt: now + this.options.accessTtlSeconds * 1000,
    });
    this.refreshTokens.set(digest(refreshToken), {
      role,
      family,
      clientId,
      expiresAt: now + this.options.refreshTtlSeconds * 1000,
      used: false,
    });
    return { accessToken, refreshToken, expiresIn: this.options.accessTtlSeconds, role };
  }

  private revokeFamily(family: string): void {
    for (const [key, record] of this.access) if (record.family === family) this.access.delete(key);
    for (const [key, record] of this.refreshTokens) {
      if (record.family === family) this.refreshTokens.delete(key);
    }
  }

  private prune(): void {
    const now = this.now();
    for (const [key, record] of this.access) if (now >= record.expiresAt) this.access.delete(key);
    for (const [key, record] of this.refreshTokens) {
      if (now >= record.expiresAt) this.refreshTokens.delete(key);
    }
  }

  private now(): number {
    return this.options.now().getTime();
  }
}
