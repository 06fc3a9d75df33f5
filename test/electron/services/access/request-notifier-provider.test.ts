import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTenant, requestLifetimeMs } from '../../../../electron/provider/demo';
import { startProviderServer, type RunningProvider } from '../../../../electron/provider/server';
import { ProviderStore } from '../../../../electron/provider/store';
import type { AccessRequest } from '../../../../electron/provider/types';
import {
  createRequestNotifier,
  expiryWarningMs,
  type RequestNotice,
} from '../../../../electron/services/access/request-notifier';
import { readAllRequests } from '../../../../electron/services/access/requests-service';
import {
  createProviderClient,
  type ProviderClient,
} from '../../../../electron/services/provider-client';
import { allProviderRequests } from './provider-events';

// The notifier against a real embedded provider. The provider API has no way to file an access
// request (only its engineers do, on the provider's side), so the test files one the way the
// provider keeps them: a journaled change in its data folder, read back on the next start.

const MINUTE = 60_000;
const HOUR_MS = 60 * MINUTE;
let clock = Date.parse('2025-11-20T10:00:00.000Z');
const now = () => new Date(clock);
let dataDir: string;
let provider: RunningProvider;
let client: ProviderClient;

async function start(): Promise<void> {
  provider = await startProviderServer({
    dataDir,
    port: 0,
    rateLimit: false,
    demo: { eventCount: 3000 },
    now,
  });
  client = createProviderClient({ baseUrl: provider.url, token: provider.tokens.admin });
}

/** Files a new pending request while the provider is down, then starts it again. */
async function fileRequest(id: string): Promise<void> {
  await provider.close();
  const store = ProviderStore.open({
    dataDir,
    initialParams: { seed: 1, asOf: now().toISOString(), eventCount: 3000 },
    generateDemo: (params) =>
      generateDemoTenant({
        seed: params.seed,
        asOf: new Date(params.asOf),
        eventCount: params.eventCount,
      }),
    now,
  });
  const request: AccessRequest = {
    id,
    requester: 'operator-new',
    requesterOrg: 'Provider Support Engineering',
    justification: 'Directory synchronisation errors for guest users.',
    ticket: 'INC-7654321',
    resources: ['directory:guest-users'],
    requestedDurationHours: 4,
    createdAt: now().toISOString(),
    expiresAt: new Date(clock + requestLifetimeMs).toISOString(),
    status: 'pending',
    decision: null,
    approvedWindow: null,
  };
  store.commit({ type: 'access-request.update', request });
  store.close();
  await start();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pcc-notify-'));
  await start();
});
afterAll(async () => {
  await provider.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const kinds = (notices: readonly RequestNotice[]) => notices.map((n) => `${n.kind} ${n.requestId}`);

describe('request notifications from the embedded provider', () => {
  const notifier = createRequestNotifier({
    activeConnectionId: () => 'embedded',
    // Read on every check: the provider restarts on another port with new tokens.
    getClient: () => client,
    isBackground: () => true,
    now,
  });

  it('takes the demo tenant’s pending requests as known at the first read', async () => {
    const pending = (await allProviderRequests(provider)).filter((r) => r.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    // None is inside its last hour yet, so the first read announces nothing.
    for (const r of pending) expect(Date.parse(r.expiresAt) - clock).toBeGreaterThan(HOUR_MS);
    expect(await notifier.check()).toEqual([]);
  });

  it('reports a newly filed request once', async () => {
    await fileRequest('ar-9001');
    const [arrived, ...others] = await notifier.check();
    expect(others).toEqual([]);
    expect(arrived).toMatchObject({
      kind: 'arrived',
      requestId: 'ar-9001',
      requester: 'operator-new',
      justification: 'Directory synchronisation errors for guest users.',
      msLeft: requestLifetimeMs,
    });
    expect(await notifier.check()).toEqual([]);
  });

  it('warns once of each request entering its last hour, as the provider’s clock moves', async () => {
    const pending = (await allProviderRequests(provider)).filter((r) => r.status === 'pending');
    const soonest = pending.reduce((a, b) => (a.expiresAt < b.expiresAt ? a : b));
    clock = Date.parse(soonest.expiresAt) - expiryWarningMs + MINUTE;
    const due = pending
      .filter((r) => Date.parse(r.expiresAt) - clock <= expiryWarningMs)
      .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt))
      .map((r) => `expiring ${r.id}`);
    expect(due).toContain(`expiring ${soonest.id}`);
    expect(kinds(await notifier.check())).toEqual(due);
    clock += MINUTE;
    expect(kinds(await notifier.check()).filter((k) => due.includes(k))).toEqual([]);
  });

  it('gives a role that may not read requests none, quietly', async () => {
    const auditorClient = () =>
      createProviderClient({ baseUrl: provider.url, token: provider.tokens.auditor });
    // The provider does refuse this role the list (403), so the quiet is the notifier's.
    await expect(readAllRequests(auditorClient())).rejects.toMatchObject({ code: 'forbidden' });
    const unexpected: unknown[] = [];
    const auditor = createRequestNotifier({
      activeConnectionId: () => 'embedded',
      getClient: auditorClient,
      isBackground: () => true,
      now,
      onUnexpectedError: (error) => unexpected.push(error),
    });
    expect(await auditor.check()).toEqual([]);
    await fileRequest('ar-9002');
    expect(await auditor.check()).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
