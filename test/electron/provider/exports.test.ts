import { createHash, createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../electron/provider/export-writer';
import type { AccessEvent, Export, Schemas, Setting } from '../../../electron/provider/types';
import { expectValidResponse } from '../../support/openapi-validator';
import { startTestProvider, type TestProvider } from './support/test-provider';

let t: TestProvider;
beforeAll(async () => {
  t = await startTestProvider();
});
afterAll(async () => {
  await t.dispose();
});

/** Canonical form written independently of the server: flat object, keys sorted, no signature. */
function canonical(manifest: Schemas['ExportManifest']): string {
  const entries = Object.entries(manifest)
    .filter(([k]) => k !== 'signature')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(Object.fromEntries(entries));
}

async function download(id: string): Promise<Buffer> {
  const res = await fetch(`${t.provider.url}/v1/exports/${id}/file`, {
    headers: { Authorization: `Bearer ${t.provider.tokens.auditor}` },
  });
  expect(res.status).toBe(200);
  await expectValidResponse(res, 'GET');
  return Buffer.from(await res.arrayBuffer());
}

describe('exports', () => {
  it('JSONL: manifest signature verifies with the published key; sha256 matches; tampering fails', async () => {
    const events = await t.api<Schemas['AccessEventPage']>('GET', '/v1/access-events?limit=5000');
    const times = events.body.items.map((e) => Date.parse(e.time));
    const from = new Date(Math.min(...times)).toISOString();
    const to = new Date(Math.max(...times)).toISOString(); // exclusive: the newest is left out
    const created = await t.api<Export>('POST', '/v1/exports', {
      token: t.provider.tokens.auditor,
      body: { from, to, format: 'jsonl' },
    });
    expect(created.status).toBe(201);
    const manifest = (
      await t.api<Schemas['ExportManifest']>('GET', `/v1/exports/${created.body.id}/manifest`)
    ).body;
    expect(manifest).toEqual(created.body.manifest);

    const key = await t.api<Schemas['PublicKey']>('GET', '/v1/exports/public-key', { token: null });
    expect(key.body.keyId).toBe(manifest.keyId);
    const publicKey = createPublicKey(key.body.publicKeyPem);
    const signature = Buffer.from(manifest.signature, 'base64');
    expect(verify(null, Buffer.from(canonical(manifest)), publicKey, signature)).toBe(true);
    expect(
      verify(
        null,
        Buffer.from(canonical({ ...manifest, eventCount: manifest.eventCount + 1 })),
        publicKey,
        signature,
      ),
    ).toBe(false);

    const bytes = await download(created.body.id);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.sha256);
    const lines = bytes
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(manifest.eventCount);
    const exported = lines.map((l) => JSON.parse(l) as AccessEvent);
    const expectedCount = times.filter((x) => x >= Date.parse(from) && x < Date.parse(to)).length;
    expect(exported).toHaveLength(expectedCount);
    expect(exported.map((e) => e.time)).toEqual([...exported.map((e) => e.time)].sort());

    const tampered = Buffer.from(bytes);
    tampered[10] = (tampered[10] ?? 0) ^ 1;
    expect(createHash('sha256').update(tampered).digest('hex')).not.toBe(manifest.sha256);
  });

  it('CSV: header row, flattened location, formula cells neutralised', async () => {
    const setting = (await t.api<Schemas['SettingPage']>('GET', '/v1/settings')).body
      .items[0] as Setting;
    const value = setting.values.find((v) => v.value !== setting.currentValue)?.value ?? '';
    const comment = '=HYPERLINK("http://evil.example","x")';
    const patched = await t.api<Schemas['SettingsPatchResponse']>('PATCH', '/v1/settings', {
      headers: { 'Idempotency-Key': 'csv-injection-key' },
      body: { changes: [{ id: setting.id, value, ifMatch: setting.version }], comment },
    });
    const at = Date.parse(patched.body.appliedAt);
    const created = await t.api<Export>('POST', '/v1/exports', {
      body: { from: new Date(at).toISOString(), to: new Date(at + 1).toISOString(), format: 'csv' },
    });
    expect(created.body.eventCount).toBe(1);
    const text = (await download(created.body.id)).toString('utf8');
    const [header, row] = text.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(header).toContain('locationCountryCode,locationCity');
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row).toContain(`setting:${setting.id}`);
    const res = await fetch(`${t.provider.url}/v1/exports/${created.body.id}/file`, {
      headers: { Authorization: `Bearer ${t.provider.tokens.admin}` },
    });
    await expectValidResponse(res, 'GET');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${created.body.fileName}"`,
    );
  });

  it('400 when from is not before to, or the format is unknown', async () => {
    const a = await t.api<Schemas['Error']>('POST', '/v1/exports', {
      body: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z', format: 'csv' },
    });
    expect(a.status).toBe(400);
    expect(a.body.error.details?.issues?.[0]?.field).toBe('to');
    const b = await t.api<Schemas['Error']>('POST', '/v1/exports', {
      body: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z', format: 'xlsx' },
    });
    expect(b.body.error.details?.issues?.[0]?.field).toBe('format');
  });
});
