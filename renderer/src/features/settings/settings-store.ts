import { createStore, type StoreApi } from 'zustand/vanilla';
import { stageProfile as profileStage } from '../../../../shared/domain/settings/baseline-profiles';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { StagedChange } from '../../../../shared/ipc/schemas/settings';
import { createFileActions, type FileActions } from './file-actions';
import { createPushActions, withoutSettled, type PushActions } from './push-actions';
import {
  defaultFilters,
  lastCatalogue,
  type CatalogueLoad,
  type Filters,
  type HistoryLoad,
  type Notice,
  type ProfileChoice,
  type PushView,
  type Review,
  type Staged,
  type UnfinishedPrompt,
} from './settings-state';

export interface SettingsState extends PushActions, FileActions {
  readonly catalogue: CatalogueLoad;
  readonly staged: Staged;
  readonly filters: Filters;
  readonly profile: ProfileChoice;
  readonly review: Review;
  readonly push: PushView;
  readonly unfinished: UnfinishedPrompt;
  readonly history: HistoryLoad;
  readonly notice: Notice | null;
  /** Reads the saved draft once, then the catalogue. */
  readonly load: () => Promise<void>;
  readonly refresh: () => Promise<void>;
  readonly stage: (settingId: string, value: string) => void;
  readonly unstage: (settingId: string) => void;
  readonly clearStaged: () => void;
  readonly setReason: (settingId: string, reason: string) => void;
  readonly setFilters: (patch: Partial<Filters>) => void;
  readonly setProfile: (patch: Partial<ProfileChoice>) => void;
  /** Stages exactly what the chosen baseline profile changes (replacing what was staged). */
  readonly applyProfile: () => void;
  /** Opens the review of the staged changes, after reading the values fresh. */
  readonly openReview: () => Promise<void>;
  readonly closeReview: () => void;
  /** Shows the push under way again after its dialog was closed. */
  readonly showPush: () => void;
  readonly confirm: (
    changes: readonly Omit<StagedChange, 'reason'>[],
    comment: string,
  ) => Promise<void>;
  readonly resolveConflict: (choice: 'keep-theirs' | 'reapply-mine') => Promise<void>;
  readonly loadHistory: (more?: boolean) => Promise<void>;
  readonly dismissNotice: () => void;
  /** Stops timers and polling (the store outlives no window). */
  readonly dispose: () => void;
}

export type SettingsStore = StoreApi<SettingsState>;

/** While the provider is unreachable, how often the screen looks again. */
export const offlineRecheckMs = 10_000;

function draftOf(staged: Staged): StagedChange[] {
  return Object.entries(staged).map(([settingId, entry]) => ({
    settingId,
    value: entry.value,
    baseVersion: entry.baseVersion,
    ...(entry.reason === '' ? {} : { reason: entry.reason }),
  }));
}

