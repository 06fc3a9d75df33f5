import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

// The real app on the embedded demo provider, in a throw-away profile. Runs only where the
// Electron binary exists (scripts/run-electron-suite.ts skips it elsewhere).
let app: ElectronApplication;
let userData: string;

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'pcc-electron-'));
  app = await electron.launch({
    args: ['.'],
    cwd: process.cwd(),
    env: { ...process.env, PCC_USER_DATA_DIR: userData },
  });
});

test.afterAll(async () => {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
});

test('launches to the overview served from app://', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Headline figures' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/renderer\//);
});

test('the page sees the bridge and nothing of Node', async () => {
  const page = await app.firstWindow();
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      pcc: typeof scope.pcc,
      pccInvoke: typeof (scope.pcc as Record<string, unknown> | undefined)?.invoke,
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    pcc: 'object',
    pccInvoke: 'undefined',
  });
});

test('the window runs with the security options of the window factory', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    // Electron's own record of the options the renderer was created with (not in its typings).
    const contents = window?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown>;
    };
    const prefs = contents.getLastWebPreferences();
    return {
      contextIsolation: prefs.contextIsolation,
      sandbox: prefs.sandbox,
      nodeIntegration: prefs.nodeIntegration,
      webSecurity: prefs.webSecurity,
      webviewTag: prefs.webviewTag,
    };
  });
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  });
});

test('navigation away from the app and new windows are refused', async () => {
  const page = await app.firstWindow();
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  // http, not https: an https link would really open the system browser.
  const opened = await page.evaluate(() => window.open('http://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});
