// A push interrupted by killing the host (kill -9, mid-push), then resumed after a restart on
// the same data folder: each change must be applied exactly once, read back from the provider.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { labelOf, otherValue, providerApi, stage, type Setting } from './settings-fixtures';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
  readonly providerUrl: string;
  readonly adminToken: string;
}

/** The harness CLI as its own process (one process: node with tsx's loader, no wrapper). */
async function startChild(dataDir: string): Promise<Child> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/harness/cli.ts',
      '--data',
      dataDir,
      '--faults',
      '--demo-events',
      '1000',
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the harness did not start: ${stderr}`));
    }, 60_000);
    lines.on('line', (line) => {
      if (line.startsWith('harness-ready ')) {
        clearTimeout(timer);
        resolve(line.slice('harness-ready '.length));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the harness exited (${String(code)}): ${stderr}`));
    });
  });
  const info = JSON.parse(ready) as {
    url: string;
    providerUrl: string;
    tokens: { admin: string };
  };
  return {
    process: child,
    url: info.url,
    providerUrl: info.providerUrl,
    adminToken: info.tokens.admin,
  };
}

function killHard(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.once('exit', () => {
      resolve();
    });
    child.process.kill('SIGKILL');
  });
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stageThree(page: Page, settings: readonly Setting[]): Promise<Setting[]> {
  const chosen = settings.slice(0, 3);
  for (const setting of chosen) await stage(page, setting, otherValue(setting));
  return chosen;
}

async function storedPushStatus(dataDir: string): Promise<string> {
  const stored = JSON.parse(await readFile(join(dataDir, 'app', 'settings-push.json'), 'utf8')) as {
    push: { status: string };
  };
  return stored.push.status;
}

/** After the restart: the prompt at start, "Complete the push", the per-setting results. */
async function resume(browser: Browser, child: Child, chosen: readonly Setting[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(child.url);
  const prompt = page.getByRole('dialog', { name: 'Unfinished push' });
  await expect(prompt).toContainText('A push of 3 changes');
  await expect(prompt).toContainText('may or may not have reached the provider');
  for (const setting of chosen) await expect(prompt).toContainText(setting.id);
  await prompt.getByRole('button', { name: 'Complete the push' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  const results = page.getByTestId('push-results');
  for (const setting of chosen) {
    const row = results.locator(`tr[data-setting-id="${setting.id}"]`);
    await expect(row.locator('[data-result]')).toHaveText('Applied');
    await expect(row.locator('td').nth(1)).toHaveText(labelOf(setting, otherValue(setting)));
  }
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('staged-count')).toHaveText('No changes staged.');
  await context.close();
  expect(errors).toEqual([]);
}

for (const when of [
  'before the provider committed',
  'after the commit, its answer lost',
] as const) {
  test(`a push killed ${when} resumes after a restart, each change applied exactly once`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const dataDir = await mkdtemp(join(tmpdir(), 'pcc-crash-'));
    let child: Child | null = await startChild(dataDir);
    try {
      const api = providerApi(child.providerUrl, child.adminToken);
      const settings = await api.settings();
      const before = (await api.history()).length;
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${child.url}/#/settings`);
      await expect(page.getByTestId('settings-catalogue')).toBeVisible();
      const chosen = await stageThree(page, settings);
      await page.getByRole('button', { name: 'Review changes' }).click();
      const dialog = page.getByTestId('review-dialog');
      await expect(dialog.getByTestId('review-table')).toBeVisible();

      // A slow provider; in the second case the first attempt commits and loses its answer,
      // and the host dies while the retry (same key) is on its way.
      await api.setFaults({
        latencyMs: 3_000,
        ...(when === 'before the provider committed' ? {} : { dropConnectionAfterCommit: 1 }),
      });
      await dialog.getByRole('button', { name: 'Confirm and push 3 changes' }).click();
      await expect(dialog.getByTestId('push-status')).toContainText('Sending 3 changes');
      if (when === 'before the provider committed') {
        expect(await storedPushStatus(dataDir)).toBe('sending');
      } else {
        await until(async () => (await api.history()).length >= before + 3);
        await expect(dialog.getByTestId('push-status')).toContainText('attempt 2');
      }
      await context.close();
      await killHard(child);
      child = null;
      expect(['sending', 'waiting-retry']).toContain(await storedPushStatus(dataDir));

      child = await startChild(dataDir);
      await resume(browser, child, chosen);

      // Read back from the provider: one history entry per change, the values as pushed.
      const after = providerApi(child.providerUrl, child.adminToken);
      const history = await after.history();
      expect(history.length).toBe(before + 3);
      for (const setting of chosen) {
        expect(history.filter((h) => h.settingId === setting.id)).toHaveLength(1);
        expect((await after.setting(setting.id)).currentValue).toBe(otherValue(setting));
      }
    } finally {
      if (child !== null) await killHard(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
}
