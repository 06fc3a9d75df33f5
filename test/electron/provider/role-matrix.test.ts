import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../electron/provider/auth';
import type { AccessRequest, Export, Schemas, Setting } from '../../../electron/provider/types';
import { startTestProvider, type TestProvider } from './support/test-provider';

/*
 * Role matrix: every role against every endpoint, expected 2xx or 403, and a 403 on anything
 * that writes leaves the provider exactly as it was. Every response is validated against the
 * OpenAPI document by the api helper.
 */
const ROLES: readonly Role[] = ['admin', 'helpdesk', 'auditor'];

type Prepared = { path: string; body?: unknown; headers?: Record<string, string> };
type Row = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  name: string;
  allowed: readonly Role[];
  writes: boolean;
  prepare: () => Prepared | Promise<Prepared>;
};

let t: TestProvider;
let exportId: string;
let pendingIds: string[];
let keyCounter = 0;

async function settingToChange(): Promise<{ setting: Setting; value: string }> {
  const page = await t.api<Schemas['SettingPage']>('GET', '/v1/settings?limit=200');
  const setting = page.body.items[0];
  if (setting === undefined) throw new Error('demo has no settings');
  const value = setting.values.find((v) => v.value !== setting.currentValue)?.value;
  if (value === undefined) throw new Error('setting has one value');
  return { setting, value };
}

async function fingerprint(): Promise<string> {
  const settings = await t.api<Schemas['SettingPage']>('GET', '/v1/settings?limit=200');
  const history = await t.api('GET', '/v1/settings/history?limit=1000');
  const requests = await t.api('GET', '/v1/access-requests?limit=200');
  const summary = await t.api('GET', '/v1/access-events/summary');
  const files = readdirSync(join(t.dataDir, 'exports')).sort();
  return JSON.stringify([settings.body, history.body, requests.body, summary.body, files]);
}

const ALL = ROLES;
const READERS: readonly Role[] = ['admin', 'helpdesk'];
const ADMIN: readonly Role[] = ['admin'];

const rows: Row[] = [
  {
    method: 'GET',
    name: '/v1/me',
    allowed: ALL,
    writes: false,
    prepare: () => ({ path: '/v1/me' }),
  },
  {
    method: 'GET',
    name: '/v1/tenant',
    allowed: ALL,
    writes: false,
    prepare: () => ({ path: '/v1/tenant' }),
  },
  {
    method: 'GET',
    name: '/v1/data-locations',
    allowed: READERS,
    writes: false,
    prepare: () => ({ path: '/v1/data-locations' }),
  },
  {
    method: 'GET',
    name: '/v1/settings',
    allowed: READERS,
    writes: false,
    prepare: () => ({ path: '/v1/settings' }),
  },
  {
    method: 'GET',
    name: '/v1/settings/{id}',
    allowed: READERS,
    writes: false,
    prepare: async () => ({ path: `/v1/settings/${(await settingToChange()).setting.id}` }),
  },
  {
    method: 'GET',
    name: '/v1/settings/history',
    allowed: READERS,
    writes: false,
    prepare: () => ({ path: '/v1/settings/history' }),
  },
  {
    method: 'PATCH',
    name: '/v1/settings',
    allowed: ADMIN,
    writes: true,
    prepare: async () => {
      const { setting, value } = await settingToChange();
      keyCounter += 1;
      return {
        path: '/v1/settings',
        headers: { 'Idempotency-Key': `role-matrix-${keyCounter}` },
        body: { changes: [{ id: setting.id, value, ifMatch: setting.version }] },
      };
    },
  },
  {
    method: 'POST',
    name: '/v1/change-plans/attestations',
    // The roles that may prepare plans; signing writes nothing.
    allowed: READERS,
    writes: false,
    prepare: async () => ({
      path: '/v1/change-plans/attestations',
      body: {
        tenantId: (await t.api<Schemas['Me']>('GET', '/v1/me')).body.tenantId,
        digest: 'ab'.repeat(32),
      },
    }),
  },
  {
    method: 'GET',
    name: '/v1/access-events',
    allowed: ALL,
    writes: false,
    prepare: () => ({ path: '/v1/access-events?limit=5' }),
  },
  {
    method: 'GET',
    name: '/v1/access-events/summary',
    allowed: ALL,
    writes: false,
    prepare: () => ({ path: '/v1/access-events/summary' }),
  },
  {
    method: 'GET',
    name: '/v1/access-requests',
    allowed: READERS,
    writes: false,
    prepare: () => ({ path: '/v1/access-requests' }),
  },
  {
    method: 'GET',
    name: '/v1/access-requests/{id}',
    allowed: READERS,
    writes: false,
    prepare: () => ({ path: `/v1/access-requests/${pendingIds[0] ?? ''}` }),
  },
  {
    method: 'POST',
    name: '/v1/access-requests/{id}/approve',
    allowed: ADMIN,
    writes: true,
    prepare: () => ({
      path: `/v1/access-requests/${pendingIds[0] ?? ''}/approve`,
      body: { reason: 'Ticket checked' },
    }),
  },
  {
    method: 'POST',
    name: '/v1/access-requests/{id}/deny',
    allowed: ADMIN,
    writes: true,
    prepare: () => ({
      path: `/v1/access-requests/${pendingIds[1] ?? ''}/deny`,
      body: { reason: 'Not needed' },
    }),
  },
  {
    method: 'POST',
    name: '/v1/exports',
    allowed: ALL,
    writes: true,
    prepare: () => ({
      path: '/v1/exports',
      body: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', format: 'csv' },
    }),
  },
  {
    method: 'GET',
    name: '/v1/exports/{id}/manifest',
    allowed: ALL,
    writes: false,
    prepare: () => ({ path: `/v1/exports/${exportId}/manifest` }),
  },
  {
    method: 'GET',
    name: '/v1/exports/{id}/file',
    allowed: ALL,
    writes: false,
    prepare: () => ({ path: `/v1/exports/${exportId}/file` }),
  },
  {
    method: 'GET',
    name: '/v1/transparency-report',
    allowed: READERS,
    writes: false,
    prepare: () => ({ path: '/v1/transparency-report' }),
  },
  {
    method: 'PUT',
    name: '/v1/_test/faults',
    allowed: ADMIN,
    writes: true,
    prepare: () => ({ path: '/v1/_test/faults', body: {} }),
  },
  {
    method: 'DELETE',
    name: '/v1/_test/faults',
    allowed: ADMIN,
    writes: true,
    prepare: () => ({ path: '/v1/_test/faults' }),
  },
];

