// A pasted token (automation), the network going away and coming back without a restart, and
// a computer without a keychain (Linux basic_text).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startHarness, type Harness } from '../harness/host';
import {
  addConnection,
  card,
  expectNoTokenOnDisk,
  openConnections,
  startSecondProvider,
  type SecondProvider,
} from './connection-helpers';
import { expect, test, waitForFigures } from './fixtures';
import { leavePage, seriousViolations } from './page-helpers';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

let own: Harness | undefined;
let second: SecondProvider;
let proxy: RecordingProxy;

test.beforeEach(async () => {
  second = await startSecondProvider();
  proxy = await startRecordingProxy(second.provider.url);
});
test.afterEach(async ({ page }) => {
  await leavePage(page);
  await own?.close();
  own = undefined;
  await proxy.close();
  await second.close();
});

async function signInWithToken(page: import('@playwright/test').Page, name: string, token: string) {
  const region = card(page, name);
  await region.getByRole('button', { name: 'Paste a token' }).click();
  await region.getByLabel('Access token').fill(token);
  await region.getByRole('button', { name: 'Sign in with this token' }).click();
  await expect(region).toContainText('Signed in with a pasted token');
}

test('losing the network shows the last figures offline; coming back re-syncs by itself', async ({
  page,
}) => {
  own = await startHarness({ probeIntervalMs: 500 });
  await page.goto(own.url);
  await waitForFigures(page);
  await openConnections(page);
  await addConnection(page, proxy.url, 'Nordics');
  await signInWithToken(page, 'Nordics', second.provider.tokens.auditor);
  await expect(card(page, 'Nordics')).toContainText('Auditor');
  await card(page, 'Nordics').getByRole('button', { name: 'Use this connection' }).click();
  await expect(page.getByTestId('tenant')).toHaveText('Fabrikam Nordics');

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Overview' })
    .click();
  const events = page.locator('[data-count="accessEventsLast30Days"] .count-value');
  await expect(events).toBeVisible();
  const figure = await events.textContent();
  const readAt = (await page.locator('time').getAttribute('datetime')) ?? '';

  proxy.cut();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByTestId('connection')).toHaveText('Offline');
  await expect(page.getByRole('alert')).toContainText('Offline.');
  await expect(events).toHaveText(figure ?? '');
  await expect(page.locator('time')).toHaveAttribute('datetime', readAt);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fabrikam Nordics');

  // No reload, no click: the app notices the provider is back and reads again.
  proxy.restore();
  await expect(page.getByTestId('connection')).toHaveText('Connected', { timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  const later = (await page.locator('time').getAttribute('datetime')) ?? '';
  expect(Date.parse(later)).toBeGreaterThan(Date.parse(readAt));

  await expectNoTokenOnDisk(own.dataDir, [second.provider.tokens.auditor]);
});

test('without a keychain the app says so and keeps the token for the session unless accepted', async ({
  page,
}) => {
  own = await startHarness({ secretBackend: 'basic_text' });
  await page.goto(`${own.url}/#/connections`);
  await expect(page.locator('.storage-notice')).toContainText(
    'This computer has no keychain for the app to use',
  );
  await addConnection(page, proxy.url, 'Nordics');
  await signInWithToken(page, 'Nordics', second.provider.tokens.admin);
  const region = card(page, 'Nordics');
  await expect(region).toContainText('kept for this session only');
  const secrets = join(own.dataDir, 'app', 'secrets');
  expect(await readdir(secrets).catch(() => [])).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  await region.getByRole('button', { name: 'Keep me signed in on this computer' }).click();
  await expect(region).toContainText('kept on this computer with the weak basic_text fallback');
  expect(await readdir(secrets)).toHaveLength(1);
  await expectNoTokenOnDisk(own.dataDir, [second.provider.tokens.admin]);

  await region.getByRole('button', { name: 'Sign out' }).click();
  await expect(region).toContainText('Signed out');
  expect(await readdir(secrets)).toEqual([]);
});

test('a token the provider does not accept is refused and nothing is stored', async ({ page }) => {
  own = await startHarness();
  await page.goto(`${own.url}/#/connections`);
  await addConnection(page, proxy.url, 'Nordics');
  const region = card(page, 'Nordics');
  await region.getByRole('button', { name: 'Paste a token' }).click();
  await region.getByLabel('Access token').fill('not-a-token-this-provider-issued');
  await region.getByRole('button', { name: 'Sign in with this token' }).click();
  await expect(region.getByRole('alert')).toContainText('sign in again (401)');
  await expect(region.getByLabel('Access token')).toHaveValue('');
  await expect(region).toContainText('Signed out');
  await expectNoTokenOnDisk(own.dataDir, ['not-a-token-this-provider-issued']);
});
