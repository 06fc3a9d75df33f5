import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorageVault } from '../../../../electron/main/safe-storage-vault';
import { startProviderServer, type RunningProvider } from '../../../../electron/provider/server';
import { openAppSettingsStore } from '../../../../electron/services/app-settings-store';
import {
  createConnectionManager,
  type ConnectionManager,
} from '../../../../electron/services/connections/connection-manager';
import { connectFromEnvironment } from '../../../../electron/services/connections/automation-connection';
import { setUserTextLanguage } from '../../../../electron/services/user-text/user-text';
import { resolveLanguage } from '../../../../shared/i18n/languages';
import type { Sleep } from '../../../../electron/services/connections/sign-in-jobs';
import type { ConnectionList } from '../../../../shared/ipc/schemas/connections';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../support/fake-safe-storage';
import { closedPortUrl } from '../provider-fixture';

// The connection manager against two real providers (two tenants). Both providers and the
// manager share one virtual clock, and the manager's sleeps move it, so device sign-ins,
// token expiry and refresh run in milliseconds.

let clock = Date.parse('2025-06-01T08:00:00.000Z');
const now = () => new Date(clock);
const sleep: Sleep = (ms, signal) => {
  if (!signal.aborted) clock += Math.max(0, ms);
  return Promise.resolve();
};

let embedded: RunningProvider;
let second: RunningProvider;
const providerDirs: string[] = [];

async function startProvider(tenantName?: string, seed?: number): Promise<RunningProvider> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcc-conn-provider-'));
  providerDirs.push(dataDir);
  return startProviderServer({
    dataDir,
    now,
    rateLimit: false,
    ...(seed === undefined ? {} : { seed }),
    demo: { eventCount: 400, ...(tenantName === undefined ? {} : { tenantName }) },
    deviceFlow: { intervalSeconds: 5, accessTokenTtlSeconds: 600 },
  });
}

beforeAll(async () => {
  [embedded, second] = await Promise.all([startProvider(), startProvider('Fabrikam Nordics', 7)]);
});
afterAll(async () => {
  await Promise.all([embedded.close(), second.close()]);
  for (const dir of providerDirs) rmSync(dir, { recursive: true, force: true });
});

/** Everything the token endpoint handed out, as seen on the wire. */
let issued: string[];
let networkDown: boolean;
const recordingFetch: typeof fetch = async (input, init) => {
  if (networkDown) {
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('down'), { code: 'ENETUNREACH' }),
    });
  }
  const response = await fetch(input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (url.endsWith('/v1/oauth/token') && response.ok) {
    const body = (await response.clone().json()) as { access_token: string; refresh_token: string };
    issued.push(body.access_token, body.refresh_token);
  }
  return response;
};

let dataDir: string;
let safeStorage: FakeSafeStorage;
let manager: ConnectionManager;

function open(storage = safeStorage): ConnectionManager {
  const { store } = openAppSettingsStore({ directory: join(dataDir, 'settings') });
  return createConnectionManager({
    settings: store,
    dataDir,
    embedded: { url: embedded.url, token: embedded.tokens.admin },
    vault: createSafeStorageVault(storage, 'linux'),
    env: {},
    fetch: recordingFetch,
    now,
    sleep,
    probeIntervalMs: 20,
  });
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pcc-connections-'));
  issued = [];
  networkDown = false;
  safeStorage = createFakeSafeStorage();
  manager = open();
});
afterEach(() => {
  manager.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
const everythingOnDisk = () =>
  filesUnder(dataDir)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('\n');

const connection = (list: ConnectionList, id: string) => {
  const found = list.connections.find((c) => c.id === id);
  if (!found) throw new Error(`no connection ${id}`);
  return found;
};

async function approve(userCode: string, role = 'admin', token = second.tokens.admin) {
  const res = await fetch(`${second.url}/v1/device`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      user_code: userCode,
      role,
      role_token: token,
      decision: 'approve',
    }),
  });
  expect(res.status).toBe(200);
}

