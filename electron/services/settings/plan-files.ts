import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { assertNever } from '../../../shared/domain/assert-never';
import {
  createChangePlan,
  parseChangePlan,
  serializeChangePlan,
  withAttestation,
  type ChangePlanV2,
} from '../../../shared/domain/settings/change-plan';
import type { PlanAttestation } from '../../../shared/domain/settings/plan-attestation';
import {
  verifyPlanAuthorship,
  type ProviderKeyLookup,
} from '../../../shared/domain/settings/plan-authorship';
import {
  exportSettingsProfile,
  parseSettingsProfile,
  serializeSettingsProfile,
} from '../../../shared/domain/settings/settings-profile-file';
import type {
  FileProblem,
  Sha256Hex,
  TamperEvidence,
} from '../../../shared/domain/settings/signed-json-file';
import type {
  Caller,
  OpenedPlan,
  OpenedProfile,
  SavedFile,
  SavedPlan,
  Setting,
  StagedChange,
} from '../../../shared/ipc/schemas/settings';
import type { FileDialogs } from '../file-dialogs';
import type { ProviderRead } from '../provider-failure';
import { userText } from '../user-text/user-text';
import { readUserFile, userFileNoun, writeUserFile, type UserFileKind } from './file-io';
import { verifyEd25519 } from './plan-attestations';

export const sha256Hex: Sha256Hex = (text) =>
  Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

const jsonFilter = [{ name: 'JSON', extensions: ['json'] }] as const;

const day = (date: Date): string => date.toISOString().slice(0, 10);

type Rejected = Extract<OpenedPlan, { status: 'rejected' }>;

/** Why a file is refused, in the user's language, from the facts the domain found. */
function problemText(problem: FileProblem, kind: UserFileKind): string {
  const words = userText().files;
  switch (problem.kind) {
    case 'malformed-json':
      return words.notJson(problem.message, problem.line, problem.column);
    case 'schema': {
      const fields = [...new Set(problem.issues.map((issue) => issue.path || issue.message))];
      const shown = fields.slice(0, 5).join(', ') + (fields.length > 5 ? ', …' : '');
      return words.notValid(problem.message, userFileNoun(kind), shown);
    }
    case 'foreign-tenant':
      return words.otherTenant(problem.message, problem.fileTenantId, problem.currentTenantId);
    case 'tampered':
      return tamperedText(problem.message, problem.evidence);
    default:
      return assertNever(problem, 'file problem');
  }
}

function tamperedText(detail: string, evidence: TamperEvidence): string {
  const words = userText().files;
  switch (evidence.what) {
    case 'integrity':
      return words.tampered(detail);
    case 'key-id':
      return words.signedWithOtherKey(detail, evidence.signed, evidence.provider);
    case 'signature':
      return words.signatureInvalid(detail, evidence.keyId);
    case 'digest':
      return words.notWhatWasSigned(detail);
    case 'tenant':
      return words.signedForOtherTenant(detail, evidence.signed, evidence.plan);
    case 'author':
      return words.signedForOtherAuthor(detail, evidence.plan, evidence.signed);
    default:
      return assertNever(evidence, 'tamper evidence');
  }
}

function rejected(fileName: string, problem: FileProblem, kind: UserFileKind): Rejected {
  return {
    status: 'rejected',
    fileName,
    problem: { kind: problem.kind, message: problemText(problem, kind) },
  };
}

/** Asks the connected provider to attest a plan's digest (see plan-attestations.ts). */
export type AttestPlan = (
  tenantId: string,
  digest: string,
) => Promise<ProviderRead<PlanAttestation>>;

/**
 * The provider's attestation of a new plan, or why the plan goes out unsigned. An answer about
 * another digest, tenant or author would make the administrator's app refuse the plan as
 * tampered, so it is not written into it.
 */
async function attested(
  plan: ChangePlanV2,
  attest: AttestPlan,
): Promise<{ plan: ChangePlanV2; attestation: SavedPlanAttestation }> {
  const answer = await attest(plan.tenantId, plan.integrity);
  if (!answer.ok) {
    return { plan, attestation: { status: 'unsigned', reason: answer.failure.reason } };
  }
  const { digest, tenantId, author } = answer.data;
  if (digest !== plan.integrity || tenantId !== plan.tenantId || author !== plan.author) {
    return {
      plan,
      attestation: { status: 'unsigned', reason: userText().files.attestationDoesNotFit },
    };
  }
  return { plan: withAttestation(plan, answer.data), attestation: { status: 'signed' } };
}

type SavedPlanAttestation = Extract<SavedPlan, { status: 'saved' }>['attestation'];

