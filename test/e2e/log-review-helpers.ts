import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Harness } from '../harness/host';
import { expect } from './fixtures';

/** A folder for the files the "user" imports and exports in one test. */
export function userFolder(): string {
  return mkdtempSync(join(tmpdir(), 'pcc-e2e-logs-'));
}

export function writeUserFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Opens the section with no case open (tests share one harness, which keeps the last one). */
export async function openLogReview(page: Page, harness: Harness): Promise<void> {
  await page.goto(`${harness.url}/#/log-review`);
  const newCase = page.getByRole('heading', { name: 'New case' });
  const close = page.getByRole('button', { name: 'Close case' });
  await expect(newCase.or(close)).toBeVisible();
  if (await close.isVisible()) await close.click();
  await expect(newCase).toBeVisible();
}

export async function createCase(page: Page, name: string): Promise<void> {
  await page.getByLabel('Case name').fill(name);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-name')).toHaveText(name);
}

/** Imports `path` as the user would (the file dialog answers with it) and waits for the end. */
export async function importFile(page: Page, harness: Harness, path: string): Promise<void> {
  harness.dialogs.queueOpen(path);
  await page.getByRole('button', { name: 'Import a file…' }).click();
  await expect(page.getByTestId('import-outcome')).toContainText(basename(path), {
    timeout: 60_000,
  });
}

export function viewCount(page: Page) {
  return page.getByTestId('view-count');
}

export function eventRows(page: Page) {
  return page.getByRole('grid', { name: 'Events' }).locator('[role="row"][data-event-id]');
}

/** The text of the `column`-th cell (0 = flag) of every rendered data row. */
export async function columnValues(page: Page, column: number): Promise<string[]> {
  return eventRows(page).evaluateAll(
    (rows, index) =>
      rows.map((row) => row.querySelectorAll('[role="gridcell"]')[index]?.textContent ?? ''),
    column,
  );
}
