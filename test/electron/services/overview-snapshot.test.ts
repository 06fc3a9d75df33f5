import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOverviewWithSnapshot } from '../../../electron/services/overview-snapshot';
import { createProviderClient } from '../../../electron/services/provider-client';
import { startSmallProvider } from './provider-fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-snapshot-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readOverviewWithSnapshot', () => {
  it('shows the last figures, dated, while the provider cannot be reached', async () => {
    const { provider, stop } = await startSmallProvider();
    const client = createProviderClient({ baseUrl: provider.url, token: provider.tokens.admin });
    const cacheDir = join(dir, 'cache', 'a');
    const readAt = new Date('2025-06-01T10:00:00.000Z');
    const live = await readOverviewWithSnapshot({
      client,
      cacheDir,
      providerUrl: provider.url,
      now: () => readAt,
    });
    expect(live.connection.state).toBe('connected');
    await stop();

    const offline = await readOverviewWithSnapshot({
      client,
      cacheDir,
      providerUrl: provider.url,
      now: () => new Date('2025-06-01T11:00:00.000Z'),
    });
    expect(offline.connection).toMatchObject({ state: 'offline', providerUrl: provider.url });
    expect(offline.fetchedAt).toBe(readAt.toISOString());
    expect(offline.tenant).toEqual(live.tenant);
    expect(offline.counts).toEqual(live.counts);

    // Another connection's folder has nothing of it.
    const other = await readOverviewWithSnapshot({
      client,
      cacheDir: join(dir, 'cache', 'b'),
      providerUrl: provider.url,
    });
    expect(other).toMatchObject({ tenant: null, fetchedAt: null });
  });
});
