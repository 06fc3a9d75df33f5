import { startHarness } from '../harness/host';
import {
  expect,
  gotoSettings,
  labelOf,
  openReview,
  otherValue,
  stage,
  test,
  tokensOf,
  type Setting,
} from './settings-fixtures';
import { leavePage } from './page-helpers';
import { startSwitchableProxy } from './support/switchable-proxy';

/** A setting with at least three values: mine, theirs and the current one all differ. */
function threeValued(settings: readonly Setting[]): {
  setting: Setting;
  mine: string;
  theirs: string;
} {
  const setting = settings.find((s) => s.values.length >= 3);
  if (!setting) throw new Error('the demo catalogue has no three-valued setting');
  const mine = otherValue(setting);
  return { setting, mine, theirs: otherValue(setting, [mine]) };
}

for (const choice of ['keep theirs', 're-apply mine'] as const) {
  test(`a conflict made with fault injection, resolved: ${choice}`, async ({
    page,
    harness,
    api,
  }) => {
    const settings = await api.settings();
    const { setting, mine, theirs } = threeValued(settings);
    const other = settings.find((s) => s.id !== setting.id && s.values.length === 2);
    if (!other) throw new Error('no second setting');
    const otherTarget = otherValue(other);

    await gotoSettings(page, harness.url);
    await stage(page, setting, mine);
    await stage(page, other, otherTarget);
    const dialog = await openReview(page);
    // Another administrator changes the first setting just before my PATCH arrives.
    await api.setFaults({ concurrentChanges: [{ id: setting.id, value: theirs }] });
    await dialog.getByRole('button', { name: 'Confirm and push 2 changes' }).click();

    const conflict = dialog.getByTestId('push-conflict');
    await expect(conflict).toContainText('Someone else changed 1 of these settings');
    const row = conflict.locator(`tr[data-setting-id="${setting.id}"]`);
    await expect(row.getByTestId('their-value')).toHaveText(labelOf(setting, theirs));
    await expect(row.locator('td').nth(1)).toHaveText(labelOf(setting, mine));
    // All or nothing: my other change is not applied yet either.
    expect((await api.setting(other.id)).currentValue).toBe(other.currentValue);

    if (choice === 'keep theirs') {
      await conflict.getByRole('button', { name: 'Keep theirs' }).click();
      const results = dialog.getByTestId('push-results');
      await expect(results.locator(`tr[data-setting-id="${setting.id}"] [data-result]`)).toHaveText(
        'Kept their value',
      );
      await expect(results.locator(`tr[data-setting-id="${other.id}"] [data-result]`)).toHaveText(
        'Applied',
      );
      expect((await api.setting(setting.id)).currentValue).toBe(theirs);
    } else {
      await conflict.getByRole('button', { name: 'Re-apply mine on top of theirs' }).click();
      const results = dialog.getByTestId('push-results');
      const mineRow = results.locator(`tr[data-setting-id="${setting.id}"]`);
      await expect(mineRow.locator('[data-result]')).toHaveText('Applied');
      await expect(mineRow.locator('td').nth(0)).toHaveText(labelOf(setting, theirs));
      expect((await api.setting(setting.id)).currentValue).toBe(mine);
      const history = await api.history(setting.id);
      expect(history.slice(0, 2).map((h) => [h.actor.split('@')[0], h.newValue])).toEqual([
        ['admin', mine],
        ['concurrent-admin', theirs],
      ]);
    }
    expect((await api.setting(other.id)).currentValue).toBe(otherTarget);
    expect((await api.history(other.id)).filter((h) => h.newValue === otherTarget)).toHaveLength(1);
  });
}

