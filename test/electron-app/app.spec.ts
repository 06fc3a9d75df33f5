import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

// The real app on the embedded demo provider, in a throw-away profile. Runs only where the
// Electron binary exists (scripts/run-electron-suite.ts skips it elsewhere). With
// PCC_ELECTRON_EXECUTABLE it drives a packaged build instead: the one `npm run dist:e2e`
// makes, whose fuses keep the inspect arguments Playwright needs.
let app: ElectronApplication;
let userData: string;

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'pcc-electron-'));
  const packaged = process.env.PCC_ELECTRON_EXECUTABLE;
  app = await electron.launch({
    ...(packaged ? { executablePath: packaged, args: [] } : { args: ['.'] }),
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

test('the renderer is served with the app’s Content Security Policy', async () => {
  const csp = await app.evaluate(async ({ session }) => {
    const response = await session.defaultSession.fetch('app://renderer/index.html');
    return response.headers.get('content-security-policy');
  });
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
});

test('a link to another site opens the system browser, not the window', async () => {
  const page = await app.firstWindow();
  // Record instead of really opening a browser.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    Reflect.set(globalThis, '__pccOpened', opened);
    shell.openExternal = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
  });
  await page.evaluate(() => {
    window.location.hash = '#/preferences';
  });
  const before = page.url();
  await page.getByRole('link', { name: 'Project website' }).click();
  await expect
    .poll(() => app.evaluate(() => Reflect.get(globalThis, '__pccOpened') as string[]))
    .toEqual(['https://privacy-control-center.example/']);
  expect(page.url()).toBe(before);
});

test('the application menu has the usual menus and its commands reach the window', async () => {
  const page = await app.firstWindow();
  const menu = await app.evaluate(({ app: electronApp, Menu }) => {
    const items = Menu.getApplicationMenu()?.items ?? [];
    const roles = (list: Electron.MenuItem[]): string[] =>
      list.flatMap((item) => [item.role ?? '', ...roles(item.submenu?.items ?? [])]);
    return {
      packaged: electronApp.isPackaged,
      top: items.map((item) => (item.role ?? '').toLowerCase()),
      roles: roles(items).map((role) => role.toLowerCase()),
    };
  });
  expect(menu.top).toEqual(
    expect.arrayContaining(['filemenu', 'editmenu', 'viewmenu', 'windowmenu', 'help']),
  );
  for (const role of ['reload', 'forcereload', 'toggledevtools']) {
    if (menu.packaged) expect(menu.roles).not.toContain(role);
    else expect(menu.roles).toContain(role);
  }
  await app.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()?.getMenuItemById('open-log-file')?.click();
  });
  await expect(page).toHaveURL(/#\/log-review$/);
  await app.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()?.getMenuItemById('preferences')?.click();
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preferences');
});

test('a click on an access-request notification has its way to the Access requests section', async () => {
  const page = await app.firstWindow();
  // The notifier's decisions are tested under Node; here the Electron half: the platform
  // answers isSupported, and the command a notification click sends reaches the window.
  const supported = await app.evaluate(({ Notification }) => Notification.isSupported());
  expect(typeof supported).toBe('boolean');
  await app.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()?.getMenuItemById('open-access-requests')?.click();
  });
  await expect(page).toHaveURL(/#\/access-requests$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access requests');
});

test('logs go to userData/logs and crash dumps stay local', async () => {
  const paths = await app.evaluate(({ app: electronApp }) => ({
    userData: electronApp.getPath('userData'),
    crashDumps: electronApp.getPath('crashDumps'),
  }));
  expect(paths.crashDumps).toBe(join(paths.userData, 'crash-dumps'));
  const uploads = await app.evaluate(({ crashReporter }) => crashReporter.getUploadToServer());
  expect(uploads).toBe(false);
  expect(existsSync(join(userData, 'logs', 'main.log'))).toBe(true);
});
