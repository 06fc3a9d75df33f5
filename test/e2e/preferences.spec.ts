// Preferences (theme, language, recent files, diagnostics) and the application menu's
// commands, which the harness delivers like main does (Server-Sent Events for webContents.send).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, waitForFigures } from './fixtures';
import { chooseTheme, resetLanguage, resetTheme, seriousViolations } from './page-helpers';

test.afterEach(async ({ harnessUrl, harness }) => {
  await resetLanguage(harnessUrl);
  await resetTheme(harnessUrl);
  harness.recentFiles.clear();
});

test('Preferences opens from the header and passes axe in light and dark', async ({
  page,
  harness,
}) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  await page.getByRole('link', { name: 'Preferences' }).click();
  await expect(page).toHaveURL(/#\/preferences$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preferences');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, ${theme}`).toEqual([]);
  }
});

test('switching to German translates the shell, sets <html lang> and is remembered', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/preferences`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'Same as the system (English)' })).toBeChecked();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen der App');
  const nav = page.getByRole('navigation', { name: 'Bereiche' });
  await expect(nav.getByRole('link', { name: 'Übersicht' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Protokollprüfung' })).toBeVisible();
  await expect(page.getByLabel('Design')).toBeVisible();

  const saved: unknown = JSON.parse(await readFile(harness.settingsPath, 'utf8'));
  expect(saved).toMatchObject({ language: 'de' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await nav.getByRole('link', { name: 'Übersicht' }).click();
  await waitForFigures(page);
  await expect(page.getByRole('heading', { name: 'Kennzahlen' })).toBeVisible();
  await expect(page.getByTestId('connection')).toHaveText('Verbunden');
  expect(await seriousViolations(page), 'axe, German overview').toEqual([]);

  await page.getByRole('link', { name: 'Einstellungen der App' }).click();
  await page.getByRole('radio', { name: 'Wie das System (English)' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preferences');
});

test('the application menu’s commands reach the window', async ({ page, harness }) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  await harness.events.waitForConnected();
  const command = (
    name:
      | 'open-log-file'
      | 'open-change-plan'
      | 'preferences'
      | 'export'
      | 'switch-connection'
      | 'open-access-requests',
  ) => harness.events.send('menu:command', { command: name });

  await command('open-log-file');
  await expect(page).toHaveURL(/#\/log-review$/);
  await command('open-change-plan');
  await expect(page).toHaveURL(/#\/settings$/);
  await command('switch-connection');
  await expect(page).toHaveURL(/#\/connections$/);
  await command('open-access-requests');
  await expect(page).toHaveURL(/#\/access-requests$/);
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await command('preferences');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preferences');

  await command('export');
  const notice = page.getByRole('status').filter({ hasText: 'nothing to export' });
  await expect(notice).toHaveText(/There is nothing to export on this screen\./);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('Export diagnostics writes one zip with the logs redacted, from the button and the menu', async ({
  page,
  harness,
}) => {
  const token = 'Zx81Qw3rTyUiOp4sDfGhJkLzXcVbNm01234567aB';
  await writeFile(
    join(harness.logDir, 'main.log'),
    `[info] GET /v1/me Authorization: Bearer ${token}\n[warn] ops@contoso.example from 203.0.113.7\n`,
  );
  const out = await mkdtemp(join(tmpdir(), 'pcc-e2e-diagnostics-'));
  try {
    await page.goto(`${harness.url}/#/preferences`);
    harness.dialogs.queueSave(join(out, 'support.zip'));
    await page.getByRole('button', { name: 'Export diagnostics…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
      'Saved support.zip (1 log files, 0 crash dumps listed).',
    );
    const files = unzipSync(new Uint8Array(await readFile(join(out, 'support.zip'))));
    const log = strFromU8(files['logs/main.log'] ?? new Uint8Array());
    expect(log).toContain('Authorization: [redacted]');
    for (const leaked of [token, 'ops@contoso.example', '203.0.113.7']) {
      expect(log).not.toContain(leaked);
    }
    expect(Object.keys(files)).toContain('summary.json');

    // The Help menu's item: same export; cancelling the dialog says so.
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await harness.events.waitForConnected();
    await harness.events.send('menu:command', { command: 'export-diagnostics' });
    await expect(page).toHaveURL(/#\/preferences$/);
    await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText(
      'Export cancelled; nothing was saved.',
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('recent files are listed, marked when gone, and can be cleared', async ({ page, harness }) => {
  const folder = await mkdtemp(join(tmpdir(), 'pcc-e2e-recent-'));
  try {
    await writeFile(join(folder, 'audit-log.csv'), 'x');
    harness.recentFiles.add('plan', join(folder, 'plan-gone.json'));
    harness.recentFiles.add('log', join(folder, 'audit-log.csv'));
    await page.goto(`${harness.url}/#/preferences`);
    const list = page.getByRole('region', { name: 'Recent files' }).getByRole('listitem');
    await expect(list).toHaveCount(2);
    await expect(list.nth(0)).toContainText('audit-log.csv');
    await expect(list.nth(0)).toContainText('Log file');
    await expect(list.nth(1)).toContainText('plan-gone.json');
    await expect(list.nth(1)).toContainText('moved or deleted');
    await page.getByRole('button', { name: 'Clear recent files' }).click();
    await expect(page.getByText('No recently opened log files or change plans.')).toBeVisible();
    expect(harness.recentFiles.list()).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
