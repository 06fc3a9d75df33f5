import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCase, type LogCase } from '../../../../electron/services/log-review/log-case';
import {
  accessEventsCsv,
  accessEventsJsonl,
  signedManifest,
  testSigningKey,
} from '../../../fixtures/logs/provider-generator';
import { writeUalCurrentExport } from '../../../fixtures/logs/ual-generator';

let dir: string;
let logCase: LogCase;
let bigFile: string;
const key = testSigningKey();
const trustedKeys = [{ keyId: key.keyId, publicKeyPem: key.publicKeyPem }];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h7-control-'));
  logCase = await createCase(join(dir, 'case'), 'control');
  bigFile = join(dir, 'big.csv');
  await writeUalCurrentExport(bigFile, 20_000, 3);
});
afterAll(() => {
  logCase.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeExport(name: string, content: string, manifest?: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  if (manifest !== undefined) writeFileSync(`${path}.manifest.json`, JSON.stringify(manifest));
  return path;
}

describe('signed provider exports', () => {
  it('reports an intact signed export as verified', async () => {
    const content = accessEventsJsonl(5);
    const path = writeExport(
      'ok.jsonl',
      content,
      signedManifest(key, 'ok.jsonl', content, 'jsonl'),
    );
    const outcome = await logCase.importFile(path, { trustedKeys });
    expect(outcome.status === 'imported' && outcome.file.integrity?.status).toBe('verified');
  });

  it('reports an edited file as tampered', async () => {
    const content = accessEventsCsv(5);
    const manifest = signedManifest(key, 'edited.csv', content, 'csv');
    const path = writeExport('edited.csv', content.replace('denied', 'success'), manifest);
    const outcome = await logCase.importFile(path, { trustedKeys });
    expect(outcome.status === 'imported' && outcome.file.integrity).toMatchObject({
      status: 'tampered',
      detail: expect.stringContaining('hash') as unknown,
    });
  });

  it('reports an edited manifest as tampered', async () => {
    const content = accessEventsJsonl(5);
    const manifest = { ...signedManifest(key, 'forged.jsonl', content, 'jsonl'), eventCount: 1 };
    const outcome = await logCase.importFile(writeExport('forged.jsonl', content, manifest), {
      trustedKeys,
    });
    expect(outcome.status === 'imported' && outcome.file.integrity).toMatchObject({
      status: 'tampered',
      detail: expect.stringContaining('signature') as unknown,
    });
  });

  it('reports an export without manifest, or signed by an unknown key, as unsigned', async () => {
    const content = accessEventsJsonl(2);
    const bare = await logCase.importFile(writeExport('bare.jsonl', content), { trustedKeys });
    expect(bare.status === 'imported' && bare.file.integrity?.status).toBe('unsigned');
    const other = testSigningKey();
    const path = writeExport(
      'other.jsonl',
      content,
      signedManifest({ ...other, keyId: 'ed25519-other' }, 'other.jsonl', content, 'jsonl'),
    );
    const unknown = await logCase.importFile(path, { trustedKeys });
    expect(unknown.status === 'imported' && unknown.file.integrity?.status).toBe('unsigned');
  });
});

describe('import control', () => {
  it('keeps the event loop turning while DuckDB imports', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    const progress: number[] = [];
    const outcome = await logCase.importFile(bigFile, {
      onProgress: (p) => progress.push(p.elapsedMs),
    });
    clearInterval(timer);
    const elapsed = performance.now() - started;
    expect(outcome.status).toBe('imported');
    // A blocked loop would tick about once; a free one ticks through most of the import.
    expect(ticks).toBeGreaterThan(Math.min(10, (elapsed / 10) * 0.3));
    expect(progress.length).toBeGreaterThan(0);
  });

  it('cancels, keeping nothing from the file', async () => {
    const before = logCase.document().files.length;
    const controller = new AbortController();
    const running = logCase.importFile(bigFile, { signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 20);
    expect(await running).toEqual({ status: 'cancelled' });
    expect(logCase.document().files).toHaveLength(before);
    const total = (
      await logCase.page({
        filters: {},
        sort: { column: 'eventId', direction: 'asc' },
        offset: 0,
        limit: 1,
      })
    ).total;
    const kept = logCase.document().files.reduce((n, f) => n + f.rowsImported, 0);
    expect(total).toBe(kept);
  });

  it('opens no network connection while importing, querying and exporting', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    await logCase.importFile(writeExport('offline.jsonl', accessEventsJsonl(3)));
    await logCase.page({
      filters: { text: 'operator' },
      sort: { column: 'time', direction: 'desc' },
      offset: 0,
      limit: 10,
    });
    await logCase.exportEvents({}, 'parquet', join(dir, 'offline.parquet'));
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
  });
});
