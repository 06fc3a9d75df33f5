// The log review with data in it: axe in light and dark (the record dialog open too), and
// the keyboard reaching the events grid, moving in it and opening a record.
import { join } from 'node:path';
import { SAMPLES_DIR } from '../fixtures/logs/samples';
import { ualCsv } from '../fixtures/logs/ual-generator';
import { expect, test } from './fixtures';
import {
  createCase,
  eventRows,
  importFile,
  openLogReview,
  userFolder,
  viewCount,
  writeUserFile,
} from './log-review-helpers';
import { chooseTheme, resetTheme, seriousViolations } from './page-helpers';

test.afterEach(async ({ harnessUrl }) => {
  await resetTheme(harnessUrl);
});

test('axe finds no serious or critical violation, light and dark, dialog open', async ({
  page,
  harness,
}) => {
  await openLogReview(page, harness);
  expect(await seriousViolations(page), 'axe, no case open').toEqual([]);
  await createCase(page, 'Accessible case');
  await importFile(page, harness, join(SAMPLES_DIR, 'ual-bad-rows.csv'));
  await importFile(page, harness, join(SAMPLES_DIR, 'provider-events.jsonl'));
  await page.getByRole('button', { name: /^Show 3 rejected rows/ }).click();
  await expect(page.getByRole('table', { name: /not imported/ })).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, ${theme}`).toEqual([]);
    await eventRows(page).first().click();
    await expect(
      page.getByRole('dialog').getByRole('heading', { name: 'Original record' }),
    ).toBeVisible();
    expect(await seriousViolations(page), `axe, ${theme}, record dialog`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
});

test('the keyboard reaches the grid, moves through it and opens a record', async ({
  page,
  harness,
}) => {
  const dir = userFolder();
  await openLogReview(page, harness);
  await createCase(page, 'Keyboard case');
  await importFile(page, harness, writeUserFile(dir, 'keys.csv', ualCsv('current', 3000, 44)));
  await expect(viewCount(page)).toHaveText('3,000 of 3,000 events');

  // Tab from the search field reaches the sort buttons, then the first row.
  await page.getByLabel('Search every field, the raw record included').focus();
  const first = eventRows(page).first();
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-rowindex', '2');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = page.locator('[role="row"][aria-rowindex="4"]');
  await expect(third).toBeFocused();
  // End jumps to the last of the 3,000 rows, fetching its page on the way.
  await page.keyboard.press('End');
  const last = page.locator('[role="row"][aria-rowindex="3001"]');
  await expect(last).toBeFocused();
  await expect(last.locator('[role="gridcell"]').nth(2)).toHaveText(/@contoso\.example$/);
  expect(await eventRows(page).count()).toBeLessThan(60);

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Event 3,000 of keys.csv');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(last).toBeFocused();

  // Sorting by a column from the keyboard.
  await page.getByRole('button', { name: 'Sort by Actor' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Sort by Actor' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
});
