import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sha256Hex } from '../../electron/services/settings/plan-files';
import { computeIntegrity } from '../../shared/domain/settings/signed-json-file';
import { startHarness, type Harness } from '../harness/host';
import {
  expect,
  gotoSettings,
  labelOf,
  openReview,
  otherValue,
  providerApi,
  stage,
  test,
  tokensOf,
  type Setting,
} from './settings-fixtures';

/** A helpdesk app on the same provider as the admin harness (the embedded one). */
async function helpdeskApp(admin: Harness): Promise<Harness> {
  return startHarness({ providerUrl: admin.provider.url, token: tokensOf(admin).helpdesk });
}

async function savePlan(page: Page, reasons: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: 'Save as change plan…' }).click();
  const dialog = page.getByTestId('save-plan-dialog');
  const fields = dialog.getByRole('textbox');
  await expect(fields).toHaveCount(reasons.length);
  await expect(dialog.getByRole('button', { name: 'Save plan…' })).toBeDisabled();
  for (const [i, reason] of reasons.entries()) await fields.nth(i).fill(reason);
  await dialog.getByRole('button', { name: 'Save plan…' }).click();
}

test('a helpdesk plan is saved, opened by an administrator, flagged where it moved and applied', async ({
  page,
  harness,
  api,
}) => {
  const helpdesk = await helpdeskApp(harness);
  try {
    const settings = await api.settings();
    const three = settings.find((s) => s.values.length >= 3);
    const chosen = [three, ...settings.filter((s) => s !== three && s.values.length === 2)]
      .filter((s): s is Setting => s !== undefined)
      .slice(0, 3);
    const wanted = new Map(chosen.map((s) => [s.id, otherValue(s)]));
    const planPath = join(helpdesk.dataDir, 'plan-from-helpdesk.json');

    // Helpdesk: may stage, may not push (the UI says why), may save a plan.
    await gotoSettings(page, helpdesk.url);
    await expect(page.getByTestId('role-banner')).toContainText(
      'Your role (helpdesk) may see and stage changes but not push them',
    );
    for (const s of chosen) await stage(page, s, wanted.get(s.id) ?? '');
    const review = await openReview(page);
    await expect(review.getByTestId('cannot-push')).toContainText(
      'Your role (helpdesk) may not push',
    );
    await expect(review.getByRole('button', { name: /Confirm and push/ })).toBeDisabled();
    await review.getByRole('button', { name: 'Cancel' }).click();
    helpdesk.dialogs.queueSave(planPath);
    await savePlan(page, ['Ticket 101', 'Works council decision', 'Data minimisation']);
    await expect(page.getByTestId('settings-notice')).toHaveText(
      /Change plan saved as plan-from-helpdesk\.json\./,
    );
    const plan = JSON.parse(await readFile(planPath, 'utf8')) as Record<string, unknown>;
    expect(plan).toMatchObject({
      format: 'pcc-change-plan',
      version: 2,
      author: expect.stringMatching(/^helpdesk@/),
      // The provider vouches for the helpdesk token's own subject, over this plan's digest.
      attestation: { author: plan.author, role: 'helpdesk', digest: plan.integrity },
    });

    // Someone changes one of the planned settings before the administrator opens the plan.
    const moved = chosen[0];
    if (!moved) throw new Error('no setting');
    const movedTo = otherValue(moved, [wanted.get(moved.id) ?? '']);
    await api.change(moved.id, movedTo);

    // Administrator: opens the plan, sees it against the current values, applies it.
    await gotoSettings(page, harness.url);
    harness.dialogs.queueOpen(planPath);
    await page.getByRole('button', { name: 'Open change plan…' }).click();
    const dialog = page.getByTestId('review-dialog');
    await expect(
      page.getByRole('dialog', { name: 'Review change plan plan-from-helpdesk.json' }),
    ).toBeVisible();
    await expect(dialog).toContainText('Prepared by helpdesk@');
    await expect(dialog.getByTestId('plan-authorship')).toHaveText(
      new RegExp(`^Signed by the provider for ${String(plan.author)} \\(helpdesk\\) on .+\\.$`),
    );
    await expect(dialog.locator('tbody tr')).toHaveCount(3);
    const movedRow = dialog.locator(`tr[data-setting-id="${moved.id}"]`);
    await expect(movedRow.getByTestId('moved-flag')).toHaveText(
      `Changed since the plan was written (now ${labelOf(moved, movedTo)}).`,
    );
    await expect(movedRow).toContainText('Ticket 101');
    await dialog.getByRole('button', { name: 'Confirm and push 3 changes' }).click();

    // The moved setting conflicts (the plan's version is stale): re-apply the plan's value.
    const conflict = dialog.getByTestId('push-conflict');
    await expect(conflict.locator(`tr[data-setting-id="${moved.id}"]`)).toBeVisible();
    await conflict.getByRole('button', { name: 'Re-apply mine on top of theirs' }).click();
    await expect(dialog.getByTestId('push-results').locator('[data-result="applied"]')).toHaveCount(
      3,
    );
    for (const s of chosen) {
      expect((await api.setting(s.id)).currentValue).toBe(wanted.get(s.id));
      const entries = await api.history(s.id);
      expect(entries[0]?.comment).toContain('Change plan by helpdesk@');
    }
  } finally {
    await helpdesk.close();
  }
});

