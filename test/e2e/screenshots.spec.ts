// The README's screenshots: every main view in light and dark, written to docs/screenshots by
// this spec alone, so they are retaken whenever the suite runs and cannot go stale. Each view
// is reached as a user would and checked for real content before it is photographed, so a
// broken view fails here instead of ending up in the README.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SAMPLES_DIR } from '../fixtures/logs/samples';
import { ualCsv } from '../fixtures/logs/ual-generator';
import { startHarness, type Harness } from '../harness/host';
import { card } from './connection-helpers';
import { expect, test, waitForFigures } from './fixtures';
import {
  createCase,
  eventRows,
  importFile,
  openLogReview,
  userFolder,
  viewCount,
  writeUserFile,
} from './log-review-helpers';
import { chooseTheme } from './page-helpers';

// Fixed here, not only in the config, so the README's images keep one size.
test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

// A harness of its own: the worker's shared one carries whatever earlier specs did to it
// (requests decided, cases left open, settings pushed), and the pictures should show the demo
// tenant as a new user first sees it, whichever specs ran before.
let harness: Harness;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  harness = await startHarness();
});
test.afterAll(async () => {
  await harness.close();
});

interface View {
  /** The file name under docs/screenshots, without `.png` (dark adds `-dark`). */
  readonly file: string;
  /** Brings the page to the view with its content in, as a user would get there. */
  open(page: Page): Promise<void>;
  /** What must be on screen, checked again in each theme just before the shot. */
  check(page: Page): Promise<void>;
  /**
   * The part of a long page the picture is about, scrolled to the top of the window (the map,
   * the chart and table below the alerts...); the top of the page when absent.
   */
  frame?(page: Page): Locator;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** From the overview, through the section nav, as in the nav test of overview.spec.ts. */
async function viaNav(page: Page, label: string): Promise<void> {
  await page.goto(harness.url);
  await waitForFigures(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: label, exact: true }).click();
  await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(h1(page)).toHaveText(label);
}

/**
 * Nothing still loading: the screens mark their pending reads with aria-busy, and a lazily
 * loaded screen shows "Checking…" until its code is in.
 */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('main').getByText('Checking…', { exact: true })).toHaveCount(0);
}

