import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { PushJob, StagedChange } from '../../../../shared/ipc/schemas/settings';
import type { SettingsState } from './settings-store';
import type { Staged } from './settings-state';

type Set = (patch: Partial<SettingsState>) => void;
type Get = () => SettingsState;

export interface PushActions {
  /** Sends one batch (saved by main before it goes out) and follows it. */
  readonly confirm: (
    changes: readonly Omit<StagedChange, 'reason'>[],
    comment: string,
  ) => Promise<void>;
  readonly cancelPush: () => Promise<void>;
  readonly resolveConflict: (choice: 'keep-theirs' | 'reapply-mine') => Promise<void>;
  /** Sends a failed push again (same idempotency key: nothing is applied twice). */
  readonly resendPush: () => Promise<void>;
  readonly discardPush: () => Promise<void>;
  /** Asks main for a push left unfinished by an earlier run. */
  readonly checkUnfinished: () => Promise<void>;
  readonly resumeUnfinished: () => Promise<void>;
  readonly discardUnfinished: () => Promise<void>;
  readonly postponeUnfinished: () => void;
  /** Opens the prompt again after "decide later". */
  readonly reopenUnfinished: () => void;
}

/**
 * Runs `work` once the frame showing the results has been painted: the results come first, the
 * catalogue behind the dialog (fresh values, staged marks removed) follows a frame later.
 */
function afterNextPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => {
      setTimeout(work, 0);
    });
  } else {
    setTimeout(work, 0);
  }
}

/** A state the push stays in until someone acts: polling stops there. */
export function isSettled(job: PushJob): boolean {
  const { status } = job.state;
  return (
    status === 'done' || status === 'failed' || status === 'conflict' || status === 'discarded'
  );
}

/** Staged entries a finished push took care of (applied as staged, or left at their value). */
export function withoutSettled(staged: Staged, job: PushJob): Staged {
  if (job.state.status !== 'done') return staged;
  const applied = new Map(job.state.results.map((r) => [r.id, r.newValue]));
  const kept = new Set(job.state.keptTheirs);
  return Object.fromEntries(
    Object.entries(staged).filter(
      ([id, entry]) => applied.get(id) !== entry.value && !kept.has(id),
    ),
  );
}

export interface PushActionDeps {
  readonly bridge: Pick<PccBridge, 'settings'>;
  readonly set: Set;
  readonly get: Get;
  /** Called once a push is done: the store saves the draft and reads fresh values. */
  readonly onDone: (job: PushJob) => void;
  readonly isDisposed: () => boolean;
}

/**
 * Confirming, following and steering a push. The renderer never decides anything about the push
 * itself: main holds the state machine; this follows it by long-polling its status.
 */
export function createPushActions(deps: PushActionDeps): PushActions {
  const { bridge, set, get } = deps;
  let trackToken = 0;

  async function track(first: PushJob): Promise<void> {
    const token = (trackToken += 1);
    let job = first;
    set({ push: { status: 'tracking', job, receivedAtMs: Date.now() } });
    while (!isSettled(job)) {
      const result = await bridge.settings.getPushStatus({
        jobId: job.jobId,
        afterRevision: job.revision,
      });
      if (token !== trackToken || deps.isDisposed()) return;
      if (!result.ok) {
        set({ push: { status: 'error', error: result.error } });
        return;
      }
      job = result.value;
      set({ push: { status: 'tracking', job, receivedAtMs: Date.now() } });
    }
    if (job.state.status === 'done')
      afterNextPaint(() => {
        if (!deps.isDisposed()) deps.onDone(job);
      });
  }

  async function follow(call: Promise<Awaited<ReturnType<PccBridge['settings']['resumePush']>>>) {
    const result = await call;
    if (result.ok) await track(result.value);
    else set({ push: { status: 'error', error: result.error } });
  }

  function currentJobId(): string | null {
    const { push } = get();
    return push.status === 'tracking' ? push.job.jobId : null;
  }

  return {
    confirm: async (changes, comment) => {
      set({ push: { status: 'starting' } });
      const trimmed = comment.trim();
      await follow(
        bridge.settings.startPush({
          changes: [...changes],
          ...(trimmed === '' ? {} : { comment: trimmed.slice(0, 1000) }),
        }),
      );
    },
    cancelPush: async () => {
      const jobId = currentJobId();
      if (jobId === null) return;
      trackToken += 1; // the long poll in flight no longer decides
      const result = await bridge.settings.cancelPush({ jobId });
      if (result.ok)
        set({ push: { status: 'tracking', job: result.value, receivedAtMs: Date.now() } });
      else set({ push: { status: 'error', error: result.error } });
    },
    resolveConflict: async (choice) => {
      const jobId = currentJobId();
      if (jobId !== null) await follow(bridge.settings.resolveConflict({ jobId, choice }));
    },
    resendPush: async () => {
      const jobId = currentJobId();
      if (jobId !== null) await follow(bridge.settings.resumePush({ jobId }));
    },
    discardPush: async () => {
      const jobId = currentJobId();
      if (jobId === null) return;
      const result = await bridge.settings.discardPush({ jobId });
      if (result.ok) set({ push: { status: 'idle' }, review: { kind: 'closed' } });
      else set({ push: { status: 'error', error: result.error } });
    },
    checkUnfinished: async () => {
      const result = await bridge.settings.getUnfinishedPush();
      if (!result.ok) {
        set({ unfinished: { status: 'open', job: null, notice: result.error.message } });
        return;
      }
      const { job, notice } = result.value;
      if (job === null && notice === null) {
        set({ unfinished: { status: 'none' } });
        return;
      }
      // A push still running in main (the window was reloaded): follow it, no question to ask.
      if (
        job !== null &&
        (job.state.status === 'sending' || job.state.status === 'waiting-retry')
      ) {
        set({ unfinished: { status: 'none' }, review: { kind: 'job' } });
        void track(job);
        return;
      }
      set({ unfinished: { status: 'open', job, notice } });
    },
    resumeUnfinished: async () => {
      const { unfinished } = get();
      if (unfinished.status !== 'open' || unfinished.job === null) return;
      const { job } = unfinished;
      set({ unfinished: { status: 'none' }, review: { kind: 'job' } });
      // A conflict or a push that cannot be resent is shown for the choice it needs.
      const { status } = job.state;
      if (status === 'conflict' || (status === 'failed' && !job.state.canResend)) {
        await track(job);
        return;
      }
      set({ push: { status: 'starting' } });
      await follow(bridge.settings.resumePush({ jobId: job.jobId }));
    },
    discardUnfinished: async () => {
      const { unfinished } = get();
      if (unfinished.status !== 'open') return;
      if (unfinished.job !== null) {
        const result = await bridge.settings.discardPush({ jobId: unfinished.job.jobId });
        if (!result.ok) {
          set({ unfinished: { ...unfinished, notice: result.error.message } });
          return;
        }
      }
      set({ unfinished: { status: 'none' } });
    },
    reopenUnfinished: () => {
      const { unfinished } = get();
      if (unfinished.status === 'postponed') {
        set({ unfinished: { status: 'open', job: unfinished.job, notice: null } });
      }
    },
    postponeUnfinished: () => {
      const { unfinished } = get();
      if (unfinished.status === 'open' && unfinished.job !== null) {
        set({ unfinished: { status: 'postponed', job: unfinished.job } });
      } else {
        set({ unfinished: { status: 'none' } });
      }
    },
  };
}
