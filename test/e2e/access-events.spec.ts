import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { plantEventWithJustification } from '../electron/services/access/provider-events';
import { expect, test, waitForFigures } from './fixtures';
import { providerSummary } from './access-provider';
import { chooseTheme, resetTheme, seriousViolations } from './page-helpers';

const format = (n: number) => new Intl.NumberFormat('en-US').format(n);

test.afterEach(async ({ harnessUrl }) => {
  await resetTheme(harnessUrl);
});

async function openEvents(page: Page, url: string) {
  await page.goto(`${url}/#/access-events`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access events');
  await expect(page.locator('.events-canvas [role="row"][data-event]').first()).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Access events, newest first' });
const timelineTotal = (page: Page) => page.getByTestId('timeline-total');

/** The actor-kind cell of every row the table has drawn. */
async function drawnKinds(page: Page): Promise<string[]> {
  return table(page)
    .locator('.events-canvas [role="row"][data-event] [role="cell"]:nth-child(3)')
    .allTextContents();
}

test('filters narrow the access table and the timeline together', async ({ page, harness }) => {
  const all = await providerSummary(harness);
  expect(all.total).toBeGreaterThan(100_000);
  await openEvents(page, harness.url);
  await expect(timelineTotal(page)).toHaveText(`${format(all.total)} events match the filters.`);
  await expect(page.getByTestId('events-loaded')).toHaveText(
    `Showing 100 of ${format(all.total)} events; more load as you scroll.`,
  );
  // The chart draws stacked bars for the days with events.
  await expect
    .poll(() => page.locator('.timeline .recharts-bar-rectangle').count())
    .toBeGreaterThan(100);

  await page
    .getByRole('combobox', { name: 'Actor kind' })
    .selectOption({ label: 'Provider operator' });
  const operators = await providerSummary(harness, { actorKind: 'provider-operator' });
  expect(operators.total).toBeLessThan(all.total);
  await expect(timelineTotal(page)).toHaveText(
    `${format(operators.total)} events match the filters.`,
  );
  await expect(page.locator('figure.timeline')).toHaveAttribute(
    'data-total',
    String(operators.total),
  );
  // The table follows the timeline: every row drawn is a provider operator's, and some are.
  await expect
    .poll(async () => {
      const kinds = await drawnKinds(page);
      return kinds.length > 0 ? [...new Set(kinds)] : [];
    })
    .toEqual(['Provider operator']);

  await page.getByRole('combobox', { name: 'Purpose' }).selectOption({ label: 'User profiling' });
  const both = await providerSummary(harness, {
    actorKind: 'provider-operator',
    purpose: 'user-profiling',
  });
  expect(both.total).toBeGreaterThan(0);
  expect(both.total).toBeLessThan(operators.total);
  await expect(timelineTotal(page)).toHaveText(
    both.total === 1
      ? 'One event matches the filters.'
      : `${format(both.total)} events match the filters.`,
  );
  await expect(table(page).locator('.events-canvas [role="row"][data-event]')).toHaveCount(
    both.total,
  );
  await expect(page.getByTestId('events-loaded')).toHaveText(
    `All ${format(both.total)} events are listed.`,
  );

  // A time range narrows both as well: the events of one UTC day.
  const day = both.days[0]?.date ?? '';
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(timelineTotal(page)).toHaveText(`${format(all.total)} events match the filters.`);
  await page.getByRole('combobox', { name: 'Time range' }).selectOption({ label: 'Custom dates' });
  await page.getByLabel('From (UTC day)').fill(day);
  await page.getByLabel('To (UTC day, inclusive)').fill(day);
  const next = new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
  const oneDay = await providerSummary(harness, { from: `${day}T00:00:00.000Z`, to: next });
  await expect(timelineTotal(page)).toHaveText(`${format(oneDay.total)} events match the filters.`);
  await expect(page.locator('.timeline .recharts-bar-rectangle').first()).toBeVisible();

  // The actor filter applies on Enter.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Actor (exact)').fill('m.oconnor@ops.provider.example');
  await page.getByLabel('Actor (exact)').press('Enter');
  const actor = await providerSummary(harness, { actor: 'm.oconnor@ops.provider.example' });
  await expect(timelineTotal(page)).toHaveText(`${format(actor.total)} events match the filters.`);
  await expect
    .poll(async () => {
      const actors = await table(page)
        .locator('.events-canvas [role="row"][data-event] [role="cell"]:nth-child(2)')
        .allTextContents();
      return [...new Set(actors)];
    })
    .toEqual(['m.oconnor@ops.provider.example']);
});

test('the table pages from the provider as it scrolls and keeps only the visible rows', async ({
  page,
  harness,
}) => {
  await openEvents(page, harness.url);
  const scroller = page.locator('.events-scroll');
  await expect(table(page)).toHaveAttribute('data-rows', '100');
  for (let i = 0; i < 6; i += 1) {
    await scroller.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(150);
  }
  await expect
    .poll(async () => Number(await table(page).getAttribute('data-rows')))
    .toBeGreaterThanOrEqual(700);
  const drawn = await table(page).locator('.events-canvas [role="row"]').count();
  expect(drawn).toBeLessThan(60);
  // Rows keep their place in the whole list for assistive technology.
  const all = await providerSummary(harness);
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(all.total + 1));
});

test('a prohibited-purpose alert names event, actor and promise, and leads to its event', async ({
  page,
  harness,
}) => {
  await openEvents(page, harness.url);
  const alert = page.locator('.alert-item[data-rule="prohibited-purpose"]').first();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Prohibited purpose:');
  await expect(alert).toContainText(
    /Promise broken: The provider promised never to use tenant data for (user profiling|advertising|market research)\./,
  );
  const alertId = (await alert.getAttribute('data-alert')) ?? '';
  const eventId = alertId.replace('prohibited-purpose:', '');
  await expect(alert).toContainText(`Event ${eventId} at`);
  await alert.getByRole('button', { name: `Show event ${eventId}` }).click();

  const row = page.locator(`.events-canvas [data-event="${eventId}"]`);
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row.getByRole('button')).toBeFocused();
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByRole('heading')).toHaveText(`Selected event: ${eventId}`);
  await expect(detail).toContainText('Alerts on this event');
  await expect(detail).toContainText('Promise broken');
  // The table and the timeline now show the actor's events of that day.
  await expect(page.getByLabel('Actor (exact)')).not.toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Time range' })).toHaveValue('custom');
});

