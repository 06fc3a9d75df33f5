import type { TFunction } from 'i18next';
import type { OfferedFile } from '../../../shared/ipc/schemas/files';
import { formatDateTime } from '../i18n/format';
import { openLogInCase } from '../features/log-review/open-log';
import { findRouteHref } from './routes';
import type { AppStores } from './stores';

export interface FileOpenTargets {
  readonly stores: Pick<AppStores, 'settings' | 'logReview'>;
  readonly navigate: (hash: string) => void;
  readonly t: TFunction;
  readonly language: () => string;
  readonly now?: () => Date;
}

/** A case named after the file: its name without the extension, within a case name's 200. */
function caseNameFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
  return (stem === '' ? fileName : stem).slice(0, 200);
}

/**
 * Opens a file where it belongs, on that screen: a change plan as a review in Settings, a log
 * into the open review case (a new case named after the file when none is open).
 */
export async function openOfferedFile(file: OfferedFile, targets: FileOpenTargets): Promise<void> {
  if (file.kind === 'plan') {
    targets.navigate(findRouteHref('settings') ?? '#/settings');
    await targets.stores.settings.getState().openPlanFile(file.fileId);
    return;
  }
  targets.navigate(findRouteHref('log-review') ?? '#/log-review');
  await openLogInCase(targets.stores.logReview, {
    dialogTitle: targets.t('import.dialogTitle', { ns: 'logs' }),
    newCaseName: caseNameFor(file.name),
    fileId: file.fileId,
  });
}

/** File → Open log file: the user chooses the file; with no case open, a dated case starts. */
export async function openLogWithDialog(targets: FileOpenTargets): Promise<void> {
  targets.navigate(findRouteHref('log-review') ?? '#/log-review');
  const when = formatDateTime((targets.now?.() ?? new Date()).toISOString(), targets.language());
  await openLogInCase(targets.stores.logReview, {
    dialogTitle: targets.t('import.dialogTitle', { ns: 'logs' }),
    newCaseName: targets.t('cases.newFromMenu', { ns: 'logs', when }),
  });
}

/** File → Open change plan: the plan's review opens in Settings. */
export async function openPlanWithDialog(targets: FileOpenTargets): Promise<void> {
  targets.navigate(findRouteHref('settings') ?? '#/settings');
  await targets.stores.settings.getState().openPlan();
}
