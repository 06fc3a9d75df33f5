import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDataDir, startTestProvider, type TestProvider } from './support/test-provider';

let running: TestProvider | undefined;
afterEach(async () => {
  await running?.dispose();
  running = undefined;
});

describe('a named demo tenant', () => {
  it('serves the name and seed it was created with, and keeps them across restarts', async () => {
    const dataDir = makeDataDir();
    const first = await startTestProvider({
      dataDir,
      seed: 7,
      demo: { eventCount: 500, tenantName: 'Fabrikam Nordics' },
    });
    const tenant = await first.api<{ id: string; displayName: string }>('GET', '/v1/tenant');
    expect(tenant.body).toMatchObject({ id: 'tenant-00000007', displayName: 'Fabrikam Nordics' });
    const me = await first.api<{ subject: string }>('GET', '/v1/me');
    expect(me.body.subject).toBe('admin@fabrikam-nordics.example');
    await first.stop();
    expect(JSON.parse(readFileSync(join(dataDir, 'demo.json'), 'utf8'))).toMatchObject({
      tenantName: 'Fabrikam Nordics',
    });
    // A later start with other options keeps the folder's tenant.
    running = await startTestProvider({ dataDir, demo: { eventCount: 500, tenantName: 'Other' } });
    const again = await running.api<{ displayName: string }>('GET', '/v1/tenant');
    expect(again.body.displayName).toBe('Fabrikam Nordics');
  });

  it('is Contoso Europe unless named', async () => {
    running = await startTestProvider();
    const tenant = await running.api<{ displayName: string }>('GET', '/v1/tenant');
    expect(tenant.body.displayName).toBe('Contoso Europe');
  });
});