const views: readonly View[] = [
  {
    file: 'overview',
    open: async (page) => {
      await page.goto(harness.url);
      await waitForFigures(page);
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Contoso Europe');
      await expect(page.locator('.facts')).toContainText('EU Data Boundary');
      await expect(page.locator('[data-count="accessEventsLast30Days"] .count-value')).toHaveText(
        /^\d{1,3}(,\d{3})+$/,
      );
      const alerts = page.getByRole('region', { name: 'Access alerts' });
      await expect(alerts.locator('.alert-item').first()).toBeVisible();
    },
  },
  {
    file: 'settings',
    open: async (page) => {
      await viaNav(page, 'Settings');
      await expect(page.getByTestId('settings-catalogue')).toBeVisible();
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Settings');
      await expect(page.getByTestId('settings-shown')).toHaveText(
        /^([1-9]\d*) of \1 settings shown$/,
      );
      await expect(
        page.getByRole('heading', { level: 2, name: /^Operating system \(\d+\)$/ }),
      ).toBeVisible();
      await expect(page.locator('tr[data-setting-id]').first()).toBeVisible();
    },
  },
  {
    file: 'data-residency',
    open: async (page) => {
      await viaNav(page, 'Data residency');
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Data residency');
      const map = page.getByRole('img', { name: 'World map of datacenter locations' });
      await expect(map).toHaveAttribute('data-countries', 'drawn');
      await expect.poll(() => map.locator('.map-country').count()).toBeGreaterThan(200);
      await expect(map.locator('.map-marker[data-flagged="true"]').first()).toBeVisible();
      await expect(page.getByTestId('residency-flagged')).toHaveText(/^[1-9]\d*$/);
      await expect(page.locator('tr[data-location]').first()).toBeVisible();
    },
    frame: (page) => page.getByRole('group', { name: 'Show', exact: true }),
  },
  {
    file: 'access-events',
    open: async (page) => {
      await viaNav(page, 'Access events');
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Access events');
      await expect(page.locator('.events-canvas [role="row"][data-event]').first()).toBeVisible();
      await expect(page.getByTestId('events-loaded')).toHaveText(
        /^Showing 100 of [\d,]+ events; more load as you scroll\.$/,
      );
      await expect(page.getByTestId('timeline-total')).toHaveText(
        /^[\d,]+ events match the filters\.$/,
      );
      // The chart has drawn its bars, not only its axes.
      await expect
        .poll(() => page.locator('.timeline .recharts-bar-rectangle').count())
        .toBeGreaterThan(100);
      await expect(page.locator('.alert-item').first()).toBeVisible();
    },
    frame: (page) => page.getByRole('form', { name: 'Filter the events' }),
  },
  {
    file: 'access-requests',
    open: async (page) => {
      await viaNav(page, 'Access requests');
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Access requests');
      await expect(page.getByRole('heading', { name: /^Pending \([1-9]\d*\)$/ })).toBeVisible();
      const first = page.locator('article[data-request]').first();
      await expect(first.getByRole('button', { name: /^Approve / })).toBeVisible();
      await expect(first.getByTestId('time-left')).toHaveText(/left$/);
      const decided = page.getByRole('table', { name: 'Decided access requests, newest first' });
      await expect(decided.locator('tbody tr').first()).toBeVisible();
    },
  },
  {
    file: 'log-review',
    open: async (page) => {
      await openLogReview(page, harness);
      await createCase(page, 'Mailbox access review');
      // A committed sample, then a bigger export so the histogram and facets have a shape.
      await importFile(page, harness, join(SAMPLES_DIR, 'ual-current.csv'));
      const audit = writeUserFile(userFolder(), 'audit.csv', ualCsv('current', 2000, 31));
      await importFile(page, harness, audit);
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Log review');
      await expect(page.getByTestId('case-name')).toHaveText('Mailbox access review');
      await expect(page.locator('[data-file="ual-current.csv"]')).toBeVisible();
      await expect(page.locator('[data-file="audit.csv"]')).toBeVisible();
      await expect(viewCount(page)).toHaveText(/^2,0\d\d of 2,0\d\d events$/);
      await expect(eventRows(page).first()).toBeVisible();
      const workload = page.getByRole('group', { name: 'Workload / service' });
      await expect(workload.getByRole('checkbox', { name: /^Exchange/ })).toBeVisible();
    },
    frame: (page) => page.getByRole('heading', { name: 'Imported files' }),
  },
  {
    file: 'connections',
    open: async (page) => {
      await viaNav(page, 'Connections');
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Connections');
      const embedded = card(page, 'Embedded demo provider');
      await expect(embedded).toContainText('Contoso Europe');
      await expect(embedded).toContainText('Administrator');
      await expect(page.getByLabel('Provider address')).toBeVisible();
    },
  },
  {
    file: 'preferences',
    open: async (page) => {
      // The import above is listed under recent files with its temporary path: not for the README.
      harness.recentFiles.clear();
      await page.goto(harness.url);
      await waitForFigures(page);
      await page.getByRole('link', { name: 'Preferences' }).click();
    },
    check: async (page) => {
      await expect(h1(page)).toHaveText('Preferences');
      await expect(page.getByRole('radio', { name: 'Same as the system (English)' })).toBeChecked();
      await expect(page.getByText('No recently opened log files or change plans.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Export diagnostics…' })).toBeVisible();
    },
  },
];

for (const view of views) {
  test(`screenshot of ${view.file}, light and dark`, async ({ page }) => {
    await view.open(page);
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      await settled(page);
      await view.check(page);
      await view.frame?.(page).evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        // The document scrolls (not the main pane): leave a little room above the control.
        window.scrollBy(0, -24);
      });
      // The pointer rests on the link or button it last clicked: move it off, so no hover shows.
      await page.mouse.move(0, 0);
      await page.screenshot({
        path: `docs/screenshots/${view.file}${theme === 'dark' ? '-dark' : ''}.png`,
        animations: 'disabled',
        caret: 'hide',
      });
    }
  });
}
