import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type LogCase } from '../../../../electron/services/log-review/log-case';
import type { VerifyingKey } from '../../../../electron/services/log-review/manifest-verify';
import { describeKey } from '../../../../electron/services/log-review/trusted-keys';
import type { ImportProgress } from '../../../../electron/services/log-review/import-file';
import {
  accessEventsCsv,
  accessEventsJsonl,
  signedManifest,
  testSigningKey,
} from '../../../fixtures/logs/provider-generator';
import { SAMPLES_DIR } from '../../../fixtures/logs/samples';
import { writeUalCurrentExport } from '../../../fixtures/logs/ual-generator';

let dir: string;
let logCase: LogCase;
let bigFile: string;
const key = testSigningKey();
const trusted: VerifyingKey = {
  keyId: key.keyId,
  publicKeyPem: key.publicKeyPem,
  fingerprint: describeKey(key.publicKeyPem).fingerprint,
  sourceLabel: 'http://provider.test',
};
const trustedKeys = () => Promise.resolve([trusted]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-control-'));
  logCase = await createCase(join(dir, 'case'), 'control');
  bigFile = join(dir, 'big.csv');
  await writeUalCurrentExport(bigFile, 30_000, 3);
});
afterAll(async () => {
  await logCase.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeExport(name: string, content: string, manifest?: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  if (manifest !== undefined)
    writeFileSync(
      `${path}.manifest.json`,
      typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    );
  return path;
}

async function integrityOf(path: string) {
  const outcome = await logCase.importFile(path, { trustedKeys });
  if (outcome.status !== 'imported') throw new Error(outcome.status);
  return outcome.file.integrity;
}

describe('signed provider exports, checked offline', () => {
  it('reports an intact signed export as verified, naming the key that verified it', async () => {
    const content = accessEventsJsonl(5);
    const path = writeExport(
      'ok.jsonl',
      content,
      signedManifest(key, 'ok.jsonl', content, 'jsonl'),
    );
    expect(await integrityOf(path)).toMatchObject({
      status: 'verified',
      reason: 'signature-and-hash-match',
      keyId: key.keyId,
      fingerprint: trusted.fingerprint,
      keySource: 'http://provider.test',
    });
  });

  it('reports an edited file as tampered (hash mismatch)', async () => {
    const content = accessEventsCsv(5);
    const manifest = signedManifest(key, 'edited.csv', content, 'csv');
    const path = writeExport('edited.csv', content.replace('denied', 'success'), manifest);
    expect(await integrityOf(path)).toMatchObject({ status: 'tampered', reason: 'hash-mismatch' });
  });

  it('reports an edited manifest as tampered (bad signature)', async () => {
    const content = accessEventsJsonl(5);
    const manifest = { ...signedManifest(key, 'forged.jsonl', content, 'jsonl'), eventCount: 1 };
    const path = writeExport('forged.jsonl', content, manifest);
    expect(await integrityOf(path)).toMatchObject({ status: 'tampered', reason: 'bad-signature' });
  });

  it('reports a manifest that is not a manifest as tampered', async () => {
    const path = writeExport('junk.jsonl', accessEventsJsonl(2), '{"fileName": ');
    expect(await integrityOf(path)).toMatchObject({
      status: 'tampered',
      reason: 'invalid-manifest',
    });
  });

  it('reports no manifest, no signature or an unknown key as unsigned, saying which', async () => {
    const content = accessEventsJsonl(2);
    expect(await integrityOf(writeExport('bare.jsonl', content))).toMatchObject({
      status: 'unsigned',
      reason: 'no-manifest',
    });
    const unsignedManifest = Object.fromEntries(
      Object.entries(signedManifest(key, 'u.jsonl', content, 'jsonl')).filter(
        ([name]) => name !== 'signature',
      ),
    );
    expect(await integrityOf(writeExport('u.jsonl', content, unsignedManifest))).toMatchObject({
      status: 'unsigned',
      reason: 'no-signature',
    });
    const other = { ...testSigningKey(), keyId: 'ed25519-other' };
    const path = writeExport(
      'other.jsonl',
      content,
      signedManifest(other, 'other.jsonl', content, 'jsonl'),
    );
    expect(await integrityOf(path)).toMatchObject({
      status: 'unsigned',
      reason: 'unknown-key',
      keyId: 'ed25519-other',
    });
  });

  it('checks a stored manifest again once its key is trusted', async () => {
    const other = testSigningKey();
    const otherKey: VerifyingKey = {
      keyId: 'ed25519-later',
      publicKeyPem: other.publicKeyPem,
      fingerprint: describeKey(other.publicKeyPem).fingerprint,
      sourceLabel: 'later.pem',
    };
    const content = accessEventsJsonl(3);
    const path = writeExport(
      'later.jsonl',
      content,
      signedManifest({ ...other, keyId: otherKey.keyId }, 'later.jsonl', content, 'jsonl'),
    );
    const outcome = await logCase.importFile(path, { trustedKeys });
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    expect(outcome.file.integrity?.reason).toBe('unknown-key');
    rmSync(path);
    rmSync(`${path}.manifest.json`);
    // The original files are gone: the check uses what the case kept.
    expect(await logCase.reverify(outcome.file.fileId, [trusted, otherKey])).toMatchObject({
      status: 'verified',
      keySource: 'later.pem',
    });
  });

  it('does not check files that are not provider exports', async () => {
    expect(await integrityOf(join(SAMPLES_DIR, 'ual-current.csv'))).toBeNull();
  });
});

describe('import control', () => {
  it('keeps the event loop turning, reports progress, and shows first rows early', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    const progress: ImportProgress[] = [];
    let previewTotal = -1;
    let previewAt = -1;
    const before = logCase.info().totalEvents;
    const outcome = await logCase.importFile(bigFile, {
      onProgress: (p) => progress.push(p),
      onPreview: () => {
        previewAt = performance.now();
        void logCase.queries.count({}).then((n) => (previewTotal = n));
      },
    });
    const ended = performance.now();
    clearInterval(timer);
    expect(outcome.status).toBe('imported');
    // A blocked loop would tick about once; a free one ticks through most of the import.
    expect(ticks).toBeGreaterThan(Math.min(10, ((ended - started) / 10) * 0.3));
    expect(previewAt).toBeGreaterThan(started);
    expect(previewAt).toBeLessThan(ended);
    // The preview showed the first 1000 records of the file on top of the earlier ones.
    expect(previewTotal).toBe(before + 1000);
    expect(progress.map((p) => p.phase)).toContain('finishing');
    const percents = progress.map((p) => p.percent ?? 0);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(logCase.info().totalEvents).toBe(before + 30_000);
  });

  it('cancels while DuckDB imports, keeping nothing from the file', async () => {
    const before = logCase.document().files.length;
    const total = logCase.info().totalEvents;
    const controller = new AbortController();
    const running = logCase.importFile(bigFile, {
      signal: controller.signal,
      onPreview: () => {
        setTimeout(() => {
          controller.abort();
        }, 50);
      },
    });
    expect(await running).toEqual({ status: 'cancelled' });
    expect(logCase.document().files).toHaveLength(before);
    expect(await logCase.queries.count({})).toBe(total);
    // And the case still imports afterwards.
    const again = await logCase.importFile(writeExport('after.jsonl', accessEventsJsonl(4)));
    expect(again.status).toBe('imported');
    expect(await logCase.queries.count({})).toBe(total + 4);
  });

  it('cancels while the worker prepares a JSON export', async () => {
    const lines = accessEventsJsonl(1).repeat(200_000);
    const path = writeExport('long.jsonl', lines);
    const controller = new AbortController();
    const running = logCase.importFile(path, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'preparing') controller.abort();
      },
    });
    expect(await running).toEqual({ status: 'cancelled' });
    expect(logCase.document().files.some((f) => f.name === 'long.jsonl')).toBe(false);
  });
});
