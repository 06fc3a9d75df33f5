import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiagnosticsHandlers } from '../../../../electron/services/diagnostics/diagnostics-handlers';
import { maxLogBytes } from '../../../../electron/services/diagnostics/diagnostics-bundle';
import { createScriptedDialogs } from '../../../harness/scripted-dialogs';

let dir: string;
const secret = 'Qw3rTyUiOp4sDfGhJkLzXcVbNm0123456789abcdEF';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-diagnostics-'));
  mkdirSync(join(dir, 'logs'));
  mkdirSync(join(dir, 'crash', 'completed'), { recursive: true });
  writeFileSync(
    join(dir, 'logs', 'main.log'),
    [
      '[2025-06-01 10:00:00.000] [info] started 0.1.0',
      `[2025-06-01 10:00:01.000] [warn] provider said 401 to Authorization: Bearer ${secret}`,
      '[2025-06-01 10:00:02.000] [error] sign-in of ops@contoso.example from 203.0.113.9 failed',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'logs', 'main.old.log'), 'older line for /home/alice/x\n');
  writeFileSync(join(dir, 'logs', 'notes.txt'), 'not a log');
  writeFileSync(join(dir, 'crash', 'completed', 'a1b2.dmp'), Buffer.alloc(2048, 1));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function setup(settings: unknown = {}) {
  const dialogs = createScriptedDialogs();
  const handlers = createDiagnosticsHandlers({
    dialogs,
    source: {
      logDir: join(dir, 'logs'),
      crashDumpDir: join(dir, 'crash'),
      runtime: { electron: '45.4.1', node: '22.0.0' },
    },
    version: '0.1.0',
    settings: () => settings,
    now: () => new Date('2025-06-01T12:00:00.000Z'),
  });
  return { dialogs, exportDiagnostics: () => handlers['diagnostics:export'](undefined) };
}

function readZip(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('diagnostics:export', () => {
  it('asks where to save, proposing a dated zip, and does nothing when cancelled', async () => {
    const { dialogs, exportDiagnostics } = setup();
    await expect(exportDiagnostics()).resolves.toEqual({ status: 'cancelled' });
    expect(dialogs.saveRequests).toEqual([
      {
        title: 'Export diagnostics',
        defaultName: 'privacy-control-center-diagnostics-2025-06-01.zip',
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      },
    ]);
  });

  it('writes one zip with the redacted logs, versions, OS facts and settings without secrets', async () => {
    const { dialogs, exportDiagnostics } = setup({
      schemaVersion: 2,
      theme: 'dark',
      provider: { kind: 'remote', url: 'https://admin:pw@provider.example/' },
      connections: [{ name: 'Contoso', token: secret }],
    });
    const target = join(dir, 'support.zip');
    dialogs.queueSave(target);
    await expect(exportDiagnostics()).resolves.toEqual({
      status: 'saved',
      fileName: 'support.zip',
      logFiles: 2,
      crashDumps: 1,
    });
    const zip = readZip(target);
    expect(Object.keys(zip).sort()).toEqual([
      'README.txt',
      'logs/',
      'logs/main.log',
      'logs/main.old.log',
      'summary.json',
    ]);
    const everything = Object.values(zip).join('\n');
    for (const leaked of [secret, 'ops@contoso.example', '203.0.113.9', 'alice', 'admin:pw']) {
      expect(everything).not.toContain(leaked);
    }
    expect(zip['logs/main.log']).toContain('Authorization: [redacted]');
    expect(zip['logs/main.log']).toContain('[info] started 0.1.0');
    const summary = JSON.parse(zip['summary.json'] ?? '') as Record<string, unknown>;
    expect(summary).toMatchObject({
      generatedAt: '2025-06-01T12:00:00.000Z',
      app: { name: 'Privacy Control Center', version: '0.1.0' },
      runtime: { electron: '45.4.1', node: '22.0.0' },
      os: { platform: process.platform, arch: process.arch },
      settings: {
        theme: 'dark',
        provider: { kind: 'remote', url: 'https://[redacted]@provider.example/' },
        connections: [{ name: 'Contoso' }],
      },
      logFiles: ['main.log', 'main.old.log'],
      crashDumps: [{ name: join('completed', 'a1b2.dmp'), sizeBytes: 2048 }],
    });
  });

  it('keeps only the tail of a huge log, starting at a whole line', async () => {
    const line = 'x'.repeat(99);
    writeFileSync(join(dir, 'logs', 'main.log'), `${`${line}\n`.repeat(30_000)}last line\n`);
    const { dialogs, exportDiagnostics } = setup();
    dialogs.queueSave(join(dir, 'big.zip'));
    await exportDiagnostics();
    const log = readZip(join(dir, 'big.zip'))['logs/main.log'] ?? '';
    expect(log.length).toBeLessThanOrEqual(maxLogBytes);
    expect(log.endsWith('last line\n')).toBe(true);
    expect(log.startsWith(line)).toBe(true);
  });

  it('reports a file it cannot write as a clear error naming only the file', async () => {
    const { dialogs, exportDiagnostics } = setup();
    dialogs.queueSave(join(dir, 'no-such-folder', 'out.zip'));
    await expect(exportDiagnostics()).rejects.toMatchObject({
      code: 'internal',
      message: 'The diagnostics could not be written to out.zip (ENOENT).',
    });
  });
});