export function createSettingsStore(bridge: Pick<PccBridge, 'settings'>): SettingsStore {
  let latest = 0;
  let draftLoaded = false;
  let disposed = false;
  let recheck: ReturnType<typeof setTimeout> | null = null;
  // Draft saves go out in order, so an older one can never land after a newer one.
  let saving: Promise<unknown> = Promise.resolve();

  return createStore<SettingsState>()((set, get) => {
    function persistDraft(): void {
      const changes = draftOf(get().staged);
      saving = saving.then(() => bridge.settings.saveDraft({ changes }));
    }

    function setStaged(staged: Staged): void {
      set({ staged });
      persistDraft();
    }

    function scheduleRecheck(): void {
      if (recheck !== null) clearTimeout(recheck);
      recheck = null;
      const catalogue = lastCatalogue(get().catalogue);
      if (disposed || catalogue?.source !== 'cache') return;
      recheck = setTimeout(() => void get().refresh(), offlineRecheckMs);
    }

    const refresh = async (): Promise<void> => {
      const request = (latest += 1);
      const wasOffline = lastCatalogue(get().catalogue)?.source === 'cache';
      set({ catalogue: { status: 'loading', previous: lastCatalogue(get().catalogue) } });
      const result = await bridge.settings.getCatalogue();
      if (request !== latest || disposed) return;
      if (!result.ok) {
        set({
          catalogue: {
            status: 'failed',
            error: result.error,
            previous: lastCatalogue(get().catalogue),
          },
        });
        return;
      }
      const catalogue = result.value;
      set({ catalogue: { status: 'ready', catalogue } });
      const count = Object.keys(get().staged).length;
      if (wasOffline && catalogue.source === 'live' && count > 0) {
        set({ notice: { tone: 'ok', key: 'backOnline', count } });
      }
      scheduleRecheck();
    };

    const onDone = (job: Parameters<typeof withoutSettled>[1]) => {
      setStaged(withoutSettled(get().staged, job));
      void refresh();
      if (get().history.status !== 'idle') void get().loadHistory();
    };

    return {
      catalogue: { status: 'idle' },
      staged: {},
      filters: defaultFilters,
      profile: { id: 'minimum-data', enterprise: false },
      review: { kind: 'closed' },
      push: { status: 'idle' },
      unfinished: { status: 'unchecked' },
      history: { status: 'idle' },
      notice: null,
      ...createPushActions({ bridge, set, get, onDone, isDisposed: () => disposed }),
      ...createFileActions({ bridge, set, get, setStaged, refresh }),
      load: async () => {
        if (!draftLoaded) {
          draftLoaded = true;
          const draft = await bridge.settings.getDraft();
          if (draft.ok && draft.value.changes.length > 0) {
            const restored = Object.fromEntries(
              draft.value.changes.map((c) => [
                c.settingId,
                { value: c.value, baseVersion: c.baseVersion, reason: c.reason ?? '' },
              ]),
            );
            set({ staged: { ...restored, ...get().staged } });
          }
        }
        await refresh();
      },
      refresh,
      stage: (settingId, value) => {
        const setting = lastCatalogue(get().catalogue)?.settings.find((s) => s.id === settingId);
        if (!setting) return;
        const { [settingId]: previous, ...rest } = get().staged;
        // Back to the current value is no change at all.
        if (value === setting.currentValue) {
          setStaged(rest);
          return;
        }
        setStaged({
          ...rest,
          [settingId]: { value, baseVersion: setting.version, reason: previous?.reason ?? '' },
        });
      },
      unstage: (settingId) => {
        setStaged(
          Object.fromEntries(Object.entries(get().staged).filter(([id]) => id !== settingId)),
        );
      },
      clearStaged: () => {
        setStaged({});
      },
      setReason: (settingId, reason) => {
        const entry = get().staged[settingId];
        if (entry) setStaged({ ...get().staged, [settingId]: { ...entry, reason } });
      },
      setFilters: (patch) => {
        set({ filters: { ...get().filters, ...patch } });
      },
      setProfile: (patch) => {
        set({ profile: { ...get().profile, ...patch } });
      },
      applyProfile: () => {
        const catalogue = lastCatalogue(get().catalogue);
        if (!catalogue) return;
        const { id, enterprise } = get().profile;
        const values = profileStage(catalogue.settings, id, { enterpriseEdition: enterprise });
        const byId = new Map(catalogue.settings.map((s) => [s.id, s]));
        setStaged(
          Object.fromEntries(
            Object.entries(values).map(([settingId, value]) => [
              settingId,
              { value, baseVersion: byId.get(settingId)?.version ?? '', reason: '' },
            ]),
          ),
        );
      },
      openReview: async () => {
        set({ review: { kind: 'staged' }, push: { status: 'idle' } });
        await refresh();
      },
      closeReview: () => {
        const { push } = get();
        // A push under way keeps going in main; closing only hides it until it settles.
        set({
          review: { kind: 'closed' },
          ...(push.status === 'tracking' && push.job.state.status !== 'done'
            ? {}
            : { push: { status: 'idle' } }),
        });
      },
      showPush: () => {
        if (get().push.status === 'tracking') set({ review: { kind: 'job' } });
      },
      loadHistory: async (more = false) => {
        const current = get().history;
        const items = more && current.status === 'ready' ? current.items : [];
        const cursor = more && current.status === 'ready' ? current.nextCursor : null;
        set({ history: { status: 'loading', items } });
        const result = await bridge.settings.getHistory({
          limit: 50,
          ...(cursor === null ? {} : { cursor }),
        });
        set({
          history: result.ok
            ? {
                status: 'ready',
                items: [...items, ...result.value.items],
                nextCursor: result.value.nextCursor,
              }
            : { status: 'failed', error: result.error, items },
        });
      },
      dismissNotice: () => {
        set({ notice: null });
      },
      dispose: () => {
        disposed = true;
        if (recheck !== null) clearTimeout(recheck);
      },
    };
  });
}
