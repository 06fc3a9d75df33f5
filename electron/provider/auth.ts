import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const ROLES = ['admin', 'helpdesk', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = [
  'tenant.read',
  'settings.read',
  'settings.write',
  'locations.read',
  'access.read',
  'requests.read',
  'requests.decide',
  'transparency.read',
  'exports.read',
] as const;
export type Scope = (typeof SCOPES)[number];

const READ_SCOPES: readonly Scope[] = [
  'tenant.read',
  'settings.read',
  'locations.read',
  'access.read',
  'requests.read',
  'transparency.read',
  'exports.read',
];

export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  admin: SCOPES,
  helpdesk: READ_SCOPES,
  auditor: ['tenant.read', 'access.read', 'exports.read'],
};

export type Tokens = Readonly<Record<Role, string>>;

export type Principal = {
  readonly subject: string;
  readonly role: Role;
  readonly scopes: readonly Scope[];
  readonly tokenId: string;
};

/** A fresh 32-byte base64url bearer token per role; tokens live only as long as the process. */
export function createTokens(): Tokens {
  return {
    admin: randomBytes(32).toString('base64url'),
    helpdesk: randomBytes(32).toString('base64url'),
    auditor: randomBytes(32).toString('base64url'),
  };
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Resolves an Authorization header to a principal. Tokens are compared as SHA-256 digests with
 * timingSafeEqual (equal lengths by construction) and every role is checked without an early
 * exit, so response time says nothing about how much of a token was right.
 */
export function createAuthenticator(
  tokens: Tokens,
  subjectFor: (role: Role) => string,
  /** Tokens the OAuth token endpoint issued (see oauth/issued-tokens.ts), tried second. */
  issued?: (token: string) => { readonly role: Role; readonly tokenId: string } | null,
): (authorization: string | undefined) => Principal | null {
  const known = ROLES.map((role) => ({ role, digest: digest(tokens[role]) }));
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const presented = digest(match?.[1] ?? '');
    let found: Role | null = null;
    for (const entry of known) {
      if (timingSafeEqual(entry.digest, presented)) found = entry.role;
    }
    if (match === null) return null;
    if (found === null) {
      const owner = issued?.(match[1] ?? '') ?? null;
      if (owner === null) return null;
      return {
        subject: subjectFor(owner.role),
        role: owner.role,
        scopes: ROLE_SCOPES[owner.role],
        tokenId: owner.tokenId,
      };
    }
    return {
      subject: subjectFor(found),
      role: found,
      scopes: ROLE_SCOPES[found],
      tokenId: presented.toString('hex').slice(0, 16),
    };
  };
}

/**
 * The verification page's sign-in: a person proves they hold a role by entering that role's
 * token (what the provider printed at start). Compared as digests, like bearer tokens.
 */
export function createRoleSecretCheck(tokens: Tokens): (role: Role, secret: string) => boolean {
  return (role, secret) => timingSafeEqual(digest(tokens[role]), digest(secret.trim()));
}
