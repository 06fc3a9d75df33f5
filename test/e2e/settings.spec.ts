import { distanceFromProfile } from '../../shared/domain/settings/baseline-profiles';
import { chooseTheme, seriousViolations } from './page-helpers';
import {
  expect,
  gotoSettings,
  labelOf,
  openReview,
  otherValue,
  stage,
  test,
  type Setting,
} from './settings-fixtures';

const productNames: Record<string, string> = {
  'operating-system': 'Operating system',
  'office-suite': 'Office suite',
  browser: 'Browser',
  collaboration: 'Chat and meetings',
  tenant: 'Tenant-wide',
};

test('the catalogue shows each setting by product: value, what it sends, what it feeds', async ({
  page,
  harness,
  api,
}) => {
  const settings = await api.settings();
  await gotoSettings(page, harness.url);
  await expect(page.getByTestId('settings-shown')).toHaveText(
    `${settings.length} of ${settings.length} settings shown`,
  );
  for (const [product, name] of Object.entries(productNames)) {
    const count = settings.filter((s) => s.product === product).length;
    await expect(page.getByRole('heading', { level: 2, name: `${name} (${count})` })).toBeVisible();
  }
  // Every row says what the provider says, value by value.
  for (const setting of settings) {
    const row = page.locator(`tr[data-setting-id="${setting.id}"]`);
    const current = setting.values.find((v) => v.value === setting.currentValue);
    await expect(row.locator('[data-column="current"] .value-label')).toHaveText(
      current?.label ?? '',
    );
    await expect(row.locator('[data-column="sends"]')).toHaveText(current?.sends ?? '');
    await expect(row.locator('[data-column="feeds"] li')).toHaveCount(current?.feeds.length ?? 0);
  }

  // Search, then the filters, each narrowing to what the data says.
  await page.getByRole('searchbox', { name: 'Search settings' }).fill('crash');
  const crash = settings.filter((s) =>
    [s.id, s.title, s.description, ...s.values.flatMap((v) => [v.label, v.sends])]
      .join(' ')
      .toLowerCase()
      .includes('crash'),
  );
  await expect(page.getByTestId('settings-shown')).toHaveText(
    `${crash.length} of ${settings.length} settings shown`,
  );
  await page.getByRole('searchbox', { name: 'Search settings' }).fill('');
  await page.getByLabel('Product', { exact: true }).selectOption({ label: 'Browser' });
  await page.getByLabel('Data category', { exact: true }).selectOption({ label: 'Customer data' });
  const browserCustomer = settings.filter(
    (s) => s.product === 'browser' && s.feeds.includes('customer'),
  );
  await expect(page.locator('tbody tr')).toHaveCount(browserCustomer.length);
  await page.getByLabel('Product', { exact: true }).selectOption({ label: 'All products' });
  await page.getByLabel('Data category', { exact: true }).selectOption({ label: 'All categories' });
  await page.getByLabel('Changed from default only').check();
  const changed = settings.filter((s) => s.currentValue !== s.defaultValue);
  await expect(page.locator('tbody tr')).toHaveCount(changed.length);
  expect(changed.length).toBeGreaterThan(0);
});

