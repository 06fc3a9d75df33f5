import type { Page } from '@playwright/test';
import { startHarness, type Harness } from '../harness/host';
import { expect, test } from './fixtures';
import { providerRequest, providerRequests, providerTransparency } from './access-provider';
import { chooseTheme, resetTheme, seriousViolations } from './page-helpers';

test.afterEach(async ({ harnessUrl }) => {
  await resetTheme(harnessUrl);
});

async function openRequests(page: Page, url: string) {
  await page.goto(`${url}/#/access-requests`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access requests');
  await expect(page.getByRole('heading', { name: /^Pending \(\d+\)$/ })).toBeVisible();
}

async function pendingIds(harness: Harness): Promise<string[]> {
  return (await providerRequests(harness)).filter((r) => r.status === 'pending').map((r) => r.id);
}

test('pending requests show requester, justification, ticket, resources, duration and time left', async ({
  page,
  harness,
}) => {
  const pending = (await providerRequests(harness)).filter((r) => r.status === 'pending');
  expect(pending.length).toBeGreaterThan(0);
  await openRequests(page, harness.url);
  await expect(
    page.getByRole('heading', { name: `Pending (${String(pending.length)})` }),
  ).toBeVisible();
  for (const r of pending) {
    const card = page.locator(`article[data-request="${r.id}"]`);
    await expect(card.getByRole('heading')).toContainText(`${r.id} · ${r.requester}`);
    await expect(card).toContainText(r.requesterOrg);
    await expect(card).toContainText(r.justification);
    await expect(card).toContainText(r.ticket);
    for (const resource of r.resources) await expect(card).toContainText(resource);
    await expect(card).toContainText(`${String(r.requestedDurationHours)} hours`);
    await expect(card.getByTestId('time-left')).toHaveText(
      /^(\d+ hr )?\d+ min left$|^\d+ hr left$/,
    );
  }
  await expect(page.getByText('You are signed in as admin and may approve or deny.')).toBeVisible();
  const decided = (await providerRequests(harness)).filter((r) => r.status !== 'pending');
  const table = page.getByRole('table', { name: 'Decided access requests, newest first' });
  await expect(table.locator('tbody tr')).toHaveCount(decided.length);
});

test('an admin approves one request and denies another, each with a reason', async ({
  page,
  harness,
}) => {
  const [toApprove, toDeny] = await pendingIds(harness);
  if (toApprove === undefined || toDeny === undefined)
    throw new Error('two pending requests expected');
  await openRequests(page, harness.url);

  await page.getByRole('button', { name: `Approve ${toApprove}` }).click();
  const dialog = page.getByRole('dialog', { name: `Approve access request ${toApprove}?` });
  await expect(dialog).toBeVisible();
  await expect(page.getByLabel('Reason (recorded with the decision)')).toBeFocused();
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give a reason for the decision.');
  await page
    .getByLabel('Reason (recorded with the decision)')
    .fill('Needed for INC ticket; call held.');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('decision-status')).toHaveText(`Approved ${toApprove}.`);
  await expect(page.locator(`article[data-request="${toApprove}"]`)).toHaveCount(0);
  const approvedRow = page.locator(`tr[data-request="${toApprove}"]`);
  await expect(approvedRow).toContainText('Approved');
  await expect(approvedRow).toContainText('Needed for INC ticket; call held.');
  const approved = await providerRequest(harness, toApprove);
  expect(approved).toMatchObject({
    status: 'approved',
    decision: { reason: 'Needed for INC ticket; call held.' },
  });
  expect(approved.approvedWindow).not.toBeNull();

  await page.getByRole('button', { name: `Deny ${toDeny}` }).click();
  const denyDialog = page.getByRole('dialog', { name: `Deny access request ${toDeny}?` });
  await page
    .getByLabel('Reason (recorded with the decision)')
    .fill('Fix it without content access.');
  await denyDialog.getByRole('button', { name: 'Deny' }).click();
  await expect(page.getByTestId('decision-status')).toHaveText(`Denied ${toDeny}.`);
  await expect(page.locator(`tr[data-request="${toDeny}"]`)).toContainText('Denied');
  expect(await providerRequest(harness, toDeny)).toMatchObject({
    status: 'denied',
    approvedWindow: null,
  });
  // Focus lands on the list, not on the page body, after the card went away.
  await expect(page.getByRole('heading', { name: /^Pending/ })).toBeFocused();

  // Escape cancels without deciding.
  const [another] = await pendingIds(harness);
  if (another !== undefined) {
    await page.getByRole('button', { name: `Approve ${another}` }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect((await providerRequest(harness, another)).status).toBe('pending');
  }
});

test('the transparency report shows every half-year as a chart and a table', async ({
  page,
  harness,
}) => {
  const report = await providerTransparency(harness);
  await openRequests(page, harness.url);
  const table = page.getByRole('table', { name: 'Legal demands per half-year' });
  await expect(table.locator('tbody tr')).toHaveCount(report.periods.length);
  for (const p of report.periods) {
    await expect(table.locator('tbody tr', { hasText: p.period })).toContainText(
      [p.received, p.rejected, p.disclosedContent, p.disclosedNonContent].map(String).join(''),
    );
  }
  await expect
    .poll(() => page.locator('.transparency .recharts-bar-rectangle').count())
    .toBeGreaterThan(0);
});

test('axe finds no serious or critical violation on the requests view and its dialog', async ({
  page,
  harness,
}) => {
  await openRequests(page, harness.url);
  await expect(page.locator('.transparency .recharts-bar-rectangle').first()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, ${theme} theme`).toEqual([]);
  }
  const [id] = await pendingIds(harness);
  if (id === undefined) throw new Error('a pending request expected');
  await page.getByRole('button', { name: `Deny ${id}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'axe, decision dialog').toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the keyboard reaches the decisions and works the dialog', async ({ page, harness }) => {
  const [id] = await pendingIds(harness);
  if (id === undefined) throw new Error('a pending request expected');
  await openRequests(page, harness.url);
  await page.getByRole('button', { name: 'Refresh' }).focus();
  const approve = page.getByRole('button', { name: `Approve ${id}` });
  let reached = false;
  for (let i = 0; i < 10 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await approve.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Deny ${id}` })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Deny access request ${id}?` });
  await expect(page.getByLabel('Reason (recorded with the decision)')).toBeFocused();
  await page.keyboard.type('Denied from the keyboard.');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Deny' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('decision-status')).toHaveText(`Denied ${id}.`);
  expect((await providerRequest(harness, id)).decision?.reason).toBe('Denied from the keyboard.');
});