beforeAll(async () => {
  t = await startTestProvider({ faults: true });
  const pending = await t.api<Schemas['AccessRequestPage']>(
    'GET',
    '/v1/access-requests?status=pending',
  );
  pendingIds = pending.body.items.map((r: AccessRequest) => r.id);
  expect(pendingIds.length).toBeGreaterThanOrEqual(2);
  const created = await t.api<Export>('POST', '/v1/exports', {
    body: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', format: 'jsonl' },
  });
  exportId = created.body.id;
});

afterAll(async () => {
  await t.dispose();
});

describe('role matrix', () => {
  it.each(rows.map((row) => [`${row.method} ${row.name}`, row] as const))(
    '%s',
    async (_label, row) => {
      // Forbidden roles first, so a write the admin then makes is still possible.
      const order = [...ROLES].sort(
        (a, b) => Number(row.allowed.includes(a)) - Number(row.allowed.includes(b)),
      );
      for (const role of order) {
        const prepared = await row.prepare();
        const before = row.writes ? await fingerprint() : '';
        const res = await t.api<Schemas['Error']>(row.method, prepared.path, {
          token: t.provider.tokens[role],
          body: prepared.body,
          ...(prepared.headers === undefined ? {} : { headers: prepared.headers }),
        });
        if (row.allowed.includes(role)) {
          expect(res.status, `${role} ${row.name}`).toBeGreaterThanOrEqual(200);
          expect(res.status, `${role} ${row.name}`).toBeLessThan(300);
        } else {
          expect(res.status, `${role} ${row.name}`).toBe(403);
          expect(res.body.error.code).toBe('insufficient_scope');
          if (row.writes)
            expect(await fingerprint(), `${role} ${row.name} changed state`).toBe(before);
        }
      }
    },
  );

  it('public endpoints answer without a token', async () => {
    for (const path of ['/v1/health', '/v1/exports/public-key', '/v1/openapi.yaml']) {
      const res = await t.api('GET', path, { token: null });
      expect(res.status, path).toBe(200);
    }
    const doc = await t.api<string>('GET', '/v1/openapi.yaml', { token: null });
    expect(doc.body).toContain('openapi: 3.1.0');
  });

  it('/v1/me reports each role with exactly its scopes', async () => {
    const expected: Record<Role, number> = { admin: 9, helpdesk: 7, auditor: 3 };
    for (const role of ROLES) {
      const me = await t.api<Schemas['Me']>('GET', '/v1/me', { token: t.provider.tokens[role] });
      expect(me.body.role).toBe(role);
      expect(me.body.scopes).toHaveLength(expected[role]);
    }
  });
});
