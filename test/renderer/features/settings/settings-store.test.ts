import { afterEach, describe, expect, it } from 'vitest';
import type { ChangePlan } from '../../../../shared/domain/settings/change-plan';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { Draft, PushJob, SettingsCatalogue } from '../../../../shared/ipc/schemas/settings';
import {
  createSettingsStore,
  type SettingsStore,
} from '../../../../renderer/src/features/settings/settings-store';
import { deferred, fakeBridge } from '../../fake-bridge';
import { jobStates, sampleCatalogue, sampleJob } from './sample-catalogue';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
const stores: SettingsStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.getState().dispose();
});

function setup(settings: Partial<PccBridge['settings']> = {}, catalogue = sampleCatalogue()) {
  const drafts: Draft[] = [];
  const bridge = fakeBridge({
    settings: {
      getDraft: () => ok({ changes: [] }),
      getCatalogue: () => ok(catalogue),
      saveDraft: (draft) => {
        drafts.push(draft);
        return ok(draft);
      },
      ...settings,
    },
  });
  const store = createSettingsStore(bridge);
  stores.push(store);
  return { store, drafts };
}

/** Lets queued promise callbacks (the draft saves) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings store: catalogue and staging', () => {
  it('restores the saved draft, then reads the catalogue', async () => {
    const { store } = setup({
      getDraft: () =>
        ok({ changes: [{ settingId: 'os.location', value: '0', baseVersion: 'os.location-v1' }] }),
    });
    await store.getState().load();
    expect(store.getState().staged).toEqual({
      'os.location': { value: '0', baseVersion: 'os.location-v1', reason: '' },
    });
    expect(store.getState().catalogue).toEqual({ status: 'ready', catalogue: sampleCatalogue() });
  });

  it('stages against the current version, saves the draft in order, and unstages', async () => {
    const { store, drafts } = setup();
    await store.getState().load();
    store.getState().stage('os.location', '0');
    store.getState().setReason('os.location', 'Ticket 7');
    store.getState().stage('os.allow-telemetry', '1');
    // Back to the current value is no change.
    store.getState().stage('os.allow-telemetry', '3');
    await settle();
    expect(store.getState().staged).toEqual({
      'os.location': { value: '0', baseVersion: 'os.location-v1', reason: 'Ticket 7' },
    });
    expect(drafts.at(-1)).toEqual({
      changes: [
        { settingId: 'os.location', value: '0', baseVersion: 'os.location-v1', reason: 'Ticket 7' },
      ],
    });
    expect(drafts).toHaveLength(4);
    store.getState().unstage('os.location');
    await settle();
    expect(drafts.at(-1)).toEqual({ changes: [] });
  });

  it('a baseline profile replaces what was staged with exactly its differences', async () => {
    const { store } = setup();
    await store.getState().load();
    store.getState().stage('browser.suggestions', '1');
    store.getState().setProfile({ id: 'minimum-data' });
    store.getState().applyProfile();
    expect(Object.keys(store.getState().staged).sort()).toEqual([
      'chat.crash-reports',
      'os.allow-telemetry',
      'os.location',
    ]);
  });

  it('says so when the provider is reachable again with changes staged', async () => {
    const answers: SettingsCatalogue[] = [
      sampleCatalogue({ source: 'cache', offlineReason: 'The provider refused the connection.' }),
      sampleCatalogue(),
    ];
    const { store } = setup({ getCatalogue: () => ok(answers.shift() ?? sampleCatalogue()) });
    await store.getState().load();
    store.getState().stage('os.location', '0');
    await store.getState().refresh();
    expect(store.getState().notice).toEqual({ tone: 'ok', key: 'backOnline', count: 1 });
  });
});

describe('settings store: push', () => {
  it('confirms one batch, follows it to done and drops what it applied', async () => {
    const pushed: unknown[] = [];
    const second = deferred<IpcResult<PushJob>>();
    const { store } = setup({
      startPush: (request) => {
        pushed.push(request);
        return ok(sampleJob(1, jobStates.sending));
      },
      getPushStatus: ({ afterRevision }) => {
        expect(afterRevision).toBe(1);
        return second.promise;
      },
      getHistory: () => ok({ items: [], nextCursor: null }),
    });
    await store.getState().load();
    store.getState().stage('os.location', '0');
    const confirmed = store
      .getState()
      .confirm([{ settingId: 'os.location', value: '0', baseVersion: 'os.location-v1' }], ' why ');
    await settle();
    expect(store.getState().push).toMatchObject({ status: 'tracking', job: { revision: 1 } });
    second.resolve({ ok: true, value: sampleJob(2, jobStates.done) });
    await confirmed;
    // The results are shown first; the staged marks go once that frame is out.
    expect(store.getState().staged).not.toEqual({});
    await settle();
    expect(pushed).toEqual([
      {
        changes: [{ settingId: 'os.location', value: '0', baseVersion: 'os.location-v1' }],
        comment: 'why',
      },
    ]);
    expect(store.getState().push).toMatchObject({ status: 'tracking', job: { revision: 2 } });
    expect(store.getState().staged).toEqual({});
  });

  it('stops at a conflict and sends the choice', async () => {
    const choices: string[] = [];
    const { store } = setup({
      startPush: () => ok(sampleJob(1, jobStates.conflict)),
      resolveConflict: ({ choice }) => {
        choices.push(choice);
        return ok(sampleJob(3, jobStates.done));
      },
    });
    await store.getState().load();
    await store.getState().confirm([], '');
    expect(store.getState().push).toMatchObject({ job: { state: { status: 'conflict' } } });
    await store.getState().resolveConflict('reapply-mine');
    expect(choices).toEqual(['reapply-mine']);
    expect(store.getState().push).toMatchObject({ job: { state: { status: 'done' } } });
  });

  it('asks about a push an earlier run left unfinished, and resumes it on request', async () => {
    const resumed: string[] = [];
    const { store } = setup({
      getUnfinishedPush: () => ok({ job: sampleJob(0, jobStates.interrupted), notice: null }),
      resumePush: ({ jobId }) => {
        resumed.push(jobId);
        return ok(sampleJob(5, jobStates.done));
      },
    });
    await store.getState().checkUnfinished();
    expect(store.getState().unfinished).toMatchObject({ status: 'open' });
    store.getState().postponeUnfinished();
    expect(store.getState().unfinished).toMatchObject({ status: 'postponed' });
    store.getState().reopenUnfinished();
    await store.getState().resumeUnfinished();
    expect(resumed).toEqual(['job-1']);
    expect(store.getState().review).toEqual({ kind: 'job' });
    expect(store.getState().push).toMatchObject({ job: { state: { status: 'done' } } });
  });

  it('has nothing to ask when no push is unfinished', async () => {
    const { store } = setup({ getUnfinishedPush: () => ok({ job: null, notice: null }) });
    await store.getState().checkUnfinished();
    expect(store.getState().unfinished).toEqual({ status: 'none' });
  });
});

describe('settings store: plans and profiles', () => {
  it('shows why a plan file was refused and opens no review', async () => {
    const { store } = setup({
      openPlan: () =>
        ok({
          status: 'rejected',
          fileName: 'plan.json',
          problem: { kind: 'foreign-tenant', message: 'Written for tenant other.' },
        }),
    });
    await store.getState().openPlan();
    expect(store.getState().notice).toEqual({
      tone: 'danger',
      key: 'fileRejected',
      fileName: 'plan.json',
      message: 'Written for tenant other.',
    });
    expect(store.getState().review).toEqual({ kind: 'closed' });
  });

  it('says when a plan was saved without the provider signature, and why', async () => {
    const { store } = setup({
      savePlan: () =>
        ok({
          status: 'saved',
          fileName: 'plan.json',
          attestation: { status: 'unsigned', reason: 'The provider refused the connection.' },
        }),
    });
    const change = { settingId: 'os.location', value: '0', baseVersion: 'v1', reason: 'Why' };
    expect(await store.getState().savePlan([change])).toBe(true);
    expect(store.getState().notice).toEqual({
      tone: 'warning',
      key: 'planSavedUnsigned',
      fileName: 'plan.json',
      reason: 'The provider refused the connection.',
    });
  });

  it('opens a plan review with who prepared it, as main verified it', async () => {
    const authorship = {
      status: 'attested',
      author: 'helpdesk@contoso.example',
      role: 'helpdesk',
      signedAt: '2025-06-01T09:01:00.000Z',
      keyId: 'ed25519-1',
    } as const;
    const plan: ChangePlan = {
      format: 'pcc-change-plan',
      version: 2,
      tenantId: 'tenant-1',
      author: 'helpdesk@contoso.example',
      createdAt: '2025-06-01T09:00:00.000Z',
      baseVersions: { 'os.location': 'os.location-v1' },
      changes: [{ settingId: 'os.location', value: '0', reason: 'Ticket 1' }],
      attestation: null,
      integrity: 'a'.repeat(64),
    };
    const { store } = setup({
      openPlan: () => ok({ status: 'opened', fileName: 'plan.json', plan, authorship }),
    });
    await store.getState().openPlan();
    expect(store.getState().review).toEqual({
      kind: 'plan',
      fileName: 'plan.json',
      plan,
      authorship,
    });
  });

  it('stages only what an imported profile changes', async () => {
    const { store } = setup({
      importProfile: () =>
        ok({
          status: 'opened',
          fileName: 'p.json',
          profile: {
            format: 'pcc-settings-profile',
            version: 1,
            name: 'Baseline',
            author: 'admin@contoso.example',
            createdAt: '2025-06-01T00:00:00.000Z',
            sourceTenantId: 'tenant-2',
            values: [
              { settingId: 'os.location', value: '1' },
              { settingId: 'browser.suggestions', value: '1' },
            ],
            integrity: 'b'.repeat(64),
          },
        }),
    });
    await store.getState().load();
    await store.getState().importProfile();
    expect(Object.keys(store.getState().staged)).toEqual(['browser.suggestions']);
    expect(store.getState().notice).toMatchObject({ key: 'profileImported', count: 1 });
  });
});
