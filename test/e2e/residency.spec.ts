import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { providerLocations } from './access-provider';
import { chooseTheme, resetTheme, seriousViolations } from './page-helpers';

test.afterEach(async ({ harnessUrl }) => {
  await resetTheme(harnessUrl);
});

async function openResidency(page: import('@playwright/test').Page, url: string) {
  await page.goto(`${url}/#/data-residency`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data residency');
  await expect(page.locator('tr[data-location]').first()).toBeVisible();
}

test('map and table show every location, the out-of-commitment ones flagged', async ({
  page,
  harness,
}) => {
  const locations = await providerLocations(harness);
  const outside = locations.filter((l) => !l.inCommitment);
  expect(outside.length).toBeGreaterThan(0);
  await openResidency(page, harness.url);

  await expect(page.getByTestId('residency-total')).toHaveText(String(locations.length));
  await expect(page.getByTestId('residency-flagged')).toHaveText(String(outside.length));
  const table = page.getByRole('table', { name: 'Where each data category of each service lives' });
  await expect(table.locator('tbody tr')).toHaveCount(locations.length);
  await expect(table.locator('tr[data-flagged="true"]')).toHaveCount(outside.length);
  for (const location of outside) {
    const row = table.locator(`tr[data-location="${location.id}"]`);
    await expect(row).toHaveAttribute('data-flagged', 'true');
    // Said in words, not only in colour: the badge and the provider's own reason.
    await expect(row).toContainText('Outside');
    await expect(row).toContainText(`Provider’s reason: ${location.outOfCommitmentReason ?? ''}`);
  }
  const inside = locations.find((l) => l.inCommitment);
  await expect(table.locator(`tr[data-location="${inside?.id ?? ''}"]`)).toContainText('Inside');

  // One marker per datacenter city; flagged cities are triangles with a label, others circles.
  const map = page.getByRole('img', { name: 'World map of datacenter locations' });
  await expect(map).toHaveAttribute('data-countries', 'drawn');
  const flaggedCities = new Set(outside.flatMap((l) => l.cities.map((c) => c.name)));
  const allCities = new Set(locations.flatMap((l) => l.cities.map((c) => c.name)));
  await expect(map.locator('.map-marker')).toHaveCount(allCities.size);
  for (const city of allCities) {
    const marker = map.locator(`.map-marker[data-city="${city}"]`);
    const flagged = flaggedCities.has(city);
    await expect(marker).toHaveAttribute('data-flagged', String(flagged));
    await expect(marker.locator(flagged ? 'path' : 'circle')).toHaveCount(1);
    if (flagged) await expect(marker.locator('text')).toHaveText(city);
  }
  // Small territories show: their markers have a real size on screen.
  for (const city of ['Singapore', 'Hong Kong']) {
    expect(flaggedCities.has(city), city).toBe(true);
    const box = await map.locator(`.map-marker[data-city="${city}"] path`).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(8);
  }
  // The map draws the country shapes from the bundled atlas (1:50m keeps Singapore).
  await expect.poll(() => map.locator('.map-country').count()).toBeGreaterThan(200);
});

test('the service, category and flagged choices narrow the map and the table together', async ({
  page,
  harness,
}) => {
  const locations = await providerLocations(harness);
  await openResidency(page, harness.url);
  await page.getByLabel('Only locations outside the commitment').check();
  const outside = locations.filter((l) => !l.inCommitment);
  await expect(page.locator('tbody tr[data-location]')).toHaveCount(outside.length);
  const cities = new Set(outside.flatMap((l) => l.cities.map((c) => c.name)));
  await expect(page.locator('.map-marker')).toHaveCount(cities.size);
  await expect(page.locator('.map-marker[data-flagged="false"]')).toHaveCount(0);

  await page.getByLabel('Only locations outside the commitment').uncheck();
  await page.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'Search' });
  await page
    .getByRole('combobox', { name: 'Data category' })
    .selectOption({ label: 'Service-generated data' });
  const chosen = locations.filter(
    (l) => l.service === 'search' && l.category === 'service-generated',
  );
  await expect(page.locator('tbody tr[data-location]')).toHaveCount(chosen.length);
  await expect(
    page.getByText(`Showing ${String(chosen.length)} of ${String(locations.length)} locations.`),
  ).toBeVisible();
  await expect(page.locator('.map-marker[data-city="Singapore"]')).toHaveCount(1);
  await expect(page.locator('.map-marker[data-city="Dublin"]')).toHaveCount(
    chosen.some((l) => l.cities.some((c) => c.name === 'Dublin')) ? 1 : 0,
  );
});

