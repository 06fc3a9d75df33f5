// What the page may and may not do, in Chromium against the harness: the CSP it is served
// with, no Node in the page, and links out of the app going through links:open-external.
import { homepageUrl } from '../../shared/app-links';
import { buildCsp } from '../../shared/security/csp';
import { expect, test, waitForFigures } from './fixtures';

test('the page is served with the app’s Content Security Policy, and it is enforced', async ({
  page,
  harness,
  pageErrors,
}) => {
  const response = await page.goto(harness.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toBe(buildCsp({ connectSelf: true }));
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await waitForFigures(page);
  // A request to another origin and an injected inline script are both refused.
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.effectiveDirective);
    });
    const fetched = await fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    );
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran";';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { fetched, injected: document.body.dataset.injected ?? 'blocked', violations };
  });
  expect(outcome).toEqual({
    fetched: 'blocked',
    injected: 'blocked',
    violations: ['connect-src', 'script-src-elem'],
  });
  // Chromium reports each refusal on the console; those two are the point of this test.
  const expected = /Content Security Policy/;
  const unexpected = pageErrors.filter((line) => !expected.test(line));
  pageErrors.splice(0, pageErrors.length, ...unexpected);
});

test('the page sees the bridge and nothing of Node or Electron', async ({ page, harness }) => {
  await page.goto(harness.url);
  await waitForFigures(page);
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    const pcc = scope.pcc as Record<string, Record<string, unknown>> | undefined;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      electron: typeof scope.electron,
      ipcRenderer: typeof scope.ipcRenderer,
      pcc: typeof pcc,
      onCommand: typeof pcc?.menu?.onCommand,
      genericOn: typeof pcc?.menu?.on,
      invoke: typeof (pcc as Record<string, unknown> | undefined)?.invoke,
      frozen: Object.isFrozen(pcc),
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    electron: 'undefined',
    ipcRenderer: 'undefined',
    pcc: 'object',
    onCommand: 'function',
    genericOn: 'undefined',
    invoke: 'undefined',
    frozen: true,
  });
});

test('a link to another site does not navigate: it goes to the system browser through links:open-external', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/preferences`);
  const before = page.url();
  const opened = harness.openedExternal.length;
  await page.getByRole('link', { name: 'Project website' }).click();
  await expect.poll(() => harness.openedExternal.slice(opened)).toEqual([homepageUrl]);
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preferences');
  // A link of another scheme goes nowhere at all.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'http://example.com/';
    link.textContent = 'plain http';
    document.querySelector('main')?.append(link);
  });
  await page.getByRole('link', { name: 'plain http' }).click();
  expect(page.url()).toBe(before);
  expect(harness.openedExternal.slice(opened)).toEqual([homepageUrl]);
});
