import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startProviderServer, type RunningProvider } from '../../electron/provider/server';
import { expect } from './fixtures';

export interface SecondProvider {
  readonly provider: RunningProvider;
  close(): Promise<void>;
}

/** A standalone provider with its own data folder and its own tenant, as a second connection. */
export async function startSecondProvider(): Promise<SecondProvider> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pcc-e2e-second-'));
  const provider = await startProviderServer({
    dataDir,
    port: 0,
    seed: 7,
    demo: { eventCount: 3000, tenantName: 'Fabrikam Nordics' },
    deviceFlow: { intervalSeconds: 1 },
  });
  return {
    provider,
    close: async () => {
      await provider.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every file under a folder, read whole: what an attacker with the disk would see. */
export async function everyFile(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, await readFile(path));
  }
  return files;
}

/** Fails naming the file if any token appears anywhere on disk (as UTF-8, in any file). */
export async function expectNoTokenOnDisk(dir: string, tokens: readonly string[]): Promise<void> {
  expect(tokens.length).toBeGreaterThan(0);
  const files = await everyFile(dir);
  expect(files.size).toBeGreaterThan(0);
  const found: string[] = [];
  for (const [path, content] of files) {
    for (const token of tokens) if (content.includes(token)) found.push(path);
  }
  expect(found, 'files holding a token').toEqual([]);
}

export async function openConnections(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Connections' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connections');
}

export async function addConnection(page: Page, url: string, name: string): Promise<void> {
  await page.getByLabel('Provider address').fill(url);
  await page.getByLabel('Name (optional)').fill(name);
  await page.getByRole('button', { name: 'Add connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} was added` })).toBeVisible();
}

export const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
