// Shared by the settings service tests: a real embedded provider with faults, and helpers that
// read it directly (not through the code under test) to know what really happened.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningProvider } from '../../../../electron/provider/server';
import type { Schemas, Setting } from '../../../../electron/provider/types';
import {
  createProviderClient,
  type ProviderClient,
} from '../../../../electron/services/provider-client';
import type { RetryPolicy } from '../../../../shared/domain/settings/retry-policy';
import { providerJson } from '../provider-fixture';

/** Retries in milliseconds, so the tests take no longer than the provider does. */
export const fastPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 5,
  maxDelayMs: 20,
  maxRetryAfterMs: 2_000,
  deadlineMs: 10_000,
};

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function clientFor(
  provider: RunningProvider,
  role: 'admin' | 'helpdesk' = 'admin',
): ProviderClient {
  return createProviderClient({ baseUrl: provider.url, token: provider.tokens[role] });
}

export async function allSettings(provider: RunningProvider): Promise<Setting[]> {
  const page = (await providerJson(provider, '/v1/settings?limit=200')) as Schemas['SettingPage'];
  return page.items;
}

export async function historyOf(
  provider: RunningProvider,
): Promise<Schemas['SettingHistoryEntry'][]> {
  const page = (await providerJson(
    provider,
    '/v1/settings/history?limit=1000',
  )) as Schemas['SettingHistoryPage'];
  return page.items;
}

export async function setFaults(provider: RunningProvider, faults: Schemas['FaultConfigRequest']) {
  await providerJson(provider, '/v1/_test/faults', provider.tokens.admin, {
    method: 'PUT',
    body: JSON.stringify(faults),
  });
}

export function otherValue(setting: Setting): string {
  const value = setting.values.find((v) => v.value !== setting.currentValue)?.value;
  if (value === undefined) throw new Error(`${setting.id} has no other value`);
  return value;
}

/** `count` changes to settings not used before by this test file (so tests do not interfere). */
export function changesPicker(): (
  settings: readonly Setting[],
  count: number,
) => { settingId: string; value: string; baseVersion: string }[] {
  const used = new Set<string>();
  return (settings, count) => {
    const picked = settings.filter((s) => !used.has(s.id)).slice(0, count);
    if (picked.length < count) throw new Error('the demo catalogue ran out of settings');
    for (const s of picked) used.add(s.id);
    return picked.map((s) => ({ settingId: s.id, value: otherValue(s), baseVersion: s.version }));
  };
}

export async function until<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
