// The overview when things go wrong: the provider goes away, the settings file is unreadable,
// the token's role may not read every figure, the shell's bridge is missing.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../harness/host';
import { expect, test, waitForFigures } from './fixtures';
import { leavePage, seriousViolations } from './page-helpers';

test('a provider that goes away shows the offline state, its reason and the last figures', async ({
  page,
}) => {
  const own = await startHarness();
  try {
    await page.goto(own.url);
    await waitForFigures(page);
    const readAt = await page.locator('time').getAttribute('datetime');
    const figures = await page.locator('.count-value').allTextContents();
    await own.provider.close();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Offline.');
    await expect(page.getByTestId('connection')).toHaveText('Offline');
    // The last snapshot stays on screen, dated by when it was read.
    await expect(page.locator('.count-value')).toHaveText(figures);
    await expect(page.locator('time')).toHaveAttribute('datetime', readAt ?? '');
    const reason = (await alert.textContent()) ?? '';
    expect(reason.replace('Offline.', '').trim().length).toBeGreaterThan(10);
  } finally {
    await leavePage(page);
    await own.close();
  }
});

test('an unreadable settings file is moved aside and the notice can be dismissed', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pcc-e2e-notice-'));
  await mkdir(join(dataDir, 'settings'));
  await writeFile(join(dataDir, 'settings', 'app-settings.json'), '{ not json');
  const own = await startHarness({ dataDir });
  try {
    await page.goto(own.url);
    await waitForFigures(page);
    const notice = page.getByRole('alert').filter({ hasText: 'moved' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const files = await readdir(join(dataDir, 'settings'));
    expect(files.some((name) => name.includes('corrupt'))).toBe(true);
  } finally {
    await leavePage(page);
    await own.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('counts the auditor role may not read show why instead of a number', async ({ page }) => {
  const own = await startHarness({ embeddedRole: 'auditor' });
  try {
    await page.goto(own.url);
    await expect(page.locator('[data-count="accessEventsLast30Days"] .count-value')).toBeVisible();
    for (const key of ['settings', 'locationsOutsideCommitment', 'pendingAccessRequests']) {
      const card = page.locator(`[data-count="${key}"]`);
      await expect(card.locator('.count-reason')).toContainText('Not permitted:');
      await expect(card.locator('.count-value')).toHaveCount(0);
    }
    await expect(page.getByTestId('connection')).toHaveText('Connected');
  } finally {
    await leavePage(page);
    await own.close();
  }
});

test('without the shell’s bridge the app explains instead of showing a blank page', async ({
  page,
  harness,
}) => {
  // The bridge script answers empty, as if no preload had run.
  await page.route('**/__harness/pcc-bridge.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Privacy Control Center cannot start',
  );
  await expect(page.getByRole('alert')).toContainText('no connection to the desktop shell');
  expect(await seriousViolations(page)).toEqual([]);
});
