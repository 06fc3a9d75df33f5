// The log review's channels through the real IPC registry, as the renderer reaches them:
// requests validated, files only through the (scripted) dialogs, errors as data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import { createIpcRegistry, type SenderInfo } from '../../../../electron/services/ipc-registry';
import { createLogReviewHandlers } from '../../../../electron/services/log-review/log-review-handlers';
import { createProviderClient } from '../../../../electron/services/provider-client';
import { createScriptedDialogs } from '../../../harness/scripted-dialogs';
import { SAMPLES_DIR } from '../../../fixtures/logs/samples';
import { testSigningKey } from '../../../fixtures/logs/provider-generator';
import { unusedHandlersExcept } from './handlers-fixture';
import { startSmallProvider } from '../provider-fixture';
import { recordingUserFiles } from '../../../support/user-files';

let provider: RunningProvider;
let stop: () => Promise<void>;
let dataDir: string;
const dialogs = createScriptedDialogs();
const fromApp: SenderInfo = { origin: 'app://renderer', isTopFrame: true, frameAlive: true };
let call: (
  channel: string,
  payload?: unknown,
) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

beforeAll(async () => {
  ({ provider, stop } = await startSmallProvider());
  dataDir = mkdtempSync(join(tmpdir(), 'pcc-logs-ipc-'));
  const client = createProviderClient({ baseUrl: provider.url, token: provider.tokens.admin });
  const handlers = createLogReviewHandlers({
    dataDir,
    dialogs,
    files: recordingUserFiles(),
    getClient: () => client,
    providerUrl: () => provider.url,
  });
  const registry = createIpcRegistry(unusedHandlersExcept(handlers), {
    allowedOrigins: ['app://renderer'],
  });
  call = (channel, payload) => registry.handle(channel, payload, fromApp);
});
afterAll(async () => {
  await call('logs:close-case');
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function untilDone(jobId: string): Promise<Record<string, unknown>> {
  for (;;) {
    const result = await call('logs:get-import', { jobId });
    const job = result.value as Record<string, unknown>;
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('log review channels', () => {
  it('refuses queries while no case is open, as data', async () => {
    expect(await call('logs:get-case')).toEqual({ ok: true, value: null });
    const page = await call('logs:query-events', {
      filters: {},
      sort: { column: 'time', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(page).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('validates requests: a path-like case id or a huge page is a bad request', async () => {
    expect(await call('logs:open-case', { caseId: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(
      await call('logs:query-events', {
        filters: {},
        sort: { column: 'time', direction: 'asc' },
        offset: 0,
        limit: 100_000,
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('creates a case, imports through the file dialog as a job, lists and reopens it', async () => {
    const created = await call('logs:create-case', { name: 'IPC case' });
    expect(created).toMatchObject({ ok: true, value: { name: 'IPC case', files: [] } });
    const caseId = (created.value as { id: string }).id;
    // The user cancels the dialog: nothing starts.
    expect(await call('logs:start-import', { title: 'Pick' })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    dialogs.queueOpen(join(SAMPLES_DIR, 'ual-bad-rows.csv'));
    const started = await call('logs:start-import', { title: 'Pick a log' });
    expect(dialogs.openRequests.at(-1)?.title).toBe('Pick a log');
    const job = await untilDone((started.value as { jobId: string }).jobId);
    expect(job).toMatchObject({
      state: 'done',
      fileName: 'ual-bad-rows.csv',
      file: { rowsRead: 5, rowsImported: 2, rowsRejected: 3, format: 'ual-current' },
    });
    expect(job.file).not.toHaveProperty('manifest');
    const rejects = await call('logs:list-rejects', { fileId: 1, offset: 0, limit: 10 });
    expect((rejects.value as { total: number }).total).toBe(3);

    expect(await call('logs:close-case')).toEqual({ ok: true, value: null });
    const list = await call('logs:list-cases');
    expect(list.value).toMatchObject({
      cases: [{ id: caseId, name: 'IPC case', files: 1, events: 2 }],
      openCaseId: null,
    });
    const reopened = await call('logs:open-case', { caseId });
    expect(reopened).toMatchObject({ ok: true, value: { totalEvents: 2 } });
    expect(await call('logs:open-case', { caseId: '20990101-00000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('reports an unknown file with what it begins with', async () => {
    dialogs.queueOpen(join(SAMPLES_DIR, 'not-a-log.csv'));
    const started = await call('logs:start-import', { title: 'Pick' });
    expect(await untilDone((started.value as { jobId: string }).jobId)).toMatchObject({
      state: 'unrecognised',
      reason: 'unknown',
      found: 'Item,Quantity,Price',
    });
  });

  it('saves the connected provider’s key, and adds one from a key file', async () => {
    const saved = await call('logs:trust-provider-key');
    const key = (await (await fetch(`${provider.url}/v1/exports/public-key`)).json()) as {
      keyId: string;
    };
    expect(saved).toMatchObject({
      ok: true,
      value: { keyId: key.keyId, source: 'provider', sourceLabel: provider.url },
    });
    expect((saved.value as { fingerprint: string }).fingerprint).toMatch(
      /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
    );

    const pem = join(dataDir, 'other.pem');
    writeFileSync(pem, testSigningKey().publicKeyPem);
    dialogs.queueOpen(pem);
    const added = await call('logs:import-key', { title: 'Key' });
    expect(added).toMatchObject({
      ok: true,
      value: { status: 'added', key: { source: 'file', sourceLabel: 'other.pem' } },
    });
    const junk = join(dataDir, 'junk.pem');
    writeFileSync(junk, 'not a key');
    dialogs.queueOpen(junk);
    expect(await call('logs:import-key', { title: 'Key' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    // A key document whose id belongs to another key is refused.
    const forged = join(dataDir, 'forged.json');
    writeFileSync(
      forged,
      JSON.stringify({
        keyId: key.keyId,
        algorithm: 'Ed25519',
        publicKeyPem: testSigningKey().publicKeyPem,
      }),
    );
    dialogs.queueOpen(forged);
    expect(await call('logs:import-key', { title: 'Key' })).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        message: expect.stringContaining('does not belong') as unknown,
      },
    });
    const listed = await call('logs:list-keys');
    expect((listed.value as { keys: unknown[] }).keys).toHaveLength(2);
    const removed = await call('logs:remove-key', { keyId: key.keyId });
    expect((removed.value as { keys: unknown[] }).keys).toHaveLength(1);
  });

  it('exports only where the user chose, and not at all when they cancel', async () => {
    const sort = { column: 'time', direction: 'asc' };
    expect(
      await call('logs:export-events', {
        scope: 'view',
        format: 'csv',
        filters: {},
        sort,
        title: 'Save',
      }),
    ).toEqual({ ok: true, value: { status: 'cancelled' } });
    const out = join(dataDir, 'chosen.csv');
    dialogs.queueSave(out);
    expect(
      await call('logs:export-events', {
        scope: 'view',
        format: 'csv',
        filters: {},
        sort,
        title: 'Save',
      }),
    ).toEqual({ ok: true, value: { status: 'saved', fileName: 'chosen.csv', rows: 2 } });
    expect(dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'IPC-case-view.csv' });
    // The sort is a whitelisted column and a direction, never SQL from the renderer.
    for (const bad of [
      undefined,
      { column: 'e.time; DROP TABLE events', direction: 'asc' },
      { column: 'actor', direction: 'asc, e.raw' },
    ])
      expect(
        await call('logs:export-events', {
          scope: 'view',
          format: 'csv',
          filters: {},
          sort: bad,
          title: 'Save',
        }),
      ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const summary = join(dataDir, 'summary.md');
    dialogs.queueSave(summary);
    expect(
      await call('logs:export-summary', { filters: {}, format: 'markdown', title: 'Save' }),
    ).toMatchObject({ ok: true, value: { status: 'saved', fileName: 'summary.md' } });
  });
});
