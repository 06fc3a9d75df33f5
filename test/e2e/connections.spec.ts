// Several tenants: a second provider started here is added as a connection, signed in to with
// the device flow (the code approved on the provider's own page in a second browser page),
// switched to and from, and signed out of, after which no token remains on disk.
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
import { chooseTheme, leavePage, seriousViolations } from './page-helpers';
import { readExpectedFigures } from './provider-figures';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

const format = (n: number) => new Intl.NumberFormat('en-US').format(n);

let own: Harness;
let second: SecondProvider;
let proxy: RecordingProxy;

test.beforeEach(async () => {
  own = await startHarness();
  second = await startSecondProvider();
  proxy = await startRecordingProxy(second.provider.url);
});
test.afterEach(async ({ page }) => {
  await leavePage(page);
  await own.close();
  await proxy.close();
  await second.close();
});

async function expectTenantFigures(
  page: import('@playwright/test').Page,
  providerUrl: string,
  token: string,
) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await waitForFigures(page);
  const fetchedAt = (await page.locator('time').getAttribute('datetime')) ?? '';
  const expected = await readExpectedFigures(providerUrl, token, fetchedAt);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.displayName);
  await expect(page.locator('[data-count="accessEventsLast30Days"] .count-value')).toHaveText(
    format(expected.accessEventsLast30Days),
  );
  await expect(page.locator('[data-count="pendingAccessRequests"] .count-value')).toHaveText(
    format(expected.pendingAccessRequests),
  );
  return expected;
}

