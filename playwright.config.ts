import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/harness/chromium';

// The renderer end to end in Debian's Chromium (Playwright's own browser download is not
// available here; see DEVELOPERS.md). One worker: the machines running this have two cores,
// and each worker starts its own harness and provider.
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
  },
});