test('a plan edited after the provider signed it is refused, even with its integrity recomputed', async ({
  page,
  harness,
  api,
}) => {
  const helpdesk = await helpdeskApp(harness);
  try {
    const location = await api.setting('os.location-services');
    const telemetry = await api.setting('os.allow-telemetry');
    const path = join(helpdesk.dataDir, 'signed-plan.json');
    await gotoSettings(page, helpdesk.url);
    await stage(page, location, otherValue(location));
    helpdesk.dialogs.queueSave(path);
    await savePlan(page, ['Ticket 202']);
    await expect(page.getByTestId('settings-notice')).toHaveText(
      /Change plan saved as signed-plan\.json\./,
    );
    const historyBefore = (await api.history()).length;

    // Someone adds "optional telemetry on" to the signed plan, claims the admin wrote it, and
    // recomputes the integrity so the file is self-consistent again.
    const plan = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> & {
      author: string;
      baseVersions: Record<string, string>;
      changes: { settingId: string; value: string; reason: string }[];
    };
    plan.changes.push({ settingId: telemetry.id, value: '3', reason: 'Ticket 202' });
    plan.baseVersions[telemetry.id] = telemetry.version;
    plan.author = plan.author.replace(/^helpdesk@/, 'admin@');
    plan.integrity = await computeIntegrity(plan, sha256Hex, ['integrity', 'attestation']);
    const forged = join(harness.dataDir, 'forged-plan.json');
    await writeFile(forged, JSON.stringify(plan, null, 2));

    await gotoSettings(page, harness.url);
    harness.dialogs.queueOpen(forged);
    await page.getByRole('button', { name: 'Open change plan…' }).click();
    const notice = page.getByTestId('settings-notice');
    await expect(notice).toContainText('forged-plan.json was not opened:');
    await expect(notice).toContainText(
      'This change plan cannot be trusted. Its content is not what the provider signed',
    );
    await expect(page.getByTestId('review-dialog')).toHaveCount(0);
    expect((await api.setting(telemetry.id)).currentValue).toBe(telemetry.currentValue);
    expect((await api.setting(location.id)).currentValue).toBe(location.currentValue);
    expect((await api.history()).length).toBe(historyBefore);
  } finally {
    await helpdesk.close();
  }
});