test('the overview lists the alerts, and one leads to its event', async ({ page, harness }) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  const section = page.getByRole('region', { name: 'Access alerts' });
  const first = section.locator('.alert-item').first();
  await expect(first).toBeVisible();
  const eventId = (await first.getAttribute('data-alert'))?.split(':')[1] ?? '';
  await first.getByRole('button', { name: `Show event ${eventId}` }).click();
  await expect(page).toHaveURL(/#\/access-events$/);
  await expect(page.locator(`.events-canvas [data-event="${eventId}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('the filtered events export as CSV with formulas neutralised, and as JSON Lines', async ({
  page,
  harness,
}) => {
  const actor = await plantEventWithJustification(
    { url: harness.provider.url, tokens: harness.provider.tokens, close: () => Promise.resolve() },
    '=cmd|"/c calc"!A1',
  );
  await openEvents(page, harness.url);
  await page.getByLabel('Actor (exact)').fill(actor);
  await page.getByLabel('Actor (exact)').press('Enter');
  const expected = await providerSummary(harness, { actor });
  await expect(timelineTotal(page)).toHaveText(
    expected.total === 1
      ? 'One event matches the filters.'
      : `${format(expected.total)} events match the filters.`,
  );

  const csvPath = join(harness.dataDir, 'admin-events.csv');
  harness.dialogs.queueSave(csvPath);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByTestId('event-export-status')).toHaveText(
    `Saved admin-events.csv with ${format(expected.total)} events.`,
  );
  const csv = Papa.parse<Record<string, string>>(await readFile(csvPath, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.data).toHaveLength(expected.total);
  expect(csv.data.every((r) => r.actor === actor)).toBe(true);
  expect(csv.data.map((r) => r.justification)).toContain('\'=cmd|"/c calc"!A1');
  const cells = csv.data.flatMap((r) => Object.values(r));
  expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

  const jsonlPath = join(harness.dataDir, 'admin-events.jsonl');
  harness.dialogs.queueSave(jsonlPath);
  await page.getByRole('button', { name: 'Export JSON Lines' }).click();
  await expect(page.getByTestId('event-export-status')).toHaveText(
    `Saved admin-events.jsonl with ${format(expected.total)} events.`,
  );
  const lines = (await readFile(jsonlPath, 'utf8')).trimEnd().split('\n');
  const events = lines.map((l) => JSON.parse(l) as { actor: string; justification: string | null });
  expect(events).toHaveLength(expected.total);
  expect(events.map((e) => e.justification)).toContain('=cmd|"/c calc"!A1');
});

test('axe finds no serious or critical violation on the access view, light and dark', async ({
  page,
  harness,
}) => {
  await openEvents(page, harness.url);
  await expect(page.locator('.alert-item').first()).toBeVisible();
  await page.locator('.alert-item button').first().click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.getByRole('button', { name: 'Show the numbers' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, ${theme} theme`).toEqual([]);
  }
});

test('the keyboard reaches the filters, the table and the exports', async ({ page, harness }) => {
  await openEvents(page, harness.url);
  await page.getByRole('combobox', { name: 'Time range' }).focus();
  const wanted = [
    page.getByLabel('Actor (exact)'),
    page.getByRole('combobox', { name: 'Actor kind' }),
    page.getByRole('combobox', { name: 'Data category' }),
    page.getByRole('combobox', { name: 'Purpose' }),
    page.getByRole('combobox', { name: 'Result' }),
    page.getByRole('button', { name: 'Clear filters' }),
    page.getByRole('button', { name: 'Show the numbers' }),
    page.locator('.events-scroll'),
    page.locator('.events-canvas [role="row"][data-event] button').first(),
  ];
  for (const control of wanted) {
    let reached = false;
    for (let i = 0; i < 6 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await control.evaluate((el) => el === document.activeElement);
    }
    expect(reached, await control.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true);
  }
  // Enter on a row opens its details; the scroll region scrolls with the keyboard.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.locator('.events-scroll').focus();
  await page.keyboard.press('PageDown');
  await expect
    .poll(() => page.locator('.events-scroll').evaluate((el) => el.scrollTop))
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Export CSV' }).focus();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused();
});