test.describe('as helpdesk', () => {
  let helpdesk: Harness;
  test.beforeAll(async () => {
    helpdesk = await startHarness({
      embeddedRole: 'helpdesk',
      providerOptions: { demo: { eventCount: 5000 } },
    });
  });
  test.afterAll(async () => {
    await helpdesk.close();
  });

  test('sees why it may not decide, and the provider refuses a decision with 403', async ({
    page,
  }) => {
    const [id] = await pendingIds(helpdesk);
    if (id === undefined) throw new Error('a pending request expected');
    await openRequests(page, helpdesk.url);
    await expect(page.getByTestId('decider-note')).toHaveText(
      /signed in as helpdesk: only an administrator may approve or deny/,
    );
    const approve = page.getByRole('button', { name: `Approve ${id}` });
    await expect(approve).toBeDisabled();
    await expect(approve).toHaveAccessibleDescription(/only an administrator may approve or deny/);
    await expect(page.getByRole('button', { name: `Deny ${id}` })).toBeDisabled();

    // Straight through the bridge, as a tampered renderer would: the provider says no.
    const refused = await page.evaluate(
      (requestId) =>
        (
          window as unknown as {
            pcc: { access: { decideRequest: (r: unknown) => Promise<unknown> } };
          }
        ).pcc.access.decideRequest({ id: requestId, decision: 'approve', reason: 'let me in' }),
      id,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringMatching(
          /may not approve or deny access requests \(403\)/,
        ) as unknown,
      },
    });
    expect((await providerRequest(helpdesk, id)).status).toBe('pending');
  });

  test('shows the provider’s refusal cleanly when the app could not tell the role', async ({
    page,
  }) => {
    const [id] = await pendingIds(helpdesk);
    if (id === undefined) throw new Error('a pending request expected');
    // The role check failed (say /v1/me was down): the buttons stay on and the provider decides.
    const listRequests = (url: URL) =>
      decodeURIComponent(url.pathname) === '/__ipc/access:list-requests';
    await page.route(listRequests, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
      body.value.decider = { status: 'unknown', message: 'The provider did not answer in time.' };
      await route.fulfill({ response, json: body });
    });
    await openRequests(page, helpdesk.url);
    await expect(page.getByText(/could not tell your role/)).toBeVisible();
    await page.getByRole('button', { name: `Approve ${id}` }).click();
    const dialog = page.getByRole('dialog');
    await page.getByLabel('Reason (recorded with the decision)').fill('Trying anyway.');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      /^The provider refused: this account's role may not approve or deny access requests \(403\)\. The provider said: .*requests\.decide/,
    );
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await providerRequest(helpdesk, id)).status).toBe('pending');
  });
});