test('a bad plan file is rejected with its reason and changes nothing', async ({
  page,
  harness,
  api,
}) => {
  const settings = await api.settings();
  const [setting] = settings;
  if (!setting) throw new Error('no settings');
  const good = join(harness.dataDir, 'good-plan.json');
  await gotoSettings(page, harness.url);
  await stage(page, setting, otherValue(setting));
  harness.dialogs.queueSave(good);
  await savePlan(page, ['A reason']);
  await expect(page.getByTestId('settings-notice')).toContainText('good-plan.json');
  const text = await readFile(good, 'utf8');
  const historyBefore = (await api.history()).length;

  const parsed = JSON.parse(text) as Record<string, unknown>;
  const cases: [string, string, RegExp][] = [
    [
      'truncated.json',
      text.slice(0, text.length / 2),
      /is not valid JSON: .* at line \d+, column \d+/,
    ],
    ['tampered.json', text.replace('A reason', 'Another reason'), /changed after it was written/],
    [
      'not-a-plan.json',
      JSON.stringify({ ...parsed, format: 'something-else' }),
      /not a change plan \(format must be "pcc-change-plan"\)/,
    ],
  ];
  for (const [name, content, reason] of cases) {
    const path = join(harness.dataDir, name);
    await writeFile(path, content);
    harness.dialogs.queueOpen(path);
    await page.getByRole('button', { name: 'Open change plan…' }).click();
    const notice = page.getByTestId('settings-notice');
    await expect(notice).toContainText(`${name} was not opened:`);
    await expect(notice).toContainText(reason);
    await expect(page.getByTestId('review-dialog')).toHaveCount(0);
  }
  expect((await api.history()).length).toBe(historyBefore);
});

test('a plan written for another tenant is refused, naming both tenants', async ({
  page,
  harness,
}) => {
  // A second, separate provider with its own tenant writes the plan.
  const elsewhere = await startHarness({
    providerOptions: { faults: true, rateLimit: false, demo: { eventCount: 500 }, seed: 7 },
  });
  try {
    const otherApi = providerApi(elsewhere.provider.url, tokensOf(elsewhere).admin);
    const [setting] = await otherApi.settings();
    if (!setting) throw new Error('no settings');
    const path = join(elsewhere.dataDir, 'foreign-plan.json');
    await gotoSettings(page, elsewhere.url);
    await stage(page, setting, otherValue(setting));
    elsewhere.dialogs.queueSave(path);
    await savePlan(page, ['Written elsewhere']);
    await expect(page.getByTestId('settings-notice')).toContainText('foreign-plan.json');
    const plan = JSON.parse(await readFile(path, 'utf8')) as { tenantId: string };

    await gotoSettings(page, harness.url);
    harness.dialogs.queueOpen(path);
    await page.getByRole('button', { name: 'Open change plan…' }).click();
    const notice = page.getByTestId('settings-notice');
    await expect(notice).toContainText(`was written for tenant ${plan.tenantId}`);
    await expect(notice).toContainText('but you are signed in to tenant tenant-');
    await expect(page.getByTestId('review-dialog')).toHaveCount(0);
  } finally {
    await elsewhere.close();
  }
});

test('a settings profile is exported and imported back as staged changes', async ({
  page,
  harness,
  api,
}) => {
  const path = join(harness.dataDir, 'our-profile.json');
  await gotoSettings(page, harness.url);
  await page.getByRole('button', { name: 'Export profile…' }).click();
  await page.getByLabel('Profile name').fill('Our baseline');
  harness.dialogs.queueSave(path);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('settings-notice')).toContainText(
    'Settings profile saved as our-profile.json.',
  );

  // The tenant drifts from the exported profile; importing it stages the way back.
  const [setting] = await api.settings();
  if (!setting) throw new Error('no settings');
  await api.change(setting.id, otherValue(setting));
  await page.getByRole('button', { name: 'Refresh' }).click();
  harness.dialogs.queueOpen(path);
  await page.getByRole('button', { name: 'Import profile…' }).click();
  await expect(page.getByTestId('settings-notice')).toContainText(
    'Imported our-profile.json: 1 change staged.',
  );
  const review = await openReview(page);
  const row = review.locator(`tr[data-setting-id="${setting.id}"]`);
  await expect(row.locator('td').nth(1)).toHaveText(labelOf(setting, setting.currentValue));
});
