// Settings e2e: each test gets its own harness (the provider's settings change under it), with
// fault injection on, and a client that reads the provider directly to know the truth.
import { test as base, expect, type Page } from '@playwright/test';
import type { Schemas, Setting } from '../../electron/provider/types';
import { startHarness, type Harness, type HarnessOptions } from '../harness/host';
import { leavePage } from './page-helpers';

export type { Setting };

export interface ProviderApi {
  settings(): Promise<Setting[]>;
  setting(id: string): Promise<Setting>;
  history(settingId?: string): Promise<Schemas['SettingHistoryEntry'][]>;
  setFaults(config: Schemas['FaultConfigRequest']): Promise<void>;
  /** A change by "someone else": the admin token, straight to the provider. */
  change(id: string, value: string): Promise<void>;
}

export function providerApi(url: string, token: string): ProviderApi {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status}`);
    return (await response.json()) as T;
  }
  const api: ProviderApi = {
    settings: async () => (await call<Schemas['SettingPage']>('/v1/settings?limit=200')).items,
    setting: (id) => call<Setting>(`/v1/settings/${id}`),
    history: async (settingId) =>
      (
        await call<Schemas['SettingHistoryPage']>(
          `/v1/settings/history?limit=1000${settingId === undefined ? '' : `&settingId=${settingId}`}`,
        )
      ).items,
    setFaults: async (config) => {
      await call('/v1/_test/faults', { method: 'PUT', body: JSON.stringify(config) });
    },
    change: async (id, value) => {
      const setting = await api.setting(id);
      await call('/v1/settings', {
        method: 'PATCH',
        headers: { 'Idempotency-Key': `e2e-other-admin-${id}-${Date.now()}` },
        body: JSON.stringify({ changes: [{ id, value, ifMatch: setting.version }] }),
      });
    },
  };
  return api;
}

export const smallProvider: HarnessOptions['providerOptions'] = {
  faults: true,
  rateLimit: false,
  demo: { eventCount: 2000 },
};

export function tokensOf(harness: Harness): Harness['provider']['tokens'] {
  return harness.provider.tokens;
}

interface Fixtures {
  readonly harness: Harness;
  readonly api: ProviderApi;
  readonly pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // Depends on the page so that the page is left before this harness stops.
  harness: async ({ page }, use) => {
    const harness = await startHarness({ providerOptions: smallProvider });
    await use(harness);
    await leavePage(page);
    await harness.close();
  },
  api: async ({ harness }, use) => {
    await use(providerApi(harness.provider.url, tokensOf(harness).admin));
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function gotoSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await expect(page.getByTestId('settings-catalogue')).toBeVisible();
}

/** A value of the setting other than its current one (the first such, or `avoid`-free). */
export function otherValue(setting: Setting, avoid: readonly string[] = []): string {
  const value = setting.values.find(
    (v) => v.value !== setting.currentValue && !avoid.includes(v.value),
  )?.value;
  if (value === undefined) throw new Error(`${setting.id} has no other value`);
  return value;
}

export function labelOf(setting: Setting, value: string): string {
  return setting.values.find((v) => v.value === value)?.label ?? value;
}

/** Stages `value` for the setting through its select, as a user would. */
export async function stage(page: Page, setting: Setting, value: string): Promise<void> {
  await page.getByLabel(`New value for ${setting.title}`, { exact: true }).selectOption(value);
}

/** The review dialog, once it shows the diff (it reads the values fresh first). */
export async function openReview(page: Page) {
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toBeVisible();
  // Found by id, not title: the title becomes "Push" once the push starts.
  const dialog = page.getByTestId('review-dialog');
  await expect(dialog.getByTestId('review-table')).toBeVisible();
  return dialog;
}
