// Saving and opening change plans against a real embedded provider: the attestation it signs
// when a plan is saved, and every way an edited or borrowed attestation is refused on opening.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import type { Export, Schemas } from '../../../../electron/provider/types';
import { createProviderClient } from '../../../../electron/services/provider-client';
import {
  createProviderKeySource,
  requestAttestation,
} from '../../../../electron/services/settings/plan-attestations';
import {
  openChangePlanText,
  savePlanFile,
  sha256Hex,
  type PlanContext,
} from '../../../../electron/services/settings/plan-files';
import { setUserTextLanguage } from '../../../../electron/services/user-text/user-text';
import type { ChangePlan } from '../../../../shared/domain/settings/change-plan';
import { computeIntegrity } from '../../../../shared/domain/settings/signed-json-file';
import type { Caller } from '../../../../shared/ipc/schemas/settings';
import { createScriptedDialogs } from '../../../harness/scripted-dialogs';
import { closedPortUrl, providerJson, startSmallProvider } from '../provider-fixture';
import { allSettings, clientFor, tempDir } from './settings-test-kit';

let provider: RunningProvider;
let stop: () => Promise<void>;
let helpdesk: Caller;
let context: PlanContext;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  ({ provider, stop } = await startSmallProvider());
  const me = (await providerJson(provider, '/v1/me', provider.tokens.helpdesk)) as Schemas['Me'];
  helpdesk = { subject: me.subject, role: 'helpdesk', tenantId: me.tenantId, canPush: false };
  const cache = tempDir('pcc-plan-key-');
  cleanups.push(cache.remove);
  context = {
    tenantId: me.tenantId,
    providerKey: createProviderKeySource({
      getClient: () => clientFor(provider),
      cacheDir: () => cache.dir,
      now: () => new Date(),
    }),
  };
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await stop();
});
afterEach(() => {
  setUserTextLanguage(() => 'en');
});

/**
 * Saves a one-change plan as `caller`, attested with the token of `attestRole` (null: through a
 * provider that cannot be reached); returns the answer and the file's text.
 */
async function savedPlan(
  attestRole: 'admin' | 'helpdesk' | null = 'helpdesk',
  caller: Caller = helpdesk,
) {
  const dir = tempDir('pcc-plan-');
  cleanups.push(dir.remove);
  const [setting] = await allSettings(provider);
  if (!setting) throw new Error('no settings');
  const value = setting.values.find((v) => v.value !== setting.currentValue)?.value ?? '';
  const dialogs = createScriptedDialogs();
  const path = join(dir.dir, 'plan.json');
  dialogs.queueSave(path);
  const client =
    attestRole === null
      ? createProviderClient({ baseUrl: await closedPortUrl(), token: 'unused' })
      : clientFor(provider, attestRole);
  const saved = await savePlanFile(
    dialogs,
    caller,
    [{ settingId: setting.id, value, baseVersion: setting.version, reason: 'Ticket 7' }],
    new Date('2025-11-03T09:15:00.000Z'),
    (tenantId, digest) => requestAttestation(client, tenantId, digest),
  );
  return { saved, text: readFileSync(path, 'utf8') };
}

/** Edits a plan and recomputes its integrity, as anyone with a text editor can. */
async function forge(text: string, edit: (plan: Record<string, unknown>) => void) {
  const plan = JSON.parse(text) as Record<string, unknown>;
  edit(plan);
  plan.integrity = await computeIntegrity(plan, sha256Hex, ['integrity', 'attestation']);
  return JSON.stringify(plan, null, 2);
}

async function refusal(text: string, planContext = context) {
  const opened = await openChangePlanText(text, 'plan.json', planContext);
  if (opened.status !== 'rejected') throw new Error('expected the plan to be refused');
  expect(opened.problem.kind).toBe('tampered');
  return opened.problem.message;
}

