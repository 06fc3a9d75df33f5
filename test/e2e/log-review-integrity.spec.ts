// Signed provider exports, checked offline: a real export from the embedded provider (its
// file and signed manifest, as the API serves them), trusted through the app's "save the
// provider's key", then imported intact and tampered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness } from '../harness/host';
import { expect, test } from './fixtures';
import {
  createCase,
  importFile,
  openLogReview,
  userFolder,
  writeUserFile,
} from './log-review-helpers';

async function providerExport(harness: Harness): Promise<{ file: Buffer; manifest: string }> {
  const token = harness.provider.tokens.admin;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const to = new Date();
  const from = new Date(to.getTime() - 3 * 24 * 60 * 60 * 1000);
  const created = await fetch(`${harness.provider.url}/v1/exports`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ from: from.toISOString(), to: to.toISOString(), format: 'jsonl' }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const file = Buffer.from(
    await (await fetch(`${harness.provider.url}/v1/exports/${id}/file`, { headers })).arrayBuffer(),
  );
  const manifest = await (
    await fetch(`${harness.provider.url}/v1/exports/${id}/manifest`, { headers })
  ).text();
  return { file, manifest };
}

test('a signed provider export is verified, and a tampered one reported as tampered', async ({
  page,
  harness,
}) => {
  const dir = userFolder();
  const { file, manifest } = await providerExport(harness);
  expect(file.length).toBeGreaterThan(1000);
  const intact = writeUserFile(dir, 'access-events.jsonl', file);
  writeUserFile(dir, 'access-events.jsonl.manifest.json', manifest);
  // One event's result changed from what the provider signed.
  const text = file.toString('utf8');
  const edited = text.replace('"result":"denied"', '"result":"success"');
  expect(edited).not.toBe(text);
  const tampered = writeUserFile(dir, 'tampered.jsonl', edited);
  writeUserFile(dir, 'tampered.jsonl.manifest.json', manifest);

  await openLogReview(page, harness);
  await createCase(page, 'Provider export check');
  // Tests share one app data folder: start with no trusted key.
  const keys = page.getByRole('region', { name: 'Trusted export keys' });
  const removeButtons = keys.getByRole('button', { name: /^Remove key / });
  await expect(keys.getByText('No key is trusted yet.').or(removeButtons.first())).toBeVisible();
  while ((await removeButtons.count()) > 0) await removeButtons.first().click();
  await expect(keys.getByText('No key is trusted yet.')).toBeVisible();

  // Before the key is trusted the export cannot be verified: "Not verified", naming the key.
  await importFile(page, harness, intact);
  const first = page.locator('[data-file="access-events.jsonl"]');
  await expect(first.locator('.badge')).toHaveText('Not verified');
  await expect(first).toContainText('which this app does not trust yet');

  // Save the connected provider's key; it is listed with its fingerprint.
  await keys.getByRole('button', { name: 'Save the connected provider’s key' }).click();
  const publicKey = (await (
    await fetch(`${harness.provider.url}/v1/exports/public-key`)
  ).json()) as { keyId: string };
  await expect(keys.locator('code', { hasText: publicKey.keyId })).toBeVisible();
  await expect(keys.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)).toBeVisible();

  // Checked again offline with the saved key: verified, saying what was checked.
  await first.getByRole('button', { name: 'Check access-events.jsonl again' }).click();
  await expect(first.locator('.badge')).toHaveText('Verified');
  await expect(first).toContainText(`verifies with the trusted key ${publicKey.keyId}`);
  await expect(first).toContainText('SHA-256 matches the hash it signs');

  await importFile(page, harness, tampered);
  const second = page.locator('[data-file="tampered.jsonl"]');
  await expect(second.locator('.badge')).toHaveText('Tampered');
  await expect(second).toContainText('the file was changed');
  const manifestSha = (
    JSON.parse(readFileSync(join(dir, 'tampered.jsonl.manifest.json'), 'utf8')) as {
      sha256: string;
    }
  ).sha256;
  await expect(second.locator('code').first()).not.toHaveText(manifestSha);
});