test('429 and 503 are retried with visible progress, honouring Retry-After; cancel keeps the plan safe', async ({
  page,
  harness,
  api,
}) => {
  const [setting] = await api.settings();
  if (!setting) throw new Error('no settings');
  const value = otherValue(setting);
  await gotoSettings(page, harness.url);
  await stage(page, setting, value);
  let dialog = await openReview(page);
  await api.setFaults({
    force: [
      { method: 'PATCH', path: '/v1/settings', status: 429, times: 1, retryAfterSeconds: 2 },
      { method: 'PATCH', path: '/v1/settings', status: 503, times: 1, retryAfterSeconds: 30 },
    ],
  });
  await dialog.getByRole('button', { name: 'Confirm and push 1 change' }).click();
  const status = dialog.getByTestId('push-status');
  await expect(status).toContainText(
    /Attempt 1 did not get through: .*429.* Trying again in [12] s\./,
  );
  // Retry-After: 2 is honoured, then the 503 asks for 30 s: the countdown shows it.
  await expect(status).toContainText(
    /Attempt 2 did not get through: .*503.* Trying again in (30|29|28) s\./,
    {
      timeout: 5_000,
    },
  );
  await dialog.getByRole('button', { name: 'Cancel push' }).click();
  await expect(dialog.getByTestId('push-failed')).toContainText('Cancelled.');
  await expect(dialog.getByTestId('push-failed')).toContainText('Sending it again is safe');
  expect((await api.setting(setting.id)).currentValue).toBe(setting.currentValue);

  // The cancelled push is kept; it is sent again (same key) and lands once.
  await dialog.getByRole('button', { name: 'Send again' }).click();
  await expect(dialog.getByTestId('push-results').locator('[data-result]')).toHaveText('Applied');
  expect((await api.setting(setting.id)).currentValue).toBe(value);
  expect((await api.history(setting.id)).filter((h) => h.newValue === value)).toHaveLength(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  dialog = page.getByTestId('review-dialog');
  await expect(dialog).toHaveCount(0);
});

test('offline: the last snapshot with its time; staged changes are pushed after a fresh review', async ({
  page,
  harness,
  api,
}) => {
  // The app reaches the provider through a relay the test can switch off and on.
  const proxy = await startSwitchableProxy(harness.provider.url);
  const app = await startHarness({ providerUrl: proxy.url, token: tokensOf(harness).admin });
  try {
    const settings = await api.settings();
    const { setting: first, mine, theirs } = threeValued(settings);
    const second = settings.find((s) => s.id !== first.id);
    if (!second) throw new Error('need two settings');
    await gotoSettings(page, app.url);
    const fetchedAt = await page.getByTestId('settings-fetched-at').getAttribute('datetime');

    await proxy.goOffline();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const banner = page.getByTestId('offline-banner');
    await expect(banner).toContainText('Offline.');
    await expect(banner).toContainText('Showing the last snapshot');
    await expect(banner).toContainText('refused the connection');
    await expect(page.getByTestId('settings-fetched-at')).toHaveAttribute(
      'datetime',
      fetchedAt ?? '',
    );

    // Staging works offline and survives a reload.
    await stage(page, first, mine);
    await page.reload();
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await expect(page.getByTestId('staged-count')).toHaveText('1 change staged');
    await stage(page, second, otherValue(second));
    const dialog = await openReview(page);
    await expect(dialog.getByTestId('cannot-push')).toContainText('cannot be reached');
    await expect(dialog.getByRole('button', { name: /Confirm and push/ })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Meanwhile someone else changes the first setting; the fresh review shows it.
    await api.change(first.id, theirs);
    await proxy.goOnline();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
    await expect(page.getByTestId('settings-notice')).toContainText('reachable again');
    const review = await openReview(page);
    const row = review.locator(`tr[data-setting-id="${first.id}"]`);
    await expect(row.locator('td').nth(0)).toHaveText(labelOf(first, theirs));
    await expect(row.getByTestId('moved-flag')).toContainText(
      `Changed by someone else since you staged it (now ${labelOf(first, theirs)})`,
    );
    await review.getByRole('button', { name: 'Confirm and push 2 changes' }).click();
    await expect(review.getByTestId('push-results').locator('[data-result="applied"]')).toHaveCount(
      2,
    );
    expect((await api.setting(first.id)).currentValue).toBe(mine);
    expect((await api.setting(second.id)).currentValue).toBe(otherValue(second));
  } finally {
    await leavePage(page);
    await app.close();
    await proxy.close();
  }
});