/**
 * A helpdesk (or admin) plan: tenant, author and time come from the provider and the clock, not
 * the renderer; the provider attests it when it answers, and when it does not the plan is saved
 * unsigned and the answer says why.
 */
export async function savePlanFile(
  dialogs: FileDialogs,
  caller: Caller,
  changes: readonly Required<StagedChange>[],
  now: Date,
  attest: AttestPlan,
): Promise<SavedPlan> {
  const path = await dialogs.chooseFileToSave({
    title: userText().dialogs.saveChangePlan,
    defaultName: `change-plan-${day(now)}.json`,
    filters: jsonFilter,
  });
  if (path === null) return { status: 'cancelled' };
  const unsigned = await createChangePlan(
    {
      tenantId: caller.tenantId,
      author: caller.subject,
      createdAt: now.toISOString(),
      baseVersions: Object.fromEntries(changes.map((c) => [c.settingId, c.baseVersion])),
      changes: changes.map((c) => ({ settingId: c.settingId, value: c.value, reason: c.reason })),
    },
    sha256Hex,
  );
  const { plan, attestation } = await attested(unsigned, attest);
  await writeUserFile(path, serializeChangePlan(plan), 'plan');
  return { status: 'saved', fileName: basename(path), attestation };
}

/** What opening a plan checks it against: the signed-in tenant and the provider's key. */
export interface PlanContext {
  readonly tenantId: string;
  readonly providerKey: () => Promise<ProviderKeyLookup>;
}

/**
 * A plan file's text, checked: JSON, schema, integrity, tenant, then the provider's attestation
 * (if it has one). The one way a plan is opened, whichever gesture chose the file (button, menu,
 * drag and drop).
 */
export async function openChangePlanText(
  text: string,
  fileName: string,
  context: PlanContext,
): Promise<Exclude<OpenedPlan, { status: 'cancelled' }>> {
  const result = await parseChangePlan(text, context.tenantId, sha256Hex);
  if (!result.ok) return rejected(fileName, result.problem, 'plan');
  const authorship = await verifyPlanAuthorship(result.value, context.providerKey, verifyEd25519);
  if (!authorship.ok) return rejected(fileName, authorship.problem, 'plan');
  return { status: 'opened', fileName, plan: result.value, authorship: authorship.authorship };
}

export async function openChangePlanFile(
  path: string,
  context: PlanContext,
): Promise<Exclude<OpenedPlan, { status: 'cancelled' }>> {
  return openChangePlanText(await readUserFile(path, 'plan'), basename(path), context);
}

export async function openPlanWithDialog(
  dialogs: FileDialogs,
  context: PlanContext,
  remember: (kind: 'plan', path: string) => void = () => undefined,
): Promise<OpenedPlan> {
  const path = await dialogs.chooseFileToOpen({
    title: userText().dialogs.openChangePlan,
    filters: jsonFilter,
  });
  if (path === null) return { status: 'cancelled' };
  const opened = await openChangePlanFile(path, context);
  if (opened.status === 'opened') remember('plan', path);
  return opened;
}

// Settings profiles keep their integrity checksum only, with no provider attestation: a profile
// moves between tenants (and so between providers), names no one who vouches for it, and is only
// ever staged, to be reviewed as the importing administrator's own changes before any push.
export async function exportProfileFile(
  dialogs: FileDialogs,
  caller: Caller,
  name: string,
  settings: readonly Setting[],
  now: Date,
): Promise<SavedFile> {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profile';
  const path = await dialogs.chooseFileToSave({
    title: userText().dialogs.exportProfile,
    defaultName: `settings-profile-${slug}.json`,
    filters: jsonFilter,
  });
  if (path === null) return { status: 'cancelled' };
  const file = await exportSettingsProfile(
    {
      name,
      author: caller.subject,
      createdAt: now.toISOString(),
      sourceTenantId: caller.tenantId,
      settings,
    },
    sha256Hex,
  );
  await writeUserFile(path, serializeSettingsProfile(file), 'profile');
  return { status: 'saved', fileName: basename(path) };
}

export async function importProfileWithDialog(dialogs: FileDialogs): Promise<OpenedProfile> {
  const path = await dialogs.chooseFileToOpen({
    title: userText().dialogs.importProfile,
    filters: jsonFilter,
  });
  if (path === null) return { status: 'cancelled' };
  const fileName = basename(path);
  const result = await parseSettingsProfile(await readUserFile(path, 'profile'), sha256Hex);
  return result.ok
    ? { status: 'opened', fileName, profile: result.value }
    : rejected(fileName, result.problem, 'profile');
}
