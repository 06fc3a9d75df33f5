import type { ChannelName } from '../../../shared/ipc/contract';
import type { OpenConf } from '../app-settings-store';
import type { FileDialogs } from '../file-dialogs';
import type { ChannelHandlers } from '../ipc-registry';
import { failureToServiceError } from '../overview-service';
import type { ProviderClient } from '../provider-client';
import type { RetryPolicy } from '../../../shared/domain/settings/retry-policy';
import {
  exportProfileFile,
  importProfileWithDialog,
  openChangePlanFile,
  openPlanWithDialog,
  savePlanFile,
  type PlanContext,
} from './plan-files';
import { createProviderKeySource, requestAttestation } from './plan-attestations';
import { createPushExecutor, type PushExecutor } from './push-executor';
import { openPushStore } from './push-store';
import {
  callerOrCached,
  liveCaller,
  liveSettings,
  loadCatalogue,
  requirePushRight,
} from './settings-catalogue';
import type { UserFiles } from '../files/file-grants';
import { readHistory } from './settings-provider';
import { createSnapshotCache } from './snapshot-cache';

export interface SettingsHandlerDeps {
  readonly getClient: () => ProviderClient;
  /** This connection's cache folder (the offline snapshot lives there). */
  readonly cacheDir: () => string;
  /** The app's data folder: the staged plan and the push are saved there. */
  readonly dataDir: string;
  readonly dialogs: FileDialogs;
  /** Plans opened by id (dropped, recent) and plans opened kept in the recent list. */
  readonly files: UserFiles;
  /** A push under way, for the taskbar or dock icon. */
  readonly onTaskProgress?: (progress: 'indeterminate' | null) => void;
  /** electron-store in the desktop app; `conf` (which it extends) under plain Node. */
  readonly openConf?: OpenConf;
  readonly now?: () => Date;
  readonly retryPolicy?: RetryPolicy;
}

type SettingsChannel = Extract<ChannelName, `settings:${string}`>;
export type SettingsHandlers = Pick<ChannelHandlers, SettingsChannel>;

export interface SettingsServices {
  readonly handlers: SettingsHandlers;
  readonly executor: PushExecutor;
}

/** Every settings:* channel, built on the provider client, the push store and the dialogs. */
export function createSettingsServices(deps: SettingsHandlerDeps): SettingsServices {
  const now = deps.now ?? (() => new Date());
  const store = openPushStore({
    directory: deps.dataDir,
    ...(deps.openConf === undefined ? {} : { open: deps.openConf }),
    now,
  });
  const executor = createPushExecutor({
    store,
    getClient: deps.getClient,
    nowMs: () => now().getTime(),
    ...(deps.retryPolicy === undefined ? {} : { policy: deps.retryPolicy }),
    ...(deps.onTaskProgress === undefined ? {} : { onTaskProgress: deps.onTaskProgress }),
  });
  const catalogueDeps = {
    getClient: deps.getClient,
    cache: createSnapshotCache(deps.cacheDir),
    now,
  };

  const providerKey = createProviderKeySource({
    getClient: deps.getClient,
    cacheDir: deps.cacheDir,
    now,
  });
  const planContext = async (): Promise<PlanContext> => ({
    tenantId: (await callerOrCached(catalogueDeps)).tenantId,
    providerKey,
  });

  const handlers: SettingsHandlers = {
    'settings:get-catalogue': () => loadCatalogue(catalogueDeps),
    'settings:get-history': async (query) => {
      const read = await readHistory(deps.getClient(), query);
      if (!read.ok) throw failureToServiceError(read.failure);
      return read.data;
    },
    'settings:get-draft': () => Promise.resolve({ changes: [...store.draft()] }),
    'settings:save-draft': ({ changes }) => {
      store.saveDraft(changes);
      return Promise.resolve({ changes: [...store.draft()] });
    },
    'settings:start-push': async (request) => {
      const caller = await liveCaller(deps.getClient);
      requirePushRight(caller);
      return executor.start(request, caller.tenantId);
    },
    'settings:get-push-status': ({ jobId, afterRevision }) => executor.status(jobId, afterRevision),
    'settings:cancel-push': ({ jobId }) => Promise.resolve(executor.cancel(jobId)),
    'settings:resolve-conflict': ({ jobId, choice }) =>
      Promise.resolve(executor.resolveConflict(jobId, choice)),
    'settings:get-unfinished-push': () => Promise.resolve(executor.unfinished()),
    'settings:resume-push': async ({ jobId }) => {
      const caller = await liveCaller(deps.getClient);
      requirePushRight(caller);
      return executor.resume(jobId, caller.tenantId);
    },
    'settings:discard-push': ({ jobId }) => {
      executor.discard(jobId);
      return Promise.resolve(null);
    },
    'settings:save-plan': async ({ changes }) =>
      savePlanFile(
        deps.dialogs,
        await callerOrCached(catalogueDeps),
        changes,
        now(),
        (tenantId, digest) => requestAttestation(deps.getClient(), tenantId, digest),
      ),
    'settings:open-plan': async () =>
      openPlanWithDialog(deps.dialogs, await planContext(), (kind, path) => {
        deps.files.remember(kind, path);
      }),
    'settings:open-plan-file': async ({ fileId }) => {
      const path = deps.files.resolve(fileId, 'plan');
      const opened = await openChangePlanFile(path, await planContext());
      if (opened.status === 'opened') deps.files.remember('plan', path);
      return opened;
    },
    'settings:export-profile': async ({ name }) => {
      const caller = await liveCaller(deps.getClient);
      const settings = await liveSettings(deps.getClient);
      return exportProfileFile(deps.dialogs, caller, name, settings, now());
    },
    'settings:import-profile': () => importProfileWithDialog(deps.dialogs),
  };
  return { handlers, executor };
}
