import { stageSettingsProfile } from '../../../../shared/domain/settings/settings-profile-file';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { OpenedPlan, StagedChange } from '../../../../shared/ipc/schemas/settings';
import type { SettingsState } from './settings-store';
import { lastCatalogue, type Staged } from './settings-state';

type Set = (patch: Partial<SettingsState>) => void;
type Get = () => SettingsState;

export interface FileActions {
  /** Saves the given changes (each with its reason) as a change plan file the user names. */
  readonly savePlan: (changes: readonly Required<StagedChange>[]) => Promise<boolean>;
  /** Asks for a plan file and opens it as a review; the one way a plan is opened. */
  readonly openPlan: () => Promise<void>;
  /** Opens a plan main offered by id (dropped on the window, or from the recent list). */
  readonly openPlanFile: (fileId: string) => Promise<void>;
  /** Shows an opened plan (from the button here, or a menu or a dropped file later). */
  readonly showOpenedPlan: (result: IpcResult<OpenedPlan>) => Promise<void>;
  readonly exportProfile: (name: string) => Promise<boolean>;
  readonly importProfile: () => Promise<void>;
}

export interface FileActionDeps {
  readonly bridge: Pick<PccBridge, 'settings'>;
  readonly set: Set;
  readonly get: Get;
  readonly setStaged: (staged: Staged) => void;
  readonly refresh: () => Promise<void>;
}

export function createFileActions(deps: FileActionDeps): FileActions {
  const { bridge, set, get } = deps;

  const failed = (message: string) => {
    set({ notice: { tone: 'danger', key: 'failed', message } });
  };

  const showOpenedPlan: FileActions['showOpenedPlan'] = async (result) => {
    if (!result.ok) {
      failed(result.error.message);
      return;
    }
    const opened = result.value;
    switch (opened.status) {
      case 'cancelled':
        return;
      case 'rejected':
        set({
          notice: {
            tone: 'danger',
            key: 'fileRejected',
            fileName: opened.fileName,
            message: opened.problem.message,
          },
        });
        return;
      case 'opened':
        set({
          notice: null,
          push: { status: 'idle' },
          review: {
            kind: 'plan',
            fileName: opened.fileName,
            plan: opened.plan,
            authorship: opened.authorship,
          },
        });
        // The diff is against the tenant's values as they are now.
        await deps.refresh();
    }
  };

  return {
    savePlan: async (changes) => {
      const result = await bridge.settings.savePlan({ changes: [...changes] });
      if (!result.ok) {
        failed(result.error.message);
        return false;
      }
      const saved = result.value;
      if (saved.status === 'cancelled') return false;
      set({
        notice:
          saved.attestation.status === 'signed'
            ? { tone: 'ok', key: 'planSaved', fileName: saved.fileName }
            : {
                tone: 'warning',
                key: 'planSavedUnsigned',
                fileName: saved.fileName,
                reason: saved.attestation.reason,
              },
      });
      return true;
    },
    openPlan: async () => {
      await showOpenedPlan(await bridge.settings.openPlan());
    },
    openPlanFile: async (fileId) => {
      await showOpenedPlan(await bridge.settings.openPlanFile({ fileId }));
    },
    showOpenedPlan,
    exportProfile: async (name) => {
      const result = await bridge.settings.exportProfile({ name });
      if (!result.ok) {
        failed(result.error.message);
        return false;
      }
      if (result.value.status === 'cancelled') return false;
      set({ notice: { tone: 'ok', key: 'profileSaved', fileName: result.value.fileName } });
      return true;
    },
    importProfile: async () => {
      const result = await bridge.settings.importProfile();
      if (!result.ok) {
        failed(result.error.message);
        return;
      }
      const opened = result.value;
      if (opened.status === 'cancelled') return;
      if (opened.status === 'rejected') {
        set({
          notice: {
            tone: 'danger',
            key: 'fileRejected',
            fileName: opened.fileName,
            message: opened.problem.message,
          },
        });
        return;
      }
      const catalogue = lastCatalogue(get().catalogue);
      const byId = new Map((catalogue?.settings ?? []).map((s) => [s.id, s]));
      const wanted = stageSettingsProfile(opened.profile);
      // Only what differs is staged; unknown settings show up as problems in the review.
      const staged = Object.fromEntries(
        Object.entries(wanted).flatMap(([settingId, value]) => {
          const setting = byId.get(settingId);
          if (setting?.currentValue === value) return [];
          return [[settingId, { value, baseVersion: setting?.version ?? 'unknown', reason: '' }]];
        }),
      );
      deps.setStaged({ ...get().staged, ...staged });
      set({
        notice: {
          tone: 'ok',
          key: 'profileImported',
          fileName: opened.fileName,
          count: Object.keys(staged).length,
        },
      });
    },
  };
}