/** Adds the second provider and signs in to it through the device flow. */
async function signedInSecond(role = 'admin', token = second.tokens.admin): Promise<string> {
  const { addedId } = await manager.add(`${second.url}/`, 'Nordics');
  const jobId = manager.startDeviceSignIn(addedId);
  for (let i = 0; i < 50; i += 1) {
    const status = manager.signInStatus(jobId);
    if (status.status === 'waiting') {
      await approve(status.userCode, role, token);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  for (let i = 0; i < 200 && manager.signInStatus(jobId).status !== 'signed-in'; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(manager.signInStatus(jobId)).toMatchObject({ status: 'signed-in', storage: 'vault' });
  return addedId;
}

async function tenantName(): Promise<string | undefined> {
  const { data } = await manager.getClient().GET('/v1/tenant');
  return data?.displayName;
}

describe('the connection manager', () => {
  it('starts with the embedded demo provider, active, with the role and tenant it reports', async () => {
    const list = await manager.list();
    expect(list.activeId).toBe('embedded');
    expect(list.secretStorage).toEqual({ kind: 'os', backend: 'gnome_libsecret' });
    expect(list.connections).toEqual([
      expect.objectContaining({
        id: 'embedded',
        kind: 'embedded',
        url: embedded.url,
        role: 'admin',
        tenant: expect.objectContaining({ displayName: 'Contoso Europe' }) as unknown,
        auth: { state: 'built-in' },
      }),
    ]);
    expect(manager.cacheDir()).toBe(join(dataDir, 'cache', 'embedded'));
  });

  it('adds only addresses the transport policy allows and that answer', async () => {
    await expect(manager.add('http://provider.example.com')).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('https is required') as unknown,
    });
    await expect(manager.add(await closedPortUrl())).rejects.toMatchObject({
      code: 'provider_unreachable',
      message: 'The provider refused the connection (is it running?).',
    });
    const { list, addedId } = await manager.add(second.url);
    expect(connection(list, addedId)).toMatchObject({
      kind: 'remote',
      url: second.url,
      auth: { state: 'signed-out' },
    });
    expect(list.activeId).toBe('embedded');
  });

  it('says why in German when German is chosen in Preferences, and in English again after', async () => {
    // As main wires it (main.ts): the preference, resolved each time a message is made.
    const { store } = openAppSettingsStore({ directory: join(dataDir, 'preferences') });
    setUserTextLanguage(() => resolveLanguage(store.get().language, ['en-US']));
    try {
      store.setLanguage('de');
      await expect(manager.add(await closedPortUrl())).rejects.toMatchObject({
        code: 'provider_unreachable',
        message: 'Der Anbieter hat die Verbindung abgelehnt (läuft er?).',
      });
      await expect(manager.remove('embedded')).rejects.toMatchObject({
        code: 'bad_request',
        message: 'Der eingebettete Demo-Anbieter ist fest eingebaut und bleibt.',
      });
      store.setLanguage('system');
      await expect(manager.remove('embedded')).rejects.toMatchObject({
        message: 'The embedded demo provider is built in and stays.',
      });
    } finally {
      setUserTextLanguage(() => 'en');
    }
  });

  it('signs in with the device flow, stores only ciphertext, and learns role and tenant', async () => {
    const id = await signedInSecond('helpdesk', second.tokens.helpdesk);
    const list = await manager.list();
    expect(connection(list, id)).toMatchObject({
      label: 'Nordics',
      role: 'helpdesk',
      subject: 'helpdesk@fabrikam-nordics.example',
      tenant: { id: 'tenant-00000007', displayName: 'Fabrikam Nordics' },
      auth: { state: 'signed-in', via: 'device', storage: 'vault' },
    });
    expect(issued).toHaveLength(2);
    expect(existsSync(join(dataDir, 'secrets', `${id}.token`))).toBe(true);
    const disk = everythingOnDisk();
    for (const token of issued) expect(disk).not.toContain(token);
    expect(JSON.stringify(list)).not.toContain(issued[0]);
  });

  it('switches between tenants, each with its own client and cache folder', async () => {
    const id = await signedInSecond();
    expect(await tenantName()).toBe('Contoso Europe');
    await manager.switchTo(id);
    expect(await tenantName()).toBe('Fabrikam Nordics');
    expect(manager.cacheDir()).toBe(join(dataDir, 'cache', id));
    expect(manager.activeProvider()).toEqual({ kind: 'remote', url: second.url });
    expect(manager.activeConnectionId()).toBe(id);
    // The choice survives a restart; the token too (the keychain still has its key).
    manager.close();
    manager = open();
    expect((await manager.list()).activeId).toBe(id);
    expect(await tenantName()).toBe('Fabrikam Nordics');
    await manager.switchTo('embedded');
    expect(await tenantName()).toBe('Contoso Europe');
    expect(manager.activeConnectionId()).toBe('embedded');
  });

  it('refreshes the access token before it expires', async () => {
    const id = await signedInSecond();
    await manager.switchTo(id);
    const [firstAccess] = issued;
    clock += 541_000; // 59 s before the 10-minute token expires
    expect(await tenantName()).toBe('Fabrikam Nordics');
    expect(issued).toHaveLength(4);
    const list = await manager.list();
    const auth = connection(list, id).auth;
    expect(auth.state === 'signed-in' && Date.parse(auth.expiresAt ?? '') - clock).toBe(600_000);
    // The old one still works until it expires, but the app moved on.
    const old = await fetch(`${second.url}/v1/me`, {
      headers: { Authorization: `Bearer ${firstAccess ?? ''}` },
    });
    expect(old.status).toBe(200);
    expect(everythingOnDisk()).not.toContain(issued[2]);
  });

  it('says to sign in again when the provider stops accepting the token', async () => {
    const id = await signedInSecond();
    await manager.switchTo(id);
    await fetch(`${second.url}/v1/oauth/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: issued[1] ?? '' }),
    });
    const { response } = await manager.getClient().GET('/v1/tenant');
    expect(response.status).toBe(401);
    expect(connection(await manager.list(), id).auth).toEqual({
      state: 'rejected',
      reason: 'The provider did not accept the sign-in; sign in again (401).',
    });
  });

  it('goes offline when the network goes, and comes back by itself', async () => {
    networkDown = true;
    const { error } = await manager
      .getClient()
      .GET('/v1/tenant')
      .then(
        () => ({ error: null }),
        (thrown: unknown) => ({ error: thrown }),
      );
    expect(error).not.toBeNull();
    expect(connection(await manager.list(), 'embedded').network).toEqual({
      state: 'offline',
      since: now().toISOString(),
      reason: 'The provider cannot be reached from this network.',
    });
    networkDown = false;
    for (
      let i = 0;
      i < 100 && connection(await manager.list(), 'embedded').network.state !== 'online';
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(connection(await manager.list(), 'embedded').network.state).toBe('online');
  });

  it('signs out: the token is revoked, deleted, and the cached data goes with it', async () => {
    const id = await signedInSecond();
    await manager.switchTo(id);
    const cache = manager.cacheDir();
    const list = await manager.signOut(id);
    expect(connection(list, id).auth).toEqual({ state: 'signed-out' });
    expect(existsSync(join(dataDir, 'secrets', `${id}.token`))).toBe(false);
    expect(existsSync(cache)).toBe(false);
    const me = await fetch(`${second.url}/v1/me`, {
      headers: { Authorization: `Bearer ${issued[0] ?? ''}` },
    });
    expect(me.status).toBe(401);
    const disk = everythingOnDisk();
    for (const token of issued) expect(disk).not.toContain(token);
  });

  it('accepts a pasted token after checking it with the provider', async () => {
    const { addedId } = await manager.add(second.url);
    await expect(manager.signInWithToken(addedId, 'not-a-real-token-at-all')).rejects.toMatchObject(
      {
        code: 'unauthorized',
      },
    );
    expect(existsSync(join(dataDir, 'secrets', `${addedId}.token`))).toBe(false);
    const list = await manager.signInWithToken(addedId, second.tokens.auditor);
    expect(connection(list, addedId)).toMatchObject({
      role: 'auditor',
      auth: { state: 'signed-in', via: 'token', storage: 'vault', expiresAt: null },
    });
    expect(everythingOnDisk()).not.toContain(second.tokens.auditor);
  });

  it('renames and removes connections, but keeps the embedded one', async () => {
    const id = await signedInSecond();
    await manager.switchTo(id);
    expect(connection(await manager.rename(id, 'Production'), id).label).toBe('Production');
    expect(connection(await manager.rename(id, null), id).label).toBeNull();
    await expect(manager.remove('embedded')).rejects.toMatchObject({ code: 'bad_request' });
    await expect(manager.signOut('embedded')).rejects.toMatchObject({ code: 'bad_request' });
    const list = await manager.remove(id);
    expect(list.activeId).toBe('embedded');
    expect(list.connections.map((c) => c.id)).toEqual(['embedded']);
    expect(readdirSync(join(dataDir, 'secrets'))).toEqual([]);
    await expect(manager.switchTo(id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps tokens for the session only on basic_text, until the user accepts', async () => {
    manager.close();
    const weak = createFakeSafeStorage({ backend: 'basic_text' });
    manager = open(weak);
    const { addedId } = await manager.add(second.url);
    let list = await manager.signInWithToken(addedId, second.tokens.admin);
    expect(list.secretStorage).toEqual({ kind: 'weak', backend: 'basic_text' });
    expect(connection(list, addedId).auth).toMatchObject({ storage: 'session' });
    expect(existsSync(join(dataDir, 'secrets', `${addedId}.token`))).toBe(false);
    list = await manager.keepSignedIn(addedId);
    expect(connection(list, addedId).auth).toMatchObject({ storage: 'vault' });
    expect(everythingOnDisk()).not.toContain(second.tokens.admin);
  });

  it('lets the loopback providers’ pages open over http, and nothing else', async () => {
    await manager.add(second.url);
    expect([...manager.loopbackHttpOrigins()].sort()).toEqual([embedded.url, second.url].sort());
  });

  it('redacts tokens it holds from log text', async () => {
    await signedInSecond();
    expect(manager.redact(`failed with ${issued[0] ?? ''}`)).toBe('failed with [redacted]');
  });

  it('connects from PCC_PROVIDER_URL and PCC_PROVIDER_TOKEN for this session only', async () => {
    const env = { PCC_PROVIDER_URL: `${second.url}/`, PCC_PROVIDER_TOKEN: second.tokens.helpdesk };
    await connectFromEnvironment(manager, env);
    await connectFromEnvironment(manager, env);
    const list = await manager.list();
    expect(list.connections).toHaveLength(2);
    const active = connection(list, list.activeId);
    expect(active).toMatchObject({
      url: second.url,
      role: 'helpdesk',
      auth: { state: 'signed-in', via: 'token', storage: 'session' },
    });
    expect(existsSync(join(dataDir, 'secrets'))).toBe(false);
    await expect(connectFromEnvironment(manager, { PCC_PROVIDER_URL: second.url })).rejects.toThrow(
      /PCC_PROVIDER_TOKEN/,
    );
    await connectFromEnvironment(manager, {});
  });
});
