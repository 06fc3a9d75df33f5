import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type {
  ConnectionAuth,
  ConnectionList,
  ConnectionView,
  SignInStatus,
} from '../../../shared/ipc/schemas/connections';
import type { AppSettingsStore } from '../app-settings-store';
import { failureToServiceError } from '../overview-service';
import { createProviderClient, type ProviderClient } from '../provider-client';
import { readProvider } from '../provider-failure';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';
import { readIdentity, type ConnectionIdentity } from './connection-identity';
import {
  embeddedConnectionId,
  normalizeConnections,
  type ConnectionsState,
  type StoredConnection,
} from './connection-records';
import { ConnectionRuntime } from './connection-runtime';
import type { GrantedTokens } from './device-flow';
import { createOAuthClient, type OAuthClient } from './oauth-client';
import type { SecretVault } from './secret-vault';
import { createSignInJobs, type Sleep } from './sign-in-jobs';
import { refreshDue } from './token-refresh';
import { createTokenVault, type TokenSet, type TokenStorage } from './token-vault';
import { checkProviderUrl, isLoopbackHost, policyFetch } from './transport-policy';

export interface ConnectionManagerOptions {
  readonly settings: AppSettingsStore;
  /** The app's data folder: `cache/<id>/` per connection, `secrets/<id>.token` (ciphertext). */
  readonly dataDir: string;
  /** The embedded demo provider this run started, and the token the app uses with it. */
  readonly embedded: { readonly url: string; readonly token: string };
  readonly vault: SecretVault;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
  readonly sleep?: Sleep;
  readonly probeIntervalMs?: number;
  readonly refreshMarginMs?: number;
}

export interface ConnectionManager {
  /** The active connection's provider client (what every feature's handlers read through). */
  getClient(): ProviderClient;
  /** The active connection's own cache folder; created on first use, never shared. */
  cacheDir(): string;
  activeProvider(): { readonly kind: 'embedded' | 'remote'; readonly url: string };
  /** The active connection's id: what main-side memory (e.g. notifications) is kept per. */
  activeConnectionId(): string;
  list(): Promise<ConnectionList>;
  add(url: string, label?: string): Promise<{ list: ConnectionList; addedId: string }>;
  rename(id: string, label: string | null): Promise<ConnectionList>;
  switchTo(id: string): Promise<ConnectionList>;
  remove(id: string): Promise<ConnectionList>;
  startDeviceSignIn(id: string): string;
  signInStatus(jobId: string): SignInStatus;
  cancelSignIn(jobId: string): SignInStatus;
  signInWithToken(
    id: string,
    token: string,
    options?: { readonly persist?: boolean },
  ): Promise<ConnectionList>;
  keepSignedIn(id: string): Promise<ConnectionList>;
  signOut(id: string): Promise<ConnectionList>;
  /** Origins of loopback http providers: the verification pages the app may open over http. */
  loopbackHttpOrigins(): readonly string[];
  /** Removes every token the app holds from a text (for logs). */
  redact(text: string): string;
  close(): void;
}

const revokeWaitMs = 3_000;
const healthSchema = z.object({ status: z.literal('ok') });

