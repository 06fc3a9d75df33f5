import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import { createIpcRegistry, type SenderInfo } from '../../../../electron/services/ipc-registry';
import { createProviderClient } from '../../../../electron/services/provider-client';
import { createSettingsServices } from '../../../../electron/services/settings/settings-handlers';
import { createScriptedDialogs, type ScriptedDialogs } from '../../../harness/scripted-dialogs';
import type { ChannelHandlers } from '../../../../electron/services/ipc-registry';
import { sha256Hex } from '../../../../electron/services/settings/plan-files';
import {
  changePlanSchema,
  createChangePlan,
  serializeChangePlan,
} from '../../../../shared/domain/settings/change-plan';
import { closedPortUrl, startSmallProvider } from '../provider-fixture';
import { allSettings, changesPicker, fastPolicy, tempDir } from './settings-test-kit';
import { recordingUserFiles } from '../../../support/user-files';

let provider: RunningProvider;
let stop: () => Promise<void>;
const pick = changesPicker();
const cleanups: (() => void)[] = [];
const fromApp: SenderInfo = { origin: 'app://renderer', isTopFrame: true, frameAlive: true };

beforeAll(async () => {
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop();
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Setup {
  readonly call: (channel: string, payload?: unknown) => Promise<unknown>;
  readonly dialogs: ScriptedDialogs;
  readonly dir: string;
}

function setup(
  options: { role?: 'admin' | 'helpdesk'; url?: string; dir?: string; cacheDir?: string } = {},
): Setup {
  const temp = tempDir('pcc-settings-');
  cleanups.push(temp.remove);
  const dir = options.dir ?? temp.dir;
  const dialogs = createScriptedDialogs();
  const client = createProviderClient({
    baseUrl: options.url ?? provider.url,
    token: provider.tokens[options.role ?? 'admin'],
    timeoutMs: 2_000,
  });
  const { handlers, executor } = createSettingsServices({
    getClient: () => client,
    cacheDir: () => options.cacheDir ?? join(dir, 'cache'),
    dataDir: dir,
    dialogs,
    files: recordingUserFiles(),
    retryPolicy: fastPolicy,
  });
  cleanups.push(() => {
    executor.close();
  });
  // The registry validates requests and answers against the contract, as in the app.
  const registry = createIpcRegistry(handlers as unknown as ChannelHandlers, {
    allowedOrigins: ['app://renderer'],
  });
  return { call: (channel, payload) => registry.handle(channel, payload, fromApp), dialogs, dir };
}

type Ok<T = Record<string, unknown>> = { ok: true; value: T };

async function ok<T = Record<string, unknown>>(promise: Promise<unknown>): Promise<T> {
  const result = (await promise) as Ok<T> | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('settings channels', () => {
  it('reads the catalogue live with the caller, then from the cache when offline', async () => {
    const app = setup();
    const live = await ok<{
      source: string;
      settings: unknown[];
      caller: object;
      fetchedAt: string;
    }>(app.call('settings:get-catalogue'));
    expect(live.source).toBe('live');
    expect(live.settings).toHaveLength((await allSettings(provider)).length);
    expect(live.caller).toMatchObject({ role: 'admin', canPush: true });

    const offline = setup({
      url: await closedPortUrl(),
      dir: app.dir,
      cacheDir: join(app.dir, 'cache'),
    });
    const cached = await ok<{ source: string; fetchedAt: string; offlineReason: string }>(
      offline.call('settings:get-catalogue'),
    );
    expect(cached).toMatchObject({ source: 'cache', fetchedAt: live.fetchedAt });
    expect(cached.offlineReason).toMatch(/refused/);

    const noCache = setup({ url: await closedPortUrl() });
    expect(await noCache.call('settings:get-catalogue')).toMatchObject({
      ok: false,
      error: { code: 'provider_unreachable' },
    });
  });

  it('keeps the staged draft across a restart', async () => {
    const app = setup();
    const [change] = pick(await allSettings(provider), 1);
    await ok(app.call('settings:save-draft', { changes: [change] }));
    const again = setup({ dir: app.dir });
    expect(await ok(again.call('settings:get-draft'))).toEqual({ changes: [change] });
  });

  it('refuses a push from the helpdesk role, saying why', async () => {
    const helpdesk = setup({ role: 'helpdesk' });
    const catalogue = await ok<{ caller: object }>(helpdesk.call('settings:get-catalogue'));
    expect(catalogue.caller).toMatchObject({ role: 'helpdesk', canPush: false });
    const changes = pick(await allSettings(provider), 1);
    expect(await helpdesk.call('settings:start-push', { changes })).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/helpdesk.*change plan/) as unknown,
      },
    });
    expect(await ok(helpdesk.call('settings:get-unfinished-push'))).toEqual({
      job: null,
      notice: null,
    });
  });

  it('a helpdesk plan is saved, opened by an administrator and applied through the push', async () => {
    const helpdesk = setup({ role: 'helpdesk' });
    const changes = pick(await allSettings(provider), 2).map((c, i) => ({
      ...c,
      reason: `Reason ${i + 1}`,
    }));
    const planPath = join(helpdesk.dir, 'plan.json');
    helpdesk.dialogs.queueSave(planPath);
    expect(await ok(helpdesk.call('settings:save-plan', { changes }))).toEqual({
      status: 'saved',
      fileName: 'plan.json',
      attestation: { status: 'signed' },
    });
    expect(helpdesk.dialogs.saveRequests[0]?.defaultName).toMatch(
      /^change-plan-\d{4}-\d\d-\d\d\.json$/,
    );
    const written = JSON.parse(readFileSync(planPath, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      format: 'pcc-change-plan',
      version: 2,
      author: expect.stringMatching(/^helpdesk@/) as unknown,
      attestation: {
        digest: written.integrity,
        author: written.author,
        role: 'helpdesk',
      },
    });

    const admin = setup();
    admin.dialogs.queueOpen(planPath);
    const opened = await ok<{
      status: string;
      plan: { changes: unknown[]; baseVersions: object };
      authorship: object;
    }>(admin.call('settings:open-plan'));
    expect(opened.status).toBe('opened');
    expect(opened.plan.changes).toHaveLength(2);
    expect(opened.authorship).toMatchObject({
      status: 'attested',
      author: written.author,
      role: 'helpdesk',
    });
    const job = await ok<{ jobId: string }>(
      admin.call('settings:start-push', {
        changes: changes.map(({ reason: _reason, ...c }) => c),
        comment: 'From the helpdesk plan',
      }),
    );
    let status = await ok<{ revision: number; state: { status: string } }>(
      admin.call('settings:get-push-status', { jobId: job.jobId }),
    );
    while (status.state.status !== 'done') {
      status = await ok(
        admin.call('settings:get-push-status', {
          jobId: job.jobId,
          afterRevision: status.revision,
        }),
      );
    }
    const now = await allSettings(provider);
    for (const change of changes) {
      expect(now.find((s) => s.id === change.settingId)?.currentValue).toBe(change.value);
    }
  });

  it('rejects a malformed, a tampered and a foreign-tenant plan, naming what is wrong', async () => {
    const admin = setup();
    const changes = pick(await allSettings(provider), 1).map((c) => ({ ...c, reason: 'Why' }));
    const good = join(admin.dir, 'good.json');
    admin.dialogs.queueSave(good);
    await ok(admin.call('settings:save-plan', { changes }));
    const text = readFileSync(good, 'utf8');
    // A genuine plan, written by the app, for another tenant.
    const plan = changePlanSchema.parse(JSON.parse(text));
    const content = {
      author: plan.author,
      createdAt: plan.createdAt,
      baseVersions: plan.baseVersions,
      changes: plan.changes,
    };
    const foreign = serializeChangePlan(
      await createChangePlan({ ...content, tenantId: 'another-tenant' }, sha256Hex),
    );

    const cases: [string, string, string, RegExp][] = [
      ['broken.json', text.slice(0, 40), 'malformed-json', /not valid JSON.*line \d+, column \d+/],
      [
        'tampered.json',
        text.replace('"Why"', '"Because"'),
        'tampered',
        /changed after it was written/,
      ],
      [
        'edited-tenant.json',
        JSON.stringify({ ...(JSON.parse(text) as object), tenantId: 'another-tenant' }),
        'tampered',
        /integrity/,
      ],
      ['foreign.json', foreign, 'foreign-tenant', /written for tenant another-tenant/],
      [
        'profile.json',
        JSON.stringify({ format: 'pcc-settings-profile' }),
        'schema',
        /not a change plan/,
      ],
    ];
    for (const [name, content, kind, message] of cases) {
      const path = join(admin.dir, name);
      writeFileSync(path, content);
      admin.dialogs.queueOpen(path);
      const result = await ok<{ status: string; problem: { kind: string; message: string } }>(
        admin.call('settings:open-plan'),
      );
      expect(result, name).toMatchObject({ status: 'rejected', fileName: name, problem: { kind } });
      expect(result.problem.message, name).toMatch(message);
    }
    admin.dialogs.queueOpen(null);
    expect(await ok(admin.call('settings:open-plan'))).toEqual({ status: 'cancelled' });
  });

  it('exports the current values as a profile and imports it back', async () => {
    const admin = setup();
    const path = join(admin.dir, 'profile.json');
    admin.dialogs.queueSave(path);
    expect(await ok(admin.call('settings:export-profile', { name: 'Our baseline' }))).toEqual({
      status: 'saved',
      fileName: 'profile.json',
    });
    expect(admin.dialogs.saveRequests[0]?.defaultName).toBe('settings-profile-our-baseline.json');
    admin.dialogs.queueOpen(path);
    const opened = await ok<{ status: string; profile: { name: string; values: unknown[] } }>(
      admin.call('settings:import-profile'),
    );
    expect(opened.status).toBe('opened');
    expect(opened.profile.name).toBe('Our baseline');
    expect(opened.profile.values).toHaveLength((await allSettings(provider)).length);
  });

  it('reads the history newest first, per setting when asked', async () => {
    const admin = setup();
    const page = await ok<{ items: { settingId: string }[]; nextCursor: string | null }>(
      admin.call('settings:get-history', { limit: 5 }),
    );
    expect(page.items.length).toBeGreaterThan(0);
    const one = page.items[0]?.settingId ?? '';
    const filtered = await ok<{ items: { settingId: string }[] }>(
      admin.call('settings:get-history', { settingId: one }),
    );
    expect(filtered.items.every((i) => i.settingId === one)).toBe(true);
  });
});