test('the residency report is written as CSV and as a printable page, and reads back', async ({
  page,
  harness,
}) => {
  const locations = await providerLocations(harness);
  const outside = locations.filter((l) => !l.inCommitment);
  await openResidency(page, harness.url);

  const csvPath = join(harness.dataDir, 'residency-report.csv');
  harness.dialogs.queueSave(csvPath);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText('Saved residency-report.csv.')).toBeVisible();
  const csv = Papa.parse<Record<string, string>>(await readFile(csvPath, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(locations.length);
  const flaggedRows = csv.data.filter((r) => r.status === 'flagged');
  expect(flaggedRows.map((r) => r.locationId).sort()).toEqual(outside.map((l) => l.id).sort());
  const snapshotAt = await page.locator('time').first().getAttribute('datetime');
  for (const row of csv.data) {
    expect(row).toMatchObject({ tenant: 'Contoso Europe', commitment: 'EU Data Boundary' });
    expect(row.snapshotAt).toBe(snapshotAt);
  }

  const htmlPath = join(harness.dataDir, 'residency-report.html');
  harness.dialogs.queueSave(htmlPath);
  await page.getByRole('button', { name: 'Export printable page (HTML)' }).click();
  await expect(page.getByText('Saved residency-report.html.')).toBeVisible();
  const html = await readFile(htmlPath, 'utf8');
  expect(html).toContain('Contoso Europe');
  expect(html).toContain('EU Data Boundary');
  expect(html).toContain(snapshotAt ?? 'no snapshot time');
  expect(html).toContain(`Flagged locations (${String(outside.length)})`);
  for (const l of outside) expect(html).toContain(l.outOfCommitmentReason ?? 'no reason');

  // The printable page renders on its own, with no script and nothing fetched.
  const report = await page.context().newPage();
  await report.setContent(html);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    'Data residency report: Contoso Europe',
  );
  await expect(report.locator('.flag')).toHaveCount(outside.length);
  await report.close();

  harness.dialogs.queueSave(null);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText('Export cancelled: no file was written.')).toBeVisible();
});

test('axe finds no serious or critical violation on the residency view, light and dark', async ({
  page,
  harness,
}) => {
  await openResidency(page, harness.url);
  await expect(
    page.getByRole('img', { name: 'World map of datacenter locations' }),
  ).toHaveAttribute('data-countries', 'drawn');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), `axe, ${theme} theme`).toEqual([]);
  }
});

test('the keyboard reaches the residency controls', async ({ page, harness }) => {
  await openResidency(page, harness.url);
  const wanted = [
    page.getByRole('button', { name: 'Export CSV' }),
    page.getByRole('button', { name: 'Export printable page (HTML)' }),
    page.getByRole('combobox', { name: 'Service' }),
    page.getByRole('combobox', { name: 'Data category' }),
    page.getByLabel('Only locations outside the commitment'),
    page.getByRole('region', { name: 'Where each data category of each service lives' }),
  ];
  await page.getByRole('button', { name: 'Refresh' }).focus();
  for (const control of wanted) {
    let reached = false;
    for (let i = 0; i < 10 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await control.evaluate((el) => el === document.activeElement);
    }
    expect(reached, await control.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true);
  }
  await page.getByLabel('Only locations outside the commitment').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Only locations outside the commitment')).toBeChecked();
});
