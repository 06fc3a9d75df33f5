import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../harness/host';

interface WorkerFixtures {
  /** One harness (renderer host + embedded provider) per worker, shared by its tests. */
  readonly harness: Harness;
  readonly harnessUrl: string;
}

interface TestFixtures {
  /** Console errors and uncaught page errors; every test ends with none. */
  readonly pageErrors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  harness: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture deps from the pattern.
    async ({}, use) => {
      const harness = await startHarness();
      await use(harness);
      await harness.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  harnessUrl: [
    async ({ harness }, use) => {
      await use(harness.url);
    },
    { scope: 'worker' },
  ],
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

/** Waits until the overview shows the tenant's figures (the first count has a number). */
export async function waitForFigures(page: Page): Promise<void> {
  await expect(page.locator('[data-count="settings"] .count-value')).toBeVisible();
}
