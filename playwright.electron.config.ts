import { defineConfig } from '@playwright/test';

// The real Electron app (dist/ must be built). Run through scripts/run-electron-suite.ts,
// which skips the suite with one line where no Electron binary is installed.
export default defineConfig({
  testDir: 'test/electron-app',
  workers: 1,
  timeout: 60_000,
  reporter: 'list',
  forbidOnly: true,
});
