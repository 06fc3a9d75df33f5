import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { createProviderApp } from './app';
import {
  createAuthenticator,
  createRoleSecretCheck,
  createTokens,
  type Role,
  type Tokens,
} from './auth';
import { generateDemoTenant } from './demo';
import { FaultInjector } from './faults';
import { DeviceGrants } from './oauth/device-grants';
import { IssuedTokens } from './oauth/issued-tokens';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import { loadOrCreateSigningKey } from './signing';
import { ProviderStore } from './store';

export type ProviderServerOptions = {
  dataDir: string;
  host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Demo tenant seed, used only when the data folder is new. */
  seed?: number;
  /** Enables /v1/_test/faults. Off unless asked. */
  faults?: boolean;
  rateLimit?: RateLimitOptions | false;
  now?: () => Date;
  /**
   * Demo size and name for a new data folder (tests use fewer than the default 200,000 events;
   * a second provider can hold a tenant with another name).
   */
  demo?: { eventCount?: number; tenantName?: string };
  /** The device authorization grant's timings, in seconds (RFC 8628 defaults otherwise). */
  deviceFlow?: Partial<DeviceFlowTimings>;
  /** Where shared/api/openapi.yaml is, when not next to the sources (packaged app). */
  apiDocumentPath?: string;
};

export type RunningProvider = {
  url: string;
  tokens: Tokens;
  close(): Promise<void>;
};

export type DeviceFlowTimings = {
  /** How long a device code may wait for approval. */
  codeTtlSeconds: number;
  /** The polling interval the provider asks for. */
  intervalSeconds: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
};

export const DEFAULT_DEVICE_FLOW: DeviceFlowTimings = {
  codeTtlSeconds: 600,
  intervalSeconds: 5,
  accessTokenTtlSeconds: 3600,
  refreshTokenTtlSeconds: 30 * 24 * 3600,
};

export const PROVIDER_VERSION = '1.0.0';
export const DEFAULT_SEED = 20_251_123;
const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100 };
const EXPIRY_SWEEP_MS = 30_000;

function apiDocumentLoader(explicit: string | undefined): () => string {
  let cached: string | undefined;
  const candidates = [
    explicit,
    fileURLToPath(new URL('../../shared/api/openapi.yaml', import.meta.url)),
    join(process.cwd(), 'shared', 'api', 'openapi.yaml'),
  ].filter((p): p is string => p !== undefined);
  return () => {
    if (cached !== undefined) return cached;
    const found = candidates.find((p) => existsSync(p));
    if (found === undefined)
      throw new Error(`API document not found (looked in ${candidates.join(', ')})`);
    cached = readFileSync(found, 'utf8');
    return cached;
  };
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'tenant';

/** Starts the embedded provider on loopback. Resolves once it is listening. */
export async function startProviderServer(
  options: ProviderServerOptions,
): Promise<RunningProvider> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const store = ProviderStore.open({
    dataDir: options.dataDir,
    initialParams: {
      seed: options.seed ?? DEFAULT_SEED,
      asOf: new Date(Math.floor(now().getTime() / 1000) * 1000).toISOString(),
      eventCount: options.demo?.eventCount ?? 200_000,
      ...(options.demo?.tenantName === undefined ? {} : { tenantName: options.demo.tenantName }),
    },
    generateDemo: (p) =>
      generateDemoTenant({
        seed: p.seed,
        asOf: new Date(p.asOf),
        eventCount: p.eventCount,
        ...(p.tenantName === undefined ? {} : { tenantName: p.tenantName }),
      }),
    now,
  });
  const domain = `${slug(store.state.tenant.displayName)}.example`;
  const subjectFor = (role: Role) => `${role}@${domain}`;
  const tokens = createTokens();
  const timings = { ...DEFAULT_DEVICE_FLOW, ...options.deviceFlow };
  const issued = new IssuedTokens({
    accessTtlSeconds: timings.accessTokenTtlSeconds,
    refreshTtlSeconds: timings.refreshTokenTtlSeconds,
    now,
  });
  const grants = new DeviceGrants({
    codeTtlSeconds: timings.codeTtlSeconds,
    intervalSeconds: timings.intervalSeconds,
    now,
  });
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const app = createProviderApp({
    store,
    signingKey: loadOrCreateSigningKey(options.dataDir),
    faults: options.faults === true ? new FaultInjector() : null,
    now,
    authenticate: createAuthenticator(tokens, subjectFor, (token) => issued.authenticate(token)),
    rateLimit: rateLimit === false ? null : createRateLimiter(rateLimit),
    apiDocument: apiDocumentLoader(options.apiDocumentPath),
    version: PROVIDER_VERSION,
    subjectFor,
    oauth: { grants, issued, checkRoleSecret: createRoleSecretCheck(tokens) },
  });

  const host = options.host ?? '127.0.0.1';
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: host,
    // Leave the process's global Request/Response alone: the app's own clients share this process.
    overrideGlobalObjects: false,
  }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    store.close(); // e.g. the port is taken: release the journal before reporting it
    throw error;
  }
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('provider: no TCP address');

  // Expiry also happens on every read; the sweep persists it even when nobody is looking.
  const sweep = setInterval(() => {
    store.expireDue();
  }, EXPIRY_SWEEP_MS);
  sweep.unref();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    tokens,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        clearInterval(sweep);
        server.close((error) => {
          try {
            store.close();
          } catch (closeError) {
            reject(closeError instanceof Error ? closeError : new Error(String(closeError)));
            return;
          }
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
