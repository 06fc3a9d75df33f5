// The log review end to end: the real renderer in Chromium, the real services and DuckDB in
// the harness, files chosen through the scripted file dialogs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SAMPLES_DIR } from '../fixtures/logs/samples';
import { ualCsv } from '../fixtures/logs/ual-generator';
import { expect, test } from './fixtures';
import {
  columnValues,
  createCase,
  eventRows,
  importFile,
  openLogReview,
  userFolder,
  viewCount,
  writeUserFile,
} from './log-review-helpers';

const format = (n: number) => new Intl.NumberFormat('en-US').format(n);

test('imports exports, lists rejected rows, filters, searches and opens a raw record', async ({
  page,
  harness,
}) => {
  const dir = userFolder();
  await openLogReview(page, harness);
  await createCase(page, 'Mailbox access review');

  // A file with malformed rows: counted, listed with line numbers and reasons, the rest kept.
  await importFile(page, harness, join(SAMPLES_DIR, 'ual-bad-rows.csv'));
  await expect(page.getByTestId('import-outcome')).toHaveText(
    'Imported ual-bad-rows.csv: 2 of 5 records; 3 rejected.',
  );
  const badFile = page.locator('[data-file="ual-bad-rows.csv"]');
  await expect(badFile.getByTestId('file-summary')).toHaveText('5 read · 2 imported · 3 rejected');
  await badFile.getByRole('button', { name: 'Show 3 rejected rows of ual-bad-rows.csv' }).click();
  const rejects = page.getByRole('table', { name: /Rows of ual-bad-rows\.csv that were not/ });
  await expect(rejects.getByRole('row')).toHaveCount(4);
  await expect(rejects.getByRole('row').nth(1)).toContainText('3');
  await expect(rejects.getByRole('row').nth(1)).toContainText('The record is not valid JSON');
  await expect(rejects.getByRole('row').nth(2)).toContainText(
    'The time cannot be read: “yesterday”',
  );
  await expect(rejects.getByRole('row').nth(3)).toContainText(
    'The row does not fit the CSV structure (more cells than the header has)',
  );

  // An unknown file is refused, naming what it found.
  harness.dialogs.queueOpen(join(SAMPLES_DIR, 'not-a-log.csv'));
  await page.getByRole('button', { name: 'Import a file…' }).click();
  await expect(page.getByTestId('import-outcome')).toHaveText(
    'not-a-log.csv is not a log export this app knows. It begins with: Item,Quantity,Price',
  );

  // A bigger export: 2,000 rows more.
  await importFile(page, harness, writeUserFile(dir, 'audit.csv', ualCsv('current', 2000, 31)));
  await expect(viewCount(page)).toHaveText(`${format(2002)} of ${format(2002)} events`);
  await expect(eventRows(page).first()).toBeVisible();
  expect(await eventRows(page).count()).toBeLessThan(60);

  // A facet value filters, and the counts follow.
  const workload = page.getByRole('group', { name: 'Workload / service' });
  const exchange = workload.getByRole('checkbox', { name: /^Exchange/ });
  const exchangeCount = Number(
    ((await exchange.locator('..').locator('.facet-count').textContent()) ?? '').replace(/,/g, ''),
  );
  expect(exchangeCount).toBeGreaterThan(100);
  await exchange.check();
  await expect(viewCount(page)).toHaveText(`${format(exchangeCount)} of ${format(2002)} events`);
  await expect
    .poll(async () => new Set(await columnValues(page, 5)))
    .toEqual(new Set(['Exchange']));
  const failed = page
    .getByRole('group', { name: 'Result' })
    .getByRole('checkbox', { name: /^Failed/ });
  await failed.check();
  await expect(page.getByRole('button', { name: 'Remove filter Result: Failed' })).toBeVisible();
  await expect.poll(async () => new Set(await columnValues(page, 8))).toEqual(new Set(['Failed']));

  // Free text over every field, the raw JSON included, ignoring case.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(viewCount(page)).toHaveText(`${format(2002)} of ${format(2002)} events`);
  await page.getByLabel('Search every field, the raw record included').fill('"REPORT-12, Q"');
  await expect(
    page.getByRole('button', { name: 'Remove filter Text: "REPORT-12, Q"' }),
  ).toBeVisible();
  await expect(viewCount(page)).not.toHaveText(/^Counting/);
  const matches = Number(
    ((await viewCount(page).textContent()) ?? '').split(' ')[0]?.replace(/,/g, ''),
  );
  expect(matches).toBeGreaterThan(0);
  expect(matches).toBeLessThan(100);
  // Every row drawn holds the text (and some rows are drawn).
  await expect
    .poll(async () => {
      const objects = await columnValues(page, 6);
      return objects.length > 0 && objects.every((o) => o.toLowerCase().includes('report-12'));
    })
    .toBe(true);

  // The raw record is one click away, pretty-printed.
  await eventRows(page).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Original record' })).toBeVisible();
  const raw = (await dialog.locator('pre').textContent()) ?? '';
  const parsed = JSON.parse(raw) as { AuditData: { ObjectId: string } };
  expect(parsed.AuditData.ObjectId.toLowerCase()).toContain('report-12');
  expect(raw).toContain('\n  "AuditData": {\n');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('flags and annotates; the notes survive closing and reopening the case', async ({
  page,
  harness,
}) => {
  await openLogReview(page, harness);
  await createCase(page, 'Annotated case');
  await importFile(page, harness, join(SAMPLES_DIR, 'ual-current.csv'));
  await expect(viewCount(page)).toHaveText('5 of 5 events');

  await eventRows(page).nth(2).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Flag this event').check();
  await dialog.getByLabel('Tags (comma-separated)').fill('exfil, night');
  await dialog.getByLabel('Note').fill('=cmd downloaded the report at night');
  await dialog.getByRole('button', { name: 'Save notes' }).click();
  await expect(dialog.getByText('Saved.')).toBeVisible();
  const title = (await dialog.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Flagged only').check();
  await expect(viewCount(page)).toHaveText('1 of 5 events');
  await expect(eventRows(page).first().getByLabel('Flagged')).toBeVisible();
  await page.getByLabel('Tag').selectOption('night');

  await page.getByRole('button', { name: 'Close case' }).click();
  await page.getByRole('button', { name: 'Open Annotated case' }).first().click();
  await expect(page.getByTestId('case-name')).toHaveText('Annotated case');
  // The view was saved with the case: still flagged only, tag "night".
  await expect(page.getByRole('button', { name: 'Remove filter Flagged' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter Tag: night' })).toBeVisible();
  await expect(viewCount(page)).toHaveText('1 of 5 events');
  await eventRows(page).first().click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(dialog.getByLabel('Flag this event')).toBeChecked();
  await expect(dialog.getByLabel('Tags (comma-separated)')).toHaveValue('exfil, night');
  await expect(dialog.getByLabel('Note')).toHaveValue('=cmd downloaded the report at night');
});

test('exports the view and the flagged events, and the files read back', async ({
  page,
  harness,
}) => {
  const dir = userFolder();
  await openLogReview(page, harness);
  await createCase(page, 'Export case');
  await importFile(page, harness, join(SAMPLES_DIR, 'provider-events.csv'));
  await expect(viewCount(page)).toHaveText('5 of 5 events');
  await eventRows(page).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Flag this event').check();
  await dialog.getByLabel('Note').fill('@SUM(1) looks like a formula');
  await dialog.getByRole('button', { name: 'Save notes' }).click();
  await expect(dialog.getByText('Saved.')).toBeVisible();
  await page.keyboard.press('Escape');

  // The current view as CSV: every cell a spreadsheet would run starts with an apostrophe.
  const csvPath = join(dir, 'view.csv');
  harness.dialogs.queueSave(csvPath);
  await page.getByRole('button', { name: 'Export events…' }).click();
  await expect(page.getByText('Saved 5 events to view.csv.')).toBeVisible();
  const csv = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.data).toHaveLength(5);
  expect(csv.data.map((r) => r.actor)).toContain(`'=HYPERLINK("http://evil.example")`);
  expect(csv.data.find((r) => r.flagged === 'true')?.note).toBe(`'@SUM(1) looks like a formula`);
  for (const row of csv.data)
    for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@]/);

  // The flagged events as JSON lines.
  const jsonlPath = join(dir, 'flagged.jsonl');
  harness.dialogs.queueSave(jsonlPath);
  await page.getByRole('combobox', { name: 'Which events' }).selectOption('flagged');
  await page.getByRole('combobox', { name: 'Format' }).selectOption('jsonl');
  await page.getByRole('button', { name: 'Export events…' }).click();
  await expect(page.getByText('Saved 1 events to flagged.jsonl.')).toBeVisible();
  const lines = readFileSync(jsonlPath, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(1);
  const record = JSON.parse(lines[0] ?? '{}') as { note: string; raw: { id: string } };
  expect(record.note).toBe('@SUM(1) looks like a formula');
  expect(record.raw.id).toMatch(/^evt-/);

  // The case summary: imports with hashes, the view, flagged events with notes.
  const summaryPath = join(dir, 'summary.json');
  harness.dialogs.queueSave(summaryPath);
  await page.getByRole('combobox', { name: 'Case summary' }).selectOption('json');
  await page.getByRole('button', { name: 'Export case summary…' }).click();
  await expect(page.getByText(/Saved the case summary \(1 annotated events\)/)).toBeVisible();
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as {
    files: { name: string; sha256: string; rowsRead: number }[];
    annotatedEvents: { note: string; flagged: boolean }[];
  };
  expect(summary.files[0]).toMatchObject({ name: 'provider-events.csv', rowsRead: 5 });
  expect(summary.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(summary.annotatedEvents).toMatchObject([
    { flagged: true, note: '@SUM(1) looks like a formula' },
  ]);
});
