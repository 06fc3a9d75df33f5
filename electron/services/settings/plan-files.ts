import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { assertNever } from '../../../shared/domain/assert-never';
import {
  createChangePlan,
  parseChangePlan,
  serializeChangePlan,
} from '../../../shared/domain/settings/change-plan';
import {
  exportSettingsProfile,
  parseSettingsProfile,
  serializeSettingsProfile,
} from '../../../shared/domain/settings/settings-profile-file';
import type { FileProblem, Sha256Hex } from '../../../shared/domain/settings/signed-json-file';
import type {
  Caller,
  OpenedPlan,
  OpenedProfile,
  SavedFile,
  Setting,
  StagedChange,
} from '../../../shared/ipc/schemas/settings';
import type { FileDialogs } from '../file-dialogs';
import { userText } from '../user-text/user-text';
import { readUserFile, userFileNoun, writeUserFile, type UserFileKind } from './file-io';

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
      return words.tampered(problem.message);
    default:
      return assertNever(problem, 'file problem');
  }
}

function rejected(fileName: string, problem: FileProblem, kind: UserFileKind): Rejected {
  return {
    status: 'rejected',
    fileName,
    problem: { kind: problem.kind, message: problemText(problem, kind) },
  };
}

/** A helpdesk plan: tenant, author and time come from the provider and the clock, not the renderer. */
export async function savePlanFile(
  dialogs: FileDialogs,
  caller: Caller,
  changes: readonly Required<StagedChange>[],
  now: Date,
): Promise<SavedFile> {
  const path = await dialogs.chooseFileToSave({
    title: userText().dialogs.saveChangePlan,
    defaultName: `change-plan-${day(now)}.json`,
    filters: jsonFilter,
  });
  if (path === null) return { status: 'cancelled' };
  const plan = await createChangePlan(
    {
      tenantId: caller.tenantId,
      author: caller.subject,
      createdAt: now.toISOString(),
      baseVersions: Object.fromEntries(changes.map((c) => [c.settingId, c.baseVersion])),
      changes: changes.map((c) => ({ settingId: c.settingId, value: c.value, reason: c.reason })),
    },
    sha256Hex,
  );
  await writeUserFile(path, serializeChangePlan(plan), 'plan');
  return { status: 'saved', fileName: basename(path) };
}

/**
 * A plan file's text, checked: JSON, schema, integrity, tenant. The one way a plan is opened,
 * whichever gesture chose the file (button, menu, drag and drop).
 */
export async function openChangePlanText(
  text: string,
  fileName: string,
  tenantId: string,
): Promise<Exclude<OpenedPlan, { status: 'cancelled' }>> {
  const result = await parseChangePlan(text, tenantId, sha256Hex);
  return result.ok
    ? { status: 'opened', fileName, plan: result.value }
    : rejected(fileName, result.problem, 'plan');
}

export async function openChangePlanFile(
  path: string,
  tenantId: string,
): Promise<Exclude<OpenedPlan, { status: 'cancelled' }>> {
  return openChangePlanText(await readUserFile(path, 'plan'), basename(path), tenantId);
}

export async function openPlanWithDialog(
  dialogs: FileDialogs,
  tenantId: string,
  remember: (kind: 'plan', path: string) => void = () => undefined,
): Promise<OpenedPlan> {
  const path = await dialogs.chooseFileToOpen({
    title: userText().dialogs.openChangePlan,
    filters: jsonFilter,
  });
  if (path === null) return { status: 'cancelled' };
  const opened = await openChangePlanFile(path, tenantId);
  if (opened.status === 'opened') remember('plan', path);
  return opened;
}

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
