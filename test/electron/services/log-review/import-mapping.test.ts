import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../shared/ipc/schemas/logs';
import { createCase, type LogCase } from '../../../../electron/services/log-review/log-case';
import { SAMPLES_DIR } from '../../../fixtures/logs/samples';

let dir: string;
let logCase: LogCase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h7-map-'));
  logCase = await createCase(join(dir, 'case'), 'mapping');
});
afterAll(async () => {
  await logCase.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importSample(
  name: string,
): Promise<{ fileId: number; rows: EventRow[]; read: number; rejected: number }> {
  const outcome = await logCase.importFile(join(SAMPLES_DIR, name));
  if (outcome.status !== 'imported') throw new Error(`${name}: ${outcome.status}`);
  const page = await logCase.queries.page({
    filters: { fileIds: [outcome.file.fileId] },
    sort: { column: 'eventId', direction: 'asc' },
    offset: 0,
    limit: 100,
  });
  return {
    fileId: outcome.file.fileId,
    rows: [...page.rows],
    read: outcome.file.rowsRead,
    rejected: outcome.file.rowsRejected,
  };
}

describe('import and mapping per format', () => {
  it('maps the current unified audit log shape, US-locale dates read as UTC', async () => {
    const { rows, read, rejected } = await importSample('ual-current.csv');
    expect([read, rejected, rows.length]).toEqual([5, 0, 5]);
    // The sample's first CreationDate is `9/1/2023 12:00:29 AM`: 12 AM is hour 0, and no zone means UTC.
    const firstDate = readFileSync(join(SAMPLES_DIR, 'ual-current.csv'), 'utf8')
      .split('\r\n')[1]
      ?.split(',')[1];
    expect(firstDate).toBe('9/1/2023 12:00:29 AM');
    expect(rows[0]).toMatchObject({
      recordNo: 1,
      time: '2023-09-01T00:00:29.000Z',
      actor: expect.stringContaining('@contoso.example') as unknown,
      operation: expect.any(String) as unknown,
      workload: expect.any(String) as unknown,
      clientIp: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/) as unknown,
      flagged: false,
    });
    expect(['success', 'failed']).toContain(rows[0]?.result);
  });

  it('reads ISO 8601 dates with a Z', async () => {
    const { rows } = await importSample('ual-current-iso.csv');
    expect(rows.every((r) => r.time?.startsWith('2023-09-01T00:0'))).toBe(true);
  });

  it('maps the older and the PowerShell shapes (skipping the #TYPE line)', async () => {
    const legacy = await importSample('ual-legacy.csv');
    expect(legacy.rows).toHaveLength(4);
    expect(legacy.rows[0]?.recordType).toMatch(/^\d+$/);
    const ps = await importSample('ual-powershell.csv');
    expect([ps.rows.length, ps.rejected]).toEqual([4, 0]);
    expect(ps.rows[0]?.recordType).toMatch(/^[A-Z]/);
  });

  it('keeps commas, doubled quotes and CRLF inside values', async () => {
    const { rows } = await importSample('ual-quirks.csv');
    expect(rows).toHaveLength(2);
    const record = await logCase.record(rows[1]?.eventId ?? -1);
    const parsed = JSON.parse(record?.rawPretty ?? '{}') as Record<string, unknown>;
    expect(parsed.AssociatedAdminUnitsNames).toBe('Finance, "EU"\r\nsecond line');
    expect((parsed.AuditData as Record<string, unknown>).UserAgent).toContain('"quoted"');
  });

  it('lists malformed rows with a line number and a reason and imports the rest', async () => {
    const { fileId, rows, read, rejected } = await importSample('ual-bad-rows.csv');
    expect([read, rows.length, rejected]).toEqual([5, 2, 3]);
    const rejects = await logCase.rejects(fileId, 0, 10);
    expect(rejects.total).toBe(3);
    expect(rejects.rows.map((r) => [r.line, r.code, r.detail])).toEqual([
      [3, 'invalid-json', ''],
      [4, 'unreadable-time', 'yesterday'],
      [5, 'csv-structure', 'TOO MANY COLUMNS'],
    ]);
    expect(rejects.rows[0]?.excerpt).toBe('{not json');
  });

  it('reads a file with a BOM', async () => {
    expect((await importSample('ual-bom.csv')).rows).toHaveLength(3);
  });

  it('rejects a truncated last line and keeps the others', async () => {
    const { fileId, rows, rejected } = await importSample('ual-truncated.csv');
    expect([rows.length, rejected]).toEqual([3, 1]);
    expect((await logCase.rejects(fileId, 0, 5)).rows).toMatchObject([
      { line: 5, code: 'truncated', detail: 'UNQUOTED VALUE' },
    ]);
  });

  it('imports a header-only file as zero events', async () => {
    const { read, rows } = await importSample('ual-header-only.csv');
    expect([read, rows.length]).toEqual([0, 0]);
  });

  it('maps directory sign-in and audit CSV downloads', async () => {
    const signIn = await importSample('entra-signin.csv');
    expect(signIn.rows[0]).toMatchObject({
      operation: 'Sign-in',
      recordType: 'SignIn',
      clientIp: '203.0.113.1',
      result: 'success',
    });
    expect(signIn.rows[2]?.result).toBe('failed');
    const audit = await importSample('entra-audit.csv');
    expect(audit.rows[0]).toMatchObject({
      workload: 'Core Directory',
      recordType: 'UserManagement',
      actorKind: 'tenant-user',
      object: 'Target 0',
    });
  });

  it('maps directory JSON downloads and sign-in JSON lines', async () => {
    const signIn = await importSample('entra-signin.json');
    expect(signIn.rows[0]).toMatchObject({
      time: '2024-03-01T08:00:00.000Z',
      operation: 'Sign-in',
      result: 'success',
    });
    const audit = await importSample('entra-audit.json');
    expect(audit.rows[3 - 1]).toMatchObject({
      recordType: 'UserManagement',
      workload: 'Core Directory',
    });
    const lines = await importSample('signin.jsonl');
    expect(lines.rows[0]).toMatchObject({
      recordType: 'SignInLogs',
      workload: expect.any(String) as unknown,
    });
  });

  it('rejects a truncated JSON line by line number', async () => {
    const { fileId, rows, rejected } = await importSample('signin-truncated.jsonl');
    expect([rows.length, rejected]).toEqual([2, 1]);
    expect((await logCase.rejects(fileId, 0, 5)).rows).toMatchObject([
      { line: 3, recordNo: 3, code: 'truncated' },
    ]);
  });

  it('maps the provider export in both formats', async () => {
    for (const name of ['provider-events.jsonl', 'provider-events.csv']) {
      const { rows } = await importSample(name);
      expect(rows[1]).toMatchObject({
        actorKind: 'provider-operator',
        purpose: 'troubleshooting',
        object: 'mail/mailbox/1',
        clientIp: '192.0.2.2',
      });
      expect(rows[4]?.result).toBe('denied');
    }
  });

  it('refuses an unknown file with the header it found, an empty and a binary one', async () => {
    expect(await logCase.importFile(join(SAMPLES_DIR, 'not-a-log.csv'))).toEqual({
      status: 'unrecognised',
      reason: 'unknown',
      found: 'Item,Quantity,Price',
    });
    expect(await logCase.importFile(join(SAMPLES_DIR, 'empty.csv'))).toMatchObject({
      status: 'unrecognised',
      reason: 'empty',
    });
    expect(await logCase.importFile(join(SAMPLES_DIR, 'binary.png'))).toMatchObject({
      status: 'unrecognised',
      reason: 'binary',
    });
  });

  it('lists a broken and a non-object element of a JSON array by the line it starts on', async () => {
    const { fileId, rows, read, rejected } = await importSample('entra-audit-bad-elements.json');
    expect([read, rows.length, rejected]).toEqual([4, 2, 2]);
    expect((await logCase.rejects(fileId, 0, 5)).rows).toMatchObject([
      { line: 25, recordNo: 2, code: 'invalid-json' },
      { line: 48, recordNo: 3, code: 'not-an-object', excerpt: '42' },
    ]);
  });

  it('lists the cut-off last element of a truncated JSON array', async () => {
    const { fileId, rows, rejected } = await importSample('entra-audit-truncated.json');
    expect([rows.length, rejected]).toEqual([2, 1]);
    expect((await logCase.rejects(fileId, 0, 5)).rows).toMatchObject([
      { line: 48, code: 'truncated' },
    ]);
  });

  it('reads JSON lines with a BOM, CRLF and blank lines, numbering the real lines', async () => {
    const { rows, read, rejected } = await importSample('signin-crlf-blank.jsonl');
    expect([read, rows.length, rejected]).toEqual([3, 3, 0]);
    expect(rows.map((r) => r.time)).toEqual([
      '2024-03-01T08:00:00.000Z',
      '2024-03-01T08:01:00.000Z',
      '2024-03-01T08:02:00.000Z',
    ]);
    expect(rows[2]?.result).toBe('failed');
  });

  it('reads a UTF-16 PowerShell export', async () => {
    const { rows, rejected } = await importSample('ual-powershell-utf16.csv');
    expect([rows.length, rejected]).toEqual([3, 0]);
    expect(rows[0]?.actor).toMatch(/@contoso\.example$/);
  });
});