test('three staged changes are reviewed, pushed, confirmed and in the history', async ({
  page,
  harness,
  api,
}) => {
  const settings = await api.settings();
  // Three settings whose new value feeds nothing, so the review shows flows stopping.
  const chosen = settings
    .filter((s) => s.values.some((v) => v.value !== s.currentValue && v.feeds.length === 0))
    .filter((s) => (s.values.find((v) => v.value === s.currentValue)?.feeds.length ?? 0) > 0)
    .slice(0, 3);
  expect(chosen).toHaveLength(3);
  const target = (s: Setting) =>
    s.values.find((v) => v.value !== s.currentValue && v.feeds.length === 0)?.value ?? '';
  const historyBefore = (await api.history()).length;

  await gotoSettings(page, harness.url);
  for (const setting of chosen) await stage(page, setting, target(setting));
  await expect(page.getByTestId('staged-count')).toHaveText('3 changes staged');

  const dialog = await openReview(page);
  for (const setting of chosen) {
    const row = dialog.locator(`tr[data-setting-id="${setting.id}"]`);
    await expect(row.locator('td').nth(0)).toHaveText(labelOf(setting, setting.currentValue));
    await expect(row.locator('td').nth(1)).toHaveText(labelOf(setting, target(setting)));
    await expect(row.locator('td').nth(2)).toContainText('Stops:');
  }
  // Nothing has been sent yet.
  expect((await api.history()).length).toBe(historyBefore);
  await dialog.getByLabel('Comment for the history (optional)').fill('Three changes from e2e');
  await dialog.getByRole('button', { name: 'Confirm and push 3 changes' }).click();

  const results = dialog.getByTestId('push-results');
  await expect(results).toBeVisible();
  for (const setting of chosen) {
    const row = results.locator(`tr[data-setting-id="${setting.id}"]`);
    await expect(row.locator('[data-result]')).toHaveText('Applied');
  }
  // Read back from the provider: applied, once each, with the comment.
  const history = await api.history();
  expect(history.length).toBe(historyBefore + 3);
  for (const setting of chosen) {
    expect((await api.setting(setting.id)).currentValue).toBe(target(setting));
    const entries = history.filter(
      (h) => h.settingId === setting.id && h.comment === 'Three changes from e2e',
    );
    expect(entries).toHaveLength(1);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('staged-count')).toHaveText('No changes staged.');

  await page.getByRole('button', { name: 'History' }).click();
  const table = page.getByTestId('history-table');
  for (const setting of chosen) {
    const row = table.locator(`tr[data-setting-id="${setting.id}"]`).first();
    await expect(row).toContainText(setting.title);
    await expect(row).toContainText('admin@');
    await expect(row).toContainText('Three changes from e2e');
    await expect(row.locator('td').nth(2)).toHaveText(labelOf(setting, setting.currentValue));
    await expect(row.locator('td').nth(3)).toHaveText(labelOf(setting, target(setting)));
  }
});

test('a baseline profile shows the distance and applies in one step', async ({
  page,
  harness,
  api,
}) => {
  const settings = await api.settings();
  const expected = distanceFromProfile(settings, 'minimum-data', { enterpriseEdition: false });
  expect(expected.count).toBeGreaterThan(0);
  await gotoSettings(page, harness.url);
  await page.getByLabel('Compare with').selectOption({ label: 'Minimum data' });
  await expect(page.getByTestId('profile-distance')).toHaveText(
    `${expected.count} of ${expected.total} settings differ from this profile.`,
  );
  await page.getByRole('button', { name: 'Stage this profile' }).click();
  await expect(page.getByTestId('staged-count')).toHaveText(`${expected.count} changes staged`);

  const dialog = await openReview(page);
  await expect(dialog.locator('tbody tr')).toHaveCount(expected.count);
  await expect(dialog.getByText(/Stop flowing to the provider/)).toBeVisible();
  await dialog.getByRole('button', { name: `Confirm and push ${expected.count} changes` }).click();
  await expect(dialog.getByTestId('push-results').locator('[data-result="applied"]')).toHaveCount(
    expected.count,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('profile-distance')).toHaveText('The tenant matches this profile.');
  const after = distanceFromProfile(await api.settings(), 'minimum-data', {
    enterpriseEdition: false,
  });
  expect(after.count).toBe(0);
});

test('axe finds no serious violation on the settings screen and its review, light and dark', async ({
  page,
  harness,
  api,
}) => {
  const [setting] = await api.settings();
  if (!setting) throw new Error('no settings');
  await gotoSettings(page, harness.url);
  await stage(page, setting, otherValue(setting));
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, settings, ${theme}`).toEqual([]);
    const dialog = await openReview(page);
    expect(await seriousViolations(page), `axe, review, ${theme}`).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    expect(await seriousViolations(page), `axe, history, ${theme}`).toEqual([]);
    await page.getByRole('button', { name: 'Catalogue' }).click();
  }
  await chooseTheme(page, 'system');
});
