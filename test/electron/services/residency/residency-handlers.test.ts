import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import { createProviderClient } from '../../../../electron/services/provider-client';
import { createResidencyHandlers } from '../../../../electron/services/residency/residency-handlers';
import { RESIDENCY_CSV_COLUMNS } from '../../../../shared/domain/residency/residency-report';
import { createScriptedDialogs } from '../../../harness/scripted-dialogs';
import { closedPortUrl, providerJson, startSmallProvider } from '../provider-fixture';

let provider: RunningProvider;
let stop: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-residency-'));
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop?.();
  rmSync(dir, { recursive: true, force: true });
});

interface ProviderLocation {
  id: string;
  inCommitment: boolean;
  outOfCommitmentReason: string | null;
}

function setup(url = provider.url, cache = join(dir, 'cache')) {
  const dialogs = createScriptedDialogs();
  let client = createProviderClient({ baseUrl: url, token: provider.tokens.admin });
  const handlers = createResidencyHandlers({
    getClient: () => client,
    cacheDir: () => cache,
    dialogs,
    now: () => new Date('2025-06-01T10:00:00.000Z'),
  });
  return {
    handlers,
    dialogs,
    switchTo: (next: string) => {
      client = createProviderClient({
        baseUrl: next,
        token: provider.tokens.admin,
        timeoutMs: 2000,
      });
    },
  };
}

async function providerLocations(): Promise<ProviderLocation[]> {
  const page = (await providerJson(provider, '/v1/data-locations?limit=1000')) as {
    items: ProviderLocation[];
  };
  return page.items;
}

describe('residency:get-snapshot', () => {
  it('reads every location and flags exactly the ones outside the commitment', async () => {
    const { handlers } = setup();
    const snapshot = await handlers['residency:get-snapshot'](undefined);
    const expected = await providerLocations();
    expect(snapshot.origin).toEqual({ kind: 'provider' });
    expect(snapshot.tenant.residencyCommitment).toBe('EU Data Boundary');
    expect(snapshot.commitmentKnown).toBe(true);
    expect(snapshot.total).toBe(expected.length);
    const outside = expected.filter((l) => !l.inCommitment).map((l) => l.id);
    expect(outside.length).toBeGreaterThan(0);
    expect(
      snapshot.findings
        .filter((f) => f.flagged)
        .map((f) => f.location.id)
        .sort(),
    ).toEqual(outside.sort());
    for (const finding of snapshot.findings.filter((f) => f.flagged)) {
      const flag = finding.flags[0];
      expect(flag?.kind).toBe('outside-commitment');
      expect(flag?.kind === 'outside-commitment' && flag.providerReason).toBe(
        finding.location.outOfCommitmentReason,
      );
    }
    expect(snapshot.snapshotAt).toBe('2025-06-01T10:00:00.000Z');
  });

  it('shows the last snapshot, marked as cached, when the provider is unreachable', async () => {
    const cache = join(dir, 'cache-offline');
    const app = setup(provider.url, cache);
    const live = await app.handlers['residency:get-snapshot'](undefined);
    app.switchTo(await closedPortUrl());
    const cached = await app.handlers['residency:get-snapshot'](undefined);
    expect(cached.origin.kind).toBe('cache');
    expect(cached.origin.kind === 'cache' && cached.origin.reason).toMatch(/refused|reached/);
    expect(cached.findings).toEqual(live.findings);
    expect(cached.snapshotAt).toBe(live.snapshotAt);
  });

  it('fails with the provider reason when there is no usable cache', async () => {
    const cache = join(dir, 'cache-broken');
    const app = setup(await closedPortUrl(), cache);
    await expect(app.handlers['residency:get-snapshot'](undefined)).rejects.toMatchObject({
      code: 'provider_unreachable',
    });
    // A cache file the app did not write (or that was damaged) is ignored, not trusted.
    const fresh = setup(provider.url, cache);
    await fresh.handlers['residency:get-snapshot'](undefined);
    writeFileSync(join(cache, 'residency-snapshot.json'), '{"tenant": 1}');
    fresh.switchTo(await closedPortUrl());
    await expect(fresh.handlers['residency:get-snapshot'](undefined)).rejects.toMatchObject({
      code: 'provider_unreachable',
    });
  });
});

describe('residency:export-report', () => {
  it('writes the CSV the user chose: every location, flagged first, cells neutralised', async () => {
    const { handlers, dialogs } = setup();
    const snapshot = await handlers['residency:get-snapshot'](undefined);
    const path = join(dir, 'report.csv');
    dialogs.queueSave(path);
    const result = await handlers['residency:export-report']({ format: 'csv' });
    expect(result).toEqual({
      status: 'saved',
      fileName: 'report.csv',
      total: snapshot.total,
      flagged: snapshot.flagged,
      snapshotAt: snapshot.snapshotAt,
    });
    expect(dialogs.saveRequests.at(-1)?.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...RESIDENCY_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(snapshot.total);
    const statuses = parsed.data.map((r) => r.status);
    expect(statuses.slice(0, snapshot.flagged).every((s) => s === 'flagged')).toBe(true);
    expect(statuses.slice(snapshot.flagged).every((s) => s === 'inside')).toBe(true);
    for (const row of parsed.data) {
      expect(row).toMatchObject({
        tenant: snapshot.tenant.displayName,
        commitment: 'EU Data Boundary',
        snapshotAt: snapshot.snapshotAt,
      });
      if (row.status === 'flagged') expect(row.providerReason).not.toBe('');
    }
  });

  it('writes a printable HTML page with the tenant, commitment, time and every flagged item', async () => {
    const { handlers, dialogs } = setup();
    const snapshot = await handlers['residency:get-snapshot'](undefined);
    const path = join(dir, 'report.html');
    dialogs.queueSave(path);
    await handlers['residency:export-report']({ format: 'html' });
    const html = readFileSync(path, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain(snapshot.tenant.displayName);
    expect(html).toContain('EU Data Boundary');
    expect(html).toContain(snapshot.snapshotAt);
    expect(html).toContain(`Flagged locations (${snapshot.flagged})`);
    for (const finding of snapshot.findings.filter((f) => f.flagged)) {
      const reason = finding.location.outOfCommitmentReason ?? '';
      expect(html).toContain(reason.replaceAll("'", '&#39;'));
    }
  });

  it('writes nothing when the user cancels, and says why a write failed', async () => {
    const { handlers, dialogs } = setup();
    dialogs.queueSave(null);
    expect(await handlers['residency:export-report']({ format: 'csv' })).toEqual({
      status: 'cancelled',
    });
    const missing = join(dir, 'no-such-folder', 'report.csv');
    dialogs.queueSave(missing);
    await expect(handlers['residency:export-report']({ format: 'csv' })).rejects.toMatchObject({
      code: 'file_error',
      message: 'report.csv could not be saved: the folder does not exist.',
    });
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