describe('saving a change plan', () => {
  it('has the provider attest it for the caller, and opens as signed', async () => {
    const { saved, text } = await savedPlan();
    expect(saved).toEqual({
      status: 'saved',
      fileName: 'plan.json',
      attestation: { status: 'signed' },
    });
    const plan = JSON.parse(text) as ChangePlan;
    expect(plan).toMatchObject({ version: 2, attestation: { author: helpdesk.subject } });
    expect(await openChangePlanText(text, 'plan.json', context)).toMatchObject({
      status: 'opened',
      authorship: { status: 'attested', author: helpdesk.subject, role: 'helpdesk' },
    });
  });

  it('saves it unsigned, saying why, when the provider cannot be reached', async () => {
    const { saved, text } = await savedPlan(null);
    expect(saved).toMatchObject({
      status: 'saved',
      attestation: { status: 'unsigned', reason: expect.stringMatching(/refused/) as unknown },
    });
    expect(JSON.parse(text)).toMatchObject({ version: 2, attestation: null });
    expect(await openChangePlanText(text, 'plan.json', context)).toMatchObject({
      status: 'opened',
      authorship: { status: 'unsigned' },
    });
  });

  it('leaves out an attestation that names someone else than the plan does', async () => {
    // The admin token answers for admin@…, but the plan names the helpdesk caller.
    const { saved, text } = await savedPlan('admin');
    expect(saved).toMatchObject({
      attestation: {
        status: 'unsigned',
        reason: expect.stringMatching(/did not match/) as unknown,
      },
    });
    expect(JSON.parse(text)).toMatchObject({ attestation: null });
  });
});

describe('opening an attested plan', () => {
  it('refuses it when it was edited after signing, with its integrity recomputed', async () => {
    const { text } = await savedPlan();
    const forged = await forge(text, (plan) => {
      const [change] = plan.changes as { reason: string }[];
      if (change) change.reason = 'Approved by the works council';
    });
    expect(await refusal(forged)).toMatch(/not what the provider signed/);
    setUserTextLanguage(() => 'de');
    expect(await refusal(forged)).toMatch(/nicht der, den der Anbieter signiert hat/);
  });

  it('refuses it when the author was swapped for someone the provider did not sign for', async () => {
    const { text } = await savedPlan();
    // A genuine attestation of the edited plan, asked for with another token, names that token.
    const edited = await forge(text, (plan) => {
      plan.author = 'admin@contoso.example';
      plan.attestation = null;
    });
    const plan = JSON.parse(edited) as Record<string, unknown> & { integrity: string };
    const own = await requestAttestation(clientFor(provider), helpdesk.tenantId, plan.integrity);
    if (!own.ok) throw new Error('no attestation');
    const message = await refusal(JSON.stringify({ ...plan, attestation: own.data }));
    expect(message).toContain(`names admin@contoso.example as its author`);
    expect(message).toContain(own.data.author);
  });

  it('refuses an export manifest signature replayed as the attestation', async () => {
    const { text } = await savedPlan();
    const exported = (await providerJson(provider, '/v1/exports', provider.tokens.admin, {
      method: 'POST',
      body: JSON.stringify({
        from: '2000-01-01T00:00:00Z',
        to: '2100-01-01T00:00:00Z',
        format: 'jsonl',
      }),
    })) as Export;
    const plan = JSON.parse(text) as { attestation: Record<string, unknown> };
    plan.attestation.signature = exported.manifest.signature;
    expect(await refusal(JSON.stringify(plan))).toMatch(/signature does not verify/);
  });

  it('refuses it when the connected provider signs with another key', async () => {
    const { text } = await savedPlan();
    const live = await context.providerKey();
    if (!live.ok) throw new Error('no key');
    const rotated: PlanContext = {
      tenantId: context.tenantId,
      providerKey: () =>
        Promise.resolve({ ok: true, key: { ...live.key, keyId: 'ed25519-rotated' } }),
    };
    const message = await refusal(text, rotated);
    expect(message).toContain('ed25519-rotated');
    expect(message).toContain(live.key.keyId);
  });
});