export function createConnectionManager(options: ConnectionManagerOptions): ConnectionManager {
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  const baseFetch = policyFetch(env, options.fetch ?? globalThis.fetch);
  const tokens = createTokenVault({
    directory: join(options.dataDir, 'secrets'),
    vault: options.vault,
  });
  const runtimes = new Map<string, ConnectionRuntime>();
  const refreshing = new Map<string, Promise<string | null>>();
  const identified = new Set<string>();
  const jobs = createSignInJobs({
    now: () => now().getTime(),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    complete: (id, granted) => completeDeviceSignIn(id, granted),
  });

  const stored = options.settings.get();
  let state = normalizeConnections(stored);
  const save = (next: ConnectionsState) => {
    state = normalizeConnections(next);
    options.settings.setConnections(state);
  };
  const storedState = {
    connections: stored.connections,
    activeConnectionId: stored.activeConnectionId,
  };
  if (JSON.stringify(state) !== JSON.stringify(storedState)) save(state);

  const find = (id: string): StoredConnection => {
    const found = state.connections.find((c) => c.id === id);
    if (found === undefined) {
      throw new ServiceError('not_found', userText().connections.noSuchConnection);
    }
    return found;
  };
  const remote = (id: string) => {
    const found = find(id);
    if (found.kind !== 'remote') {
      throw new ServiceError('bad_request', userText().connections.embeddedNeedsNoSignIn);
    }
    return found;
  };
  const urlOf = (c: StoredConnection) => (c.kind === 'embedded' ? options.embedded.url : c.url);
  const oauthFor = (c: StoredConnection): OAuthClient =>
    createOAuthClient({
      baseUrl: urlOf(c),
      fetch: baseFetch,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  const cachePath = (id: string) => join(options.dataDir, 'cache', id);

  function runtime(c: StoredConnection): ConnectionRuntime {
    let found = runtimes.get(c.id);
    if (found === undefined) {
      found = new ConnectionRuntime({
        baseUrl: urlOf(c),
        token:
          c.kind === 'embedded' ? () => Promise.resolve(options.embedded.token) : () => bearer(c),
        fetch: baseFetch,
        now,
        probeIntervalMs: options.probeIntervalMs ?? 5_000,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      runtimes.set(c.id, found);
    }
    return found;
  }

  async function bearer(c: StoredConnection): Promise<string | null> {
    const set = await tokens.load(c.id);
    if (set === null) return null;
    if (!refreshDue(set, now().getTime(), options.refreshMarginMs)) return set.accessToken;
    let pending = refreshing.get(c.id);
    if (pending === undefined) {
      pending = refresh(c, set).finally(() => refreshing.delete(c.id));
      refreshing.set(c.id, pending);
    }
    return pending;
  }

  async function refresh(c: StoredConnection, set: TokenSet): Promise<string | null> {
    if (set.refreshToken === null) return set.accessToken;
    const outcome = await oauthFor(c).refresh(set.refreshToken);
    if (outcome.kind === 'unreachable') return set.accessToken;
    if (outcome.kind === 'rejected') {
      await tokens.delete(c.id);
      runtime(c).markRejected(outcome.reason);
      return null;
    }
    const { answer } = outcome;
    const next: TokenSet = {
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken ?? set.refreshToken,
      expiresAt:
        answer.expiresIn === null
          ? null
          : new Date(now().getTime() + answer.expiresIn * 1000).toISOString(),
      via: set.via,
    };
    await tokens.save(c.id, next, { persist: tokens.storage(c.id) === 'vault' });
    return next.accessToken;
  }

  async function authOf(c: StoredConnection): Promise<ConnectionAuth> {
    if (c.kind === 'embedded') return { state: 'built-in' };
    const rejected = runtimes.get(c.id)?.rejected ?? null;
    if (rejected !== null) return { state: 'rejected', reason: rejected };
    const set = await tokens.load(c.id);
    const storage = tokens.storage(c.id);
    if (set === null || storage === null) return { state: 'signed-out' };
    return { state: 'signed-in', via: set.via, storage, expiresAt: set.expiresAt };
  }

  async function view(c: StoredConnection): Promise<ConnectionView> {
    return {
      id: c.id,
      kind: c.kind,
      label: c.label,
      url: urlOf(c),
      tenant: c.tenant,
      role: c.role,
      subject: c.subject,
      auth: await authOf(c),
      network: runtimes.get(c.id)?.network ?? { state: 'unknown' },
    };
  }

  function record(id: string, identity: ConnectionIdentity | null) {
    save({
      ...state,
      connections: state.connections.map((c) =>
        c.id === id
          ? {
              ...c,
              role: identity?.role ?? null,
              subject: identity?.subject ?? null,
              tenant: identity?.tenant ?? null,
            }
          : c,
      ),
    });
  }

  /** Best effort: learns the role and tenant once a session, unless the provider is away. */
  async function identify(c: StoredConnection): Promise<void> {
    const live = runtime(c);
    if (identified.has(c.id) || live.network.state === 'offline') return;
    if ((await authOf(c)).state !== 'built-in' && (await tokens.load(c.id)) === null) return;
    try {
      record(c.id, await readIdentity(live.client));
      identified.add(c.id);
    } catch {
      // The header shows what was known before; the failure itself shows where data is read.
    }
  }

  /** Checks a new token with the provider before anything is stored. */
  async function verifiedIdentity(c: StoredConnection, accessToken: string) {
    const probe = createProviderClient({
      baseUrl: urlOf(c),
      token: accessToken,
      fetch: baseFetch,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    return readIdentity(probe);
  }

  async function completeSignIn(
    c: StoredConnection,
    set: TokenSet,
    persist: boolean,
  ): Promise<TokenStorage> {
    const identity = await verifiedIdentity(c, set.accessToken);
    const storage = await tokens.save(c.id, set, { persist });
    runtime(c).clearRejection();
    record(c.id, identity);
    identified.add(c.id);
    return storage;
  }

  function completeDeviceSignIn(id: string, granted: GrantedTokens): Promise<TokenStorage> {
    const c = remote(id);
    return completeSignIn(
      c,
      {
        accessToken: granted.accessToken,
        refreshToken: granted.refreshToken,
        expiresAt: granted.expiresAt === null ? null : new Date(granted.expiresAt).toISOString(),
        via: 'device',
      },
      true,
    );
  }

  /** Deletes the local copy first (so it is gone even if the provider is away), then revokes. */
  async function forgetTokens(c: StoredConnection): Promise<void> {
    const set = await tokens.load(c.id);
    await tokens.delete(c.id);
    refreshing.delete(c.id);
    if (set?.via !== 'device') return;
    const oauth = oauthFor(c);
    const revoking = Promise.all(
      [set.refreshToken, set.accessToken]
        .filter((t): t is string => t !== null)
        .map((t) => oauth.revoke(t)),
    );
    await Promise.race([revoking, new Promise((resolve) => setTimeout(resolve, revokeWaitMs))]);
  }

  async function list(): Promise<ConnectionList> {
    const active = find(state.activeConnectionId);
    await identify(active);
    return {
      activeId: state.activeConnectionId,
      connections: await Promise.all(state.connections.map(view)),
      secretStorage: await tokens.protection(),
    };
  }

  const active = () => find(state.activeConnectionId);

  return {
    getClient: () => runtime(active()).client,
    cacheDir: () => {
      const dir = cachePath(state.activeConnectionId);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      return dir;
    },
    activeProvider: () => {
      const c = active();
      return { kind: c.kind, url: urlOf(c) };
    },
    activeConnectionId: () => state.activeConnectionId,
    list,
    async add(url, label) {
      const decision = checkProviderUrl(url, env);
      if (!decision.ok) throw new ServiceError('bad_request', decision.reason);
      if (state.connections.length >= 50) {
        throw new ServiceError('bad_request', userText().connections.tooMany);
      }
      const candidate: StoredConnection = {
        id: randomUUID(),
        kind: 'remote',
        url: decision.url,
        label: label ?? null,
        tenant: null,
        role: null,
        subject: null,
      };
      // Only an address that answers is added: a typo shows as a clear error now, not later.
      const health = await readProvider(() => runtime(candidate).client.GET('/v1/health'));
      // Typed as the document says, but whatever answered may be no provider at all.
      if (!health.ok || !healthSchema.safeParse(health.data).success) {
        runtimes.get(candidate.id)?.close();
        runtimes.delete(candidate.id);
        if (!health.ok) throw failureToServiceError(health.failure);
        throw new ServiceError('provider_error', userText().connections.notAProvider);
      }
      save({ ...state, connections: [...state.connections, candidate] });
      return { list: await list(), addedId: candidate.id };
    },
    async rename(id, label) {
      find(id);
      save({
        ...state,
        connections: state.connections.map((c) => (c.id === id ? { ...c, label } : c)),
      });
      return list();
    },
    async switchTo(id) {
      find(id);
      save({ ...state, activeConnectionId: id });
      return list();
    },
    async remove(id) {
      const c = find(id);
      if (c.kind === 'embedded') {
        throw new ServiceError('bad_request', userText().connections.embeddedStays);
      }
      jobs.cancelFor(id);
      save({
        connections: state.connections.filter((other) => other.id !== id),
        activeConnectionId:
          state.activeConnectionId === id ? embeddedConnectionId : state.activeConnectionId,
      });
      await forgetTokens(c);
      runtimes.get(id)?.close();
      runtimes.delete(id);
      identified.delete(id);
      await rm(cachePath(id), { recursive: true, force: true });
      return list();
    },
    startDeviceSignIn(id) {
      const c = remote(id);
      jobs.cancelFor(id);
      return jobs.start(id, oauthFor(c));
    },
    signInStatus(jobId) {
      const status = jobs.status(jobId);
      if (status === null) {
        throw new ServiceError('not_found', userText().connections.signInUnknown);
      }
      return status;
    },
    cancelSignIn(jobId) {
      const status = jobs.cancel(jobId);
      if (status === null) {
        throw new ServiceError('not_found', userText().connections.signInUnknown);
      }
      return status;
    },
    async signInWithToken(id, token, signInOptions = {}) {
      const c = remote(id);
      jobs.cancelFor(id);
      const set: TokenSet = {
        accessToken: token,
        refreshToken: null,
        expiresAt: null,
        via: 'token',
      };
      await completeSignIn(c, set, signInOptions.persist ?? true);
      return list();
    },
    async keepSignedIn(id) {
      remote(id);
      try {
        await tokens.persistAnyway(id);
      } catch (error) {
        throw new ServiceError(
          'bad_request',
          error instanceof Error ? error.message : String(error),
        );
      }
      return list();
    },
    async signOut(id) {
      const c = remote(id);
      jobs.cancelFor(id);
      await forgetTokens(c);
      runtimes.get(id)?.clearRejection();
      identified.delete(id);
      // What was read with the token goes with it.
      await rm(cachePath(id), { recursive: true, force: true });
      return list();
    },
    loopbackHttpOrigins: () =>
      state.connections
        .map((c) => new URL(urlOf(c)))
        .filter((u) => u.protocol === 'http:' && isLoopbackHost(u.hostname))
        .map((u) => u.origin),
    redact: (text) => tokens.redact(text),
    close: () => {
      for (const live of runtimes.values()) live.close();
    },
  };
}
