import { randomUUID } from 'node:crypto';
import {
  reducePush,
  resumeAfterRestart,
  type PushEvent,
} from '../../../shared/domain/settings/push-state-machine';
import type { PushState } from '../../../shared/domain/settings/push-state';
import {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from '../../../shared/domain/settings/retry-policy';
import { conflictsFromSettings } from '../../../shared/domain/settings/staged-review';
import type {
  PushJob,
  StartPushRequest,
  UnfinishedPush,
} from '../../../shared/ipc/schemas/settings';
import type { ProviderClient } from '../provider-client';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';
import type { PushStore } from './push-store';
import { patchSettings, readCatalogue } from './settings-provider';

export interface PushExecutorDeps {
  readonly store: PushStore;
  readonly getClient: () => ProviderClient;
  readonly policy?: RetryPolicy;
  readonly nowMs?: () => number;
  readonly random?: () => number;
  readonly newId?: () => string;
  /** How long a status request waits for a newer revision before answering anyway. */
  readonly statusWaitMs?: number;
  /** A push under way shows on the taskbar or dock icon (indeterminate: one PATCH, no share). */
  readonly onTaskProgress?: (progress: 'indeterminate' | null) => void;
}

export interface PushExecutor {
  /** The push left from an earlier run (or running now), for the prompt at start. */
  unfinished(): UnfinishedPush;
  start(request: StartPushRequest, tenantId: string): PushJob;
  status(jobId: string, afterRevision?: number): Promise<PushJob>;
  cancel(jobId: string): PushJob;
  resolveConflict(jobId: string, choice: 'keep-theirs' | 'reapply-mine'): PushJob;
  /** Sends a saved or failed push again: with the SAME idempotency key when it may have landed. */
  resume(jobId: string, tenantId: string): PushJob;
  discard(jobId: string): void;
  /** The tenant the current push belongs to (null when there is none). */
  tenantOf(jobId: string): string | null;
  /** Stops timers and waiters (app quit, tests). The persisted state stays as it is. */
  close(): void;
}

type Status = PushState['status'];
const unfinishedStatuses: ReadonlySet<Status> = new Set<Status>([
  'saved',
  'sending',
  'waiting-retry',
  'conflict',
  'failed',
]);

function planIdOf(state: PushState): string | null {
  return state.status === 'draft' || state.status === 'discarded' ? null : state.plan.planId;
}

/**
 * Drives the push state machine: every transition is persisted before the next step, so the
 * state on disk always tells what may have reached the provider. One push at a time (the batch
 * is all-or-nothing on the provider, and a second one could conflict with the first).
 */
export function createPushExecutor(deps: PushExecutorDeps): PushExecutor {
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  const nowMs = deps.nowMs ?? (() => Date.now());
  const random = deps.random ?? Math.random;
  const newId = deps.newId ?? randomUUID;
  const statusWaitMs = deps.statusWaitMs ?? 1500;
  const resumed = resumeAfterRestart(deps.store.storedPush);
  const notice = resumed.action.kind === 'unreadable' ? resumed.action.reason : deps.store.notice;
  let state: PushState = resumed.state;
  let tenantId = deps.store.storedTenantId;
  let revision = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;
  let attemptToken = 0;
  const waiters = new Set<() => void>();
  if (state !== deps.store.storedPush) deps.store.savePush(state, tenantId);

  function job(): PushJob {
    return { jobId: planIdOf(state) ?? '', revision, nowMs: nowMs(), state };
  }

  function commit(next: PushState): void {
    if (next === state) return;
    state = next;
    deps.store.savePush(state, tenantId);
    revision += 1;
    deps.onTaskProgress?.(
      state.status === 'sending' || state.status === 'waiting-retry' ? 'indeterminate' : null,
    );
    for (const wake of [...waiters]) wake();
  }

  function dispatch(event: PushEvent): PushState {
    // The reasons a failed or cancelled push gives are worded now, in the user's language.
    commit(reducePush(state, event, policy, userText().push));
    return state;
  }

  function requireJob(jobId: string): void {
    if (planIdOf(state) !== jobId) {
      throw new ServiceError('not_found', userText().settings.pushNotCurrent);
    }
  }

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function finished(): void {
    if (state.status !== 'done') return;
    const settled = new Map(state.results.map((r) => [r.id, r.newValue]));
    const kept = new Set(state.keptTheirs);
    const draft = deps.store.draft();
    const rest = draft.filter(
      (c) => settled.get(c.settingId) !== c.value && !kept.has(c.settingId),
    );
    if (rest.length !== draft.length) deps.store.saveDraft(rest);
  }

  function scheduleRetry(): void {
    clearTimer();
    if (state.status !== 'waiting-retry') return;
    timer = setTimeout(
      () => {
        timer = null;
        void sendNow();
      },
      Math.max(0, state.retryAtMs - nowMs()),
    );
    // A pending retry never keeps a closing process alive; the saved state resumes it next start.
    timer.unref();
  }

  async function sendNow(): Promise<void> {
    const sending = dispatch({ type: 'send', idempotencyKey: newId(), nowMs: nowMs() });
    if (sending.status === 'sending') await attempt(sending);
  }

  /** One PATCH of a state already persisted as `sending`, and what its answer leads to. */
  async function attempt(sending: Extract<PushState, { status: 'sending' }>): Promise<void> {
    const token = (attemptToken += 1);
    const controller = new AbortController();
    inFlight = controller;
    const client = deps.getClient();
    const answer = await patchSettings(
      client,
      sending.plan,
      sending.idempotencyKey,
      controller.signal,
    );
    // Cancelled (or superseded) while the request was out: its outcome no longer decides.
    if (token !== attemptToken || state !== sending) return;
    inFlight = null;
    switch (answer.kind) {
      case 'ok':
        dispatch({ type: 'response-ok', results: answer.results });
        finished();
        return;
      case 'conflict': {
        let conflicts = answer.conflicts;
        if (conflicts.length === 0) {
          const read = await readCatalogue(client);
          if (token !== attemptToken || state !== sending) return;
          if (!read.ok) {
            dispatch({
              type: 'attempt-failed',
              outcome: { kind: 'network-dropped' },
              nowMs: nowMs(),
              random: random(),
            });
            scheduleRetry();
            return;
          }
          conflicts = conflictsFromSettings(sending.plan, read.data);
        }
        dispatch({ type: 'response-412', conflicts });
        return;
      }
      case 'failed':
        dispatch({
          type: 'attempt-failed',
          outcome: answer.outcome,
          nowMs: nowMs(),
          random: random(),
        });
        scheduleRetry();
        return;
    }
  }

  function kick(): void {
    void sendNow().catch(() => {
      // patchSettings never throws; a failing store write is the only way here. The state
      // on disk is then the last one written, which the next start resumes from.
    });
  }

  return {
    unfinished: () => ({
      job: unfinishedStatuses.has(state.status) ? job() : null,
      notice,
    }),
    start(request, forTenant) {
      const plan = {
        planId: newId(),
        createdAt: new Date(nowMs()).toISOString(),
        changes: request.changes,
        ...(request.comment === undefined ? {} : { comment: request.comment }),
      };
      const saved = reducePush(state, { type: 'save', plan }, policy);
      if (saved === state) {
        throw new ServiceError('conflict', userText().settings.earlierPushUnfinished);
      }
      tenantId = forTenant;
      // Saved and about to be sent, in one write: the plan with its idempotency key is on disk
      // before the request goes out (nothing else is written until the answer comes back).
      const sending = reducePush(
        saved,
        { type: 'send', idempotencyKey: newId(), nowMs: nowMs() },
        policy,
      );
      if (sending.status !== 'sending')
        throw new ServiceError('internal', userText().settings.pushNotStarted);
      commit(sending);
      void attempt(sending).catch(() => undefined);
      return job();
    },
    async status(jobId, afterRevision) {
      requireJob(jobId);
      if (afterRevision !== undefined && revision <= afterRevision) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(wait);
            waiters.delete(wake);
            resolve();
          };
          const wait = setTimeout(wake, statusWaitMs);
          wait.unref();
          waiters.add(wake);
        });
      }
      return job();
    },
    cancel(jobId) {
      requireJob(jobId);
      clearTimer();
      dispatch({ type: 'cancel' });
      attemptToken += 1;
      inFlight?.abort();
      inFlight = null;
      return job();
    },
    resolveConflict(jobId, choice) {
      requireJob(jobId);
      const next = dispatch({ type: 'resolve-conflict', choice });
      if (next.status === 'saved') kick();
      else finished();
      return job();
    },
    resume(jobId, forTenant) {
      requireJob(jobId);
      if (tenantId !== null && tenantId !== forTenant) {
        throw new ServiceError(
          'conflict',
          userText().settings.pushForOtherTenant(tenantId, forTenant),
        );
      }
      if (state.status !== 'saved' && !(state.status === 'failed' && state.canResend)) {
        throw new ServiceError('conflict', userText().settings.cannotResend);
      }
      kick();
      return job();
    },
    discard(jobId) {
      requireJob(jobId);
      if (state.status === 'sending') {
        throw new ServiceError('conflict', userText().settings.pushBeingSent);
      }
      clearTimer();
      dispatch({ type: 'discard' });
    },
    tenantOf: (jobId) => (planIdOf(state) === jobId ? tenantId : null),
    close() {
      clearTimer();
      attemptToken += 1;
      inFlight?.abort();
      for (const wake of [...waiters]) wake();
    },
  };
}