test('a second tenant: add, sign in with the device flow, switch, sign out, no token left', async ({
  page,
  context,
}) => {
  await page.goto(own.url);
  await waitForFigures(page);
  await expect(page.getByTestId('provider')).toHaveText('Embedded demo provider');
  await expect(page.getByTestId('tenant')).toHaveText('Contoso Europe');
  await expect(page.getByTestId('role')).toHaveText('Administrator');

  await openConnections(page);
  await addConnection(page, proxy.url, 'Nordics');
  const nordics = card(page, 'Nordics');
  await expect(nordics).toContainText('Signed out');

  // Device sign-in: the app shows a code and opens the provider's page in the system browser.
  await nordics.getByRole('button', { name: 'Sign in with the browser' }).click();
  const code = nordics.getByTestId('user-code');
  await expect(code).toHaveText(/^[B-DF-HJ-NP-TV-XZ]{4}-[B-DF-HJ-NP-TV-XZ]{4}$/);
  const userCode = (await code.textContent()) ?? '';
  await expect.poll(() => own.openedExternal.length).toBe(1);
  const opened = own.openedExternal[0] ?? '';
  // Closed by mistake? The panel opens it again.
  await nordics.getByRole('button', { name: 'Open the sign-in page' }).click();
  await expect.poll(() => own.openedExternal).toEqual([opened, opened]);
  expect(new URL(opened).searchParams.get('user_code')).toBe(userCode);
  expect(new URL(opened).origin).toBe(proxy.url);

  // The "system browser": a second page approves the code on the provider's own page.
  const browser = await context.newPage();
  await browser.goto(opened);
  await expect(browser.getByRole('heading', { level: 1 })).toHaveText(
    'Sign in a device to Fabrikam Nordics',
  );
  await expect(browser.getByLabel('Code shown in the app')).toHaveValue(userCode);
  await browser.getByLabel('Sign in as').selectOption('helpdesk');
  await browser.getByLabel('Role token').fill(second.provider.tokens.helpdesk);
  await browser.getByRole('button', { name: 'Approve' }).click();
  await expect(browser.getByRole('heading', { level: 1 })).toHaveText('Sign-in approved');
  await browser.close();

  await expect(
    nordics.getByRole('status').filter({ hasText: 'Signed in to Nordics.' }),
  ).toBeVisible();
  await expect(nordics).toContainText('Signed in with the browser, kept in the system keychain');
  await expect(nordics).toContainText('Fabrikam Nordics');
  await expect(nordics).toContainText('Helpdesk');

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, connections, ${theme}`).toEqual([]);
  }
  await chooseTheme(page, 'system');

  // Switch to the second tenant: the header and the overview follow.
  await nordics.getByRole('button', { name: 'Use this connection' }).click();
  await expect(page.getByTestId('provider')).toHaveText('Nordics');
  await expect(page.getByTestId('tenant')).toHaveText('Fabrikam Nordics');
  await expect(page.getByTestId('role')).toHaveText('Helpdesk');
  const nordicFigures = await expectTenantFigures(
    page,
    second.provider.url,
    second.provider.tokens.admin,
  );
  expect(nordicFigures.displayName).toBe('Fabrikam Nordics');
  // Helpdesk reads every figure; nothing of Contoso shows.
  await expect(page.getByRole('main')).not.toContainText('Contoso');

  // And back, from the header.
  await page.getByLabel('Active connection').selectOption({ label: 'Embedded demo provider' });
  await expect(page.getByTestId('tenant')).toHaveText('Contoso Europe');
  const contoso = await expectTenantFigures(page, own.provider.url, own.provider.tokens.admin);
  expect(contoso.accessEventsLast30Days).not.toBe(nordicFigures.accessEventsLast30Days);

  // Signed in: the token is on disk only as ciphertext, in the connection's own file.
  const tokens = proxy.seenTokens();
  expect(tokens.length).toBeGreaterThanOrEqual(2);
  const secrets = join(own.dataDir, 'app', 'secrets');
  await expectNoTokenOnDisk(own.dataDir, [...tokens, ...Object.values(own.provider.tokens)]);
  const { readdir } = await import('node:fs/promises');
  expect((await readdir(secrets)).filter((name) => name.endsWith('.token'))).toHaveLength(1);

  // Sign out: the token goes from disk and the provider no longer accepts it.
  await openConnections(page);
  await card(page, 'Nordics').getByRole('button', { name: 'Sign out' }).click();
  await expect(card(page, 'Nordics')).toContainText('Signed out');
  expect(await readdir(secrets)).toEqual([]);
  await expectNoTokenOnDisk(own.dataDir, tokens);
  for (const token of tokens) {
    const me = await fetch(`${second.provider.url}/v1/me`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(me.status, 'a revoked token').toBe(401);
  }

  // Remove it: the embedded connection stays and cannot be removed.
  await card(page, 'Nordics').getByRole('button', { name: 'Remove' }).click();
  await card(page, 'Nordics').getByRole('button', { name: 'Remove connection' }).click();
  await expect(card(page, 'Nordics')).toHaveCount(0);
  await expect(
    card(page, 'Embedded demo provider').getByRole('button', { name: 'Remove' }),
  ).toHaveCount(0);
});

test('a denied sign-in says so, and the address is checked before it is added', async ({
  page,
  context,
}) => {
  await page.goto(`${own.url}/#/connections`);
  await page.getByLabel('Provider address').fill('http://provider.example.com');
  await page.getByRole('button', { name: 'Add connection' }).click();
  await expect(page.getByRole('alert')).toContainText('https is required');

  await addConnection(page, proxy.url, 'Nordics');
  const nordics = card(page, 'Nordics');
  await nordics.getByRole('button', { name: 'Sign in with the browser' }).click();
  await expect(nordics.getByTestId('user-code')).toBeVisible();
  await expect.poll(() => own.openedExternal.length).toBe(1);
  const browser = await context.newPage();
  await browser.goto(own.openedExternal[0] ?? '');
  await browser.getByRole('button', { name: 'Deny' }).click();
  await expect(browser.getByRole('heading', { level: 1 })).toHaveText('Sign-in denied');
  await browser.close();
  await expect(nordics.getByRole('alert')).toHaveText(
    /The sign-in was denied on the provider’s page\./,
  );
  await expect(nordics).toContainText('Signed out');
});
