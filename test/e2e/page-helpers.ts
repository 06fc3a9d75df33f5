import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export async function chooseTheme(page: Page, theme: 'system' | 'light' | 'dark') {
  await page.getByLabel('Theme').selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Leaves the page before a harness it talks to stops: the app keeps reading in the background
 * (alerts, notifier, log cases), and reads refused by a stopped harness are logged as console
 * errors that belong to the test's teardown, not to the app.
 */
export async function leavePage(page: Page): Promise<void> {
  if (!page.isClosed()) await page.goto('about:blank');
}

/** axe's serious and critical findings against WCAG 2.0/2.1 A and AA, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Tests share one harness: put the theme back through the same IPC route the page uses. */
export async function resetTheme(harnessUrl: string): Promise<void> {
  const response = await fetch(`${harnessUrl}/__ipc/preferences:set-theme`, {
    method: 'POST',
    headers: { origin: harnessUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ payload: { theme: 'system' } }),
  });
  expect(await response.json()).toMatchObject({ ok: true, value: { theme: 'system' } });
}

/** Like resetTheme, for the language choice (Preferences). */
export async function resetLanguage(harnessUrl: string): Promise<void> {
  const response = await fetch(`${harnessUrl}/__ipc/preferences:set-language`, {
    method: 'POST',
    headers: { origin: harnessUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ payload: { language: 'system' } }),
  });
  expect(await response.json()).toMatchObject({ ok: true, value: { language: 'system' } });
}
