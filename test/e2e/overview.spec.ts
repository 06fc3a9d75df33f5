import { readFile } from 'node:fs/promises';
import { expect, test, waitForFigures } from './fixtures';
import { chooseTheme, resetTheme, seriousViolations } from './page-helpers';
import { readExpectedFigures } from './provider-figures';

const format = (n: number) => new Intl.NumberFormat('en-US').format(n);

test.afterEach(async ({ harnessUrl }) => {
  await resetTheme(harnessUrl);
});

test('the overview shows the demo tenant’s real figures from the provider', async ({
  page,
  harness,
}) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  const fetchedAt = await page.locator('time').getAttribute('datetime');
  expect(fetchedAt).not.toBeNull();
  const tokens = harness.provider.tokens;
  const expected = await readExpectedFigures(harness.provider.url, tokens.admin, fetchedAt ?? '');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.displayName);
  const facts = page.locator('.facts');
  await expect(facts).toContainText(expected.residencyCommitment);
  await expect(facts).toContainText(`Customer lockbox${expected.lockboxEnabled ? 'On' : 'Off'}`);
  await expect(facts).toContainText('Connected');
  await expect(page.getByTestId('connection')).toHaveText('Connected');
  await expect(page.getByTestId('provider')).toHaveText('Embedded demo provider');

  const counts = {
    settings: expected.settings,
    locationsOutsideCommitment: expected.locationsOutsideCommitment,
    pendingAccessRequests: expected.pendingAccessRequests,
    accessEventsLast30Days: expected.accessEventsLast30Days,
  };
  for (const [key, value] of Object.entries(counts)) {
    await expect(page.locator(`[data-count="${key}"] .count-value`)).toHaveText(format(value));
  }
  // The demo tenant is big enough that every figure means something.
  expect(expected.settings).toBeGreaterThan(0);
  expect(expected.accessEventsLast30Days).toBeGreaterThan(999);
});

test('axe finds no serious or critical violation in light and dark', async ({ page, harness }) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, ${theme} theme`).toEqual([]);
  }
  await page.goto(`${harness.url}/#/settings`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect(await seriousViolations(page), 'axe, a later-release section').toEqual([]);
});

test('Tab reaches every control, in document order', async ({ page, harness }) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  // The alerts come in after the figures, with controls of their own: count once they are in.
  await expect(
    page.getByRole('region', { name: 'Access alerts' }).getByRole('button', { name: /^Show / }),
  ).not.toHaveCount(0);
  const controls = await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>(
      'a[href], button, select, input, textarea, [tabindex]:not([tabindex="-1"])',
    );
    return [...all]
      .filter((el) => el.checkVisibility() && !el.matches(':disabled'))
      .map((el, index) => {
        el.dataset.e2eOrder = String(index);
        return `${el.tagName.toLowerCase()}:${el.textContent.trim()}`;
      });
  });
  // Skip link, 6 nav links, theme select, Refresh, 4 count links at least.
  expect(controls.length).toBeGreaterThanOrEqual(13);
  const reached: string[] = [];
  for (let i = 0; i < controls.length; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => document.activeElement?.getAttribute('data-e2e-order') ?? 'none'),
    );
  }
  expect(reached).toEqual(controls.map((_c, index) => String(index)));
  // Focus is visible: the focused control draws an outline.
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
});

test('the theme follows the system, switches, and persists across reloads', async ({
  page,
  harness,
}) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(harness.url);
  await waitForFigures(page);
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  const systemDark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const systemLight = await background();
  expect(systemLight).not.toBe(systemDark);

  await chooseTheme(page, 'dark');
  await expect.poll(background).toBe(systemDark);
  await page.reload();
  await waitForFigures(page);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).toBe(systemDark);
  const saved: unknown = JSON.parse(await readFile(harness.settingsPath, 'utf8'));
  expect(saved).toMatchObject({ theme: 'dark' });

  await chooseTheme(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe(systemLight);
});

test('nav links and headline counts lead to their sections', async ({ page, harness }) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const label of [
    'Settings',
    'Data residency',
    'Access events',
    'Access requests',
    'Log review',
    'Overview',
  ]) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    if (label === 'Overview') {
      await waitForFigures(page);
    } else if (label === 'Log review') {
      // A working section: its heading, and no "later release" placeholder.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
      await expect(page.getByRole('main')).not.toContainText('arrives in a later release');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    } else {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
      if (label === 'Settings') {
        await expect(page.getByTestId('settings-catalogue')).toBeVisible();
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    }
  }
  await page.getByRole('link', { name: /^Pending access requests/ }).click();
  await expect(page).toHaveURL(/#\/access-requests$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access requests');
});
