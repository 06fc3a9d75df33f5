// Opening files the desktop way: dropped on the window, from File → Open…, and from the
// recent list. The harness's bridge uploads dropped files (a page has no paths); main's own
// code then offers them by id, as with the preload in the app.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { sha256Hex } from '../../electron/services/settings/plan-files';
import { createChangePlan, serializeChangePlan } from '../../shared/domain/settings/change-plan';
import { SAMPLES_DIR } from '../fixtures/logs/samples';
import { userFolder, writeUserFile } from './log-review-helpers';
import { expect, otherValue, test, tokensOf } from './settings-fixtures';

const SAMPLE_LOG = join(SAMPLES_DIR, 'ual-current.csv');

/** Drops the files on the page as a file manager would: dragover, then drop, with files. */
async function dropFiles(page: Page, files: readonly { name: string; text: string }[]) {
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped) transfer.items.add(new File([file.text], file.name));
    const target = document.querySelector('main') ?? document.body;
    const over = new DragEvent('dragover', {
      dataTransfer: transfer,
      bubbles: true,
      cancelable: true,
    });
    target.dispatchEvent(over);
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(drop);
    // The default (Chromium opening the file) must have been prevented.
    if (!over.defaultPrevented || !drop.defaultPrevented) throw new Error('drop not taken');
  }, files);
}

async function closeOpenCase(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Close case' });
  if (await close.isVisible()) await close.click();
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
}

test('a log dropped on the window is imported into a new case named after it, and reopens from the recent list', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/overview`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await dropFiles(page, [{ name: 'ual-current.csv', text: readFileSync(SAMPLE_LOG, 'utf8') }]);

  await expect(page).toHaveURL(/#\/log-review$/);
  await expect(page.getByTestId('case-name')).toHaveText('ual-current');
  await expect(page.getByTestId('import-outcome')).toContainText('ual-current.csv', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('view-count')).not.toHaveText(/^0 /);

  // Closed, the case is gone from view; the recent list opens the same file again.
  await closeOpenCase(page);
  await page.goto(`${harness.url}/#/preferences`);
  const recent = page.getByRole('region', { name: 'Recent files' });
  await recent.getByRole('button', { name: 'Open ual-current.csv' }).click();
  await expect(page).toHaveURL(/#\/log-review$/);
  await expect(page.getByTestId('case-name')).toHaveText('ual-current');
  await expect(page.getByTestId('import-outcome')).toContainText('ual-current.csv', {
    timeout: 60_000,
  });
});

test('a change plan dropped on the window opens its review in Settings; a file that is no plan goes to the log review and is refused there', async ({
  page,
  harness,
  api,
}) => {
  const tenant = (await (
    await fetch(`${harness.provider.url}/v1/tenant`, {
      headers: { authorization: `Bearer ${tokensOf(harness).admin}` },
    })
  ).json()) as { id: string };
  const [setting] = await api.settings();
  if (!setting) throw new Error('no setting');
  const plan = await createChangePlan(
    {
      tenantId: tenant.id,
      author: 'helpdesk@example.test',
      createdAt: new Date().toISOString(),
      baseVersions: { [setting.id]: setting.version },
      changes: [{ settingId: setting.id, value: otherValue(setting), reason: 'Ticket 7' }],
    },
    sha256Hex,
  );

  await page.goto(`${harness.url}/#/overview`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await dropFiles(page, [{ name: 'from-helpdesk.json', text: serializeChangePlan(plan) }]);
  await expect(page).toHaveURL(/#\/settings$/);
  const review = page.getByRole('dialog', { name: 'Review change plan from-helpdesk.json' });
  await expect(review).toBeVisible();
  await expect(review).toContainText('Ticket 7');
  // Made outside the app, with no provider signature: the review says the author is unconfirmed.
  await expect(review.getByTestId('plan-authorship')).toContainText(
    'Not signed by the provider: that helpdesk@example.test prepared this plan cannot be confirmed',
  );
  await review.getByRole('button', { name: 'Cancel' }).click();

  await dropFiles(page, [{ name: 'notes.json', text: '{"hello": "world"}\n' }]);
  await expect(page).toHaveURL(/#\/log-review$/);
  await expect(page.getByRole('main')).toContainText(
    'notes.json is not a log export this app knows.',
  );
});

test('File → Open log file asks for the file and imports it; File → Open change plan opens the plan dialog', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/overview`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dir = userFolder();
  const log = writeUserFile(dir, 'mailbox-audit.csv', readFileSync(SAMPLE_LOG));
  harness.dialogs.queueOpen(log);
  await harness.events.send('menu:command', { command: 'open-log-file' });
  await expect(page).toHaveURL(/#\/log-review$/);
  await expect(page.getByTestId('case-name')).toHaveText(/^Review of /);
  await expect(page.getByTestId('import-outcome')).toContainText(basename(log), {
    timeout: 60_000,
  });

  // A cancelled plan dialog leaves Settings as it was.
  harness.dialogs.queueOpen(null);
  await harness.events.send('menu:command', { command: 'open-change-plan' });
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByTestId('settings-catalogue')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
