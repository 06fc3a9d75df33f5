import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { Principal, Role, Scope } from './auth';
import { ApiError } from './errors';
import type { FaultInjector } from './faults';
import type { DeviceGrants } from './oauth/device-grants';
import type { IssuedTokens } from './oauth/issued-tokens';
import type { RateDecision } from './rate-limit';
import type { SigningKey } from './signing';
import type { ProviderStore } from './store';

export type ProviderEnv = {
  Bindings: HttpBindings;
  Variables: { requestId: string; principal: Principal | null };
};

export type ProviderContext = Context<ProviderEnv>;

/** What every route module needs; built once in server.ts. */
export type ProviderDeps = {
  readonly store: ProviderStore;
  readonly signingKey: SigningKey;
  readonly faults: FaultInjector | null;
  readonly now: () => Date;
  readonly authenticate: (authorization: string | undefined) => Principal | null;
  readonly rateLimit: ((key: string) => RateDecision) | null;
  readonly apiDocument: () => string;
  readonly version: string;
  readonly subjectFor: (role: Role) => string;
  readonly oauth: OAuthDeps;
};

/** The device authorization grant's state and the verification page's sign-in check. */
export type OAuthDeps = {
  readonly grants: DeviceGrants;
  readonly issued: IssuedTokens;
  readonly checkRoleSecret: (role: Role, secret: string) => boolean;
};

/** The caller, or 403 `insufficient_scope` (checked before anything is read or changed). */
export function requireScope(c: ProviderContext, scope: Scope): Principal {
  const principal = c.get('principal');
  if (principal === null) throw new ApiError(401, 'unauthorized', 'A bearer token is required.');
  if (!principal.scopes.includes(scope)) {
    throw new ApiError(
      403,
      'insufficient_scope',
      `This operation needs the ${scope} scope, which the ${principal.role} role does not have.`,
    );
  }
  return principal;
}

/** Sends JSON text that was assembled by hand (cached event JSON) without re-serialising it. */
export function rawJson(
  c: ProviderContext,
  body: Uint8Array<ArrayBuffer>,
  status: 200 | 201 = 200,
): Response {
  return c.body(body, status, { 'Content-Type': 'application/json; charset=utf-8' });
}

/** The client's address as the socket sees it (loopback here). */
export function clientIp(c: ProviderContext): string {
  return c.env.incoming.socket.remoteAddress ?? '127.0.0.1';
}

/**
 * Fault injection: after a write is durably committed, destroy the socket so the client never
 * hears the answer (it must retry idempotently or re-read). A no-op unless faults are enabled.
 */
export function dropConnectionIfFaulted(c: ProviderContext, deps: ProviderDeps): void {
  if (deps.faults?.takeDropAfterCommit() === true) c.env.incoming.socket.destroy();
}
