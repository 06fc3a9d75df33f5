import { assertNever } from '../assert-never';
import {
  decideNextStep,
  englishRetryWords,
  type PushOutcome,
  type RetryPolicy,
  type RetryWords,
} from './retry-policy';
import {
  pushStateSchema,
  type ChangeResult,
  type ConflictDetail,
  type PlannedChange,
  type PushPlan,
  type PushState,
} from './push-state';

export type PushEvent =
  | { readonly type: 'save'; readonly plan: PushPlan }
  /** Start an attempt; `idempotencyKey` is used only when the state holds none yet. */
  | { readonly type: 'send'; readonly idempotencyKey: string; readonly nowMs: number }
  | { readonly type: 'response-ok'; readonly results: readonly ChangeResult[] }
  | { readonly type: 'response-412'; readonly conflicts: readonly ConflictDetail[] }
  | {
      readonly type: 'attempt-failed';
      readonly outcome: Exclude<PushOutcome, { kind: 'success' | 'precondition-failed' }>;
      readonly nowMs: number;
      /** One uniform sample in [0, 1) for the backoff jitter; keeps the reducer pure. */
      readonly random: number;
    }
  | { readonly type: 'cancel' }
  | { readonly type: 'resume-after-restart' }
  | { readonly type: 'discard' }
  | { readonly type: 'resolve-conflict'; readonly choice: 'keep-theirs' | 'reapply-mine' };

export const initialPushState: PushState = { status: 'draft', changes: [] };

/** The reasons a push state gives, in the caller's language (English by default). */
export interface PushWords extends RetryWords {
  readonly cancelled: string;
}

export const englishPushWords: PushWords = { ...englishRetryWords, cancelled: 'Cancelled.' };

function resolveConflict(
  state: Extract<PushState, { status: 'conflict' }>,
  choice: 'keep-theirs' | 'reapply-mine',
): PushState {
  const byId = new Map(state.conflicts.map((c) => [c.id, c]));
  if (choice === 'keep-theirs') {
    const remaining = state.plan.changes.filter((c) => !byId.has(c.settingId));
    const keptTheirs = [
      ...(state.plan.keptTheirs ?? []),
      ...state.plan.changes.filter((c) => byId.has(c.settingId)).map((c) => c.settingId),
    ];
    if (remaining.length === 0)
      return { status: 'done', plan: state.plan, results: [], keptTheirs };
    // The batch is all-or-nothing, so nothing was applied: the rest goes again, as a new body.
    // The plan remembers what was left at their value, so the final results still say so.
    return {
      status: 'saved',
      plan: { ...state.plan, changes: remaining, keptTheirs },
      idempotencyKey: null,
      resumed: false,
    };
  }
  // Re-apply mine on top of theirs: same values, based on the versions the provider now has.
  const rebased: PlannedChange[] = state.plan.changes.map((c) => {
    const conflict = byId.get(c.settingId);
    return conflict ? { ...c, baseVersion: conflict.current.version } : c;
  });
  // A new body needs a new idempotency key (the provider answers 409 to a reused key).
  return {
    status: 'saved',
    plan: { ...state.plan, changes: rebased },
    idempotencyKey: null,
    resumed: false,
  };
}

function afterFailure(
  state: Extract<PushState, { status: 'sending' }>,
  event: Extract<PushEvent, { type: 'attempt-failed' }>,
  policy: RetryPolicy | undefined,
  words: PushWords,
): PushState {
  const decision = decideNextStep({
    outcome: event.outcome,
    attempt: state.attempt,
    firstAttemptAtMs: state.firstAttemptAtMs,
    nowMs: event.nowMs,
    idempotencyKey: state.idempotencyKey,
    random: () => event.random,
    words,
    ...(policy ? { policy } : {}),
  });
  switch (decision.kind) {
    case 'retry':
      return {
        status: 'waiting-retry',
        plan: state.plan,
        attempt: state.attempt,
        idempotencyKey: decision.idempotencyKey,
        firstAttemptAtMs: state.firstAttemptAtMs,
        retryAtMs: event.nowMs + decision.delayMs,
        reason: decision.reason,
      };
    case 'give-up':
      return {
        status: 'failed',
        plan: state.plan,
        reason: decision.reason,
        idempotencyKey: state.idempotencyKey,
        canResend: event.outcome.kind !== 'client-error',
      };
    case 'done':
    case 'conflict':
      // Unreachable: success and 412 arrive as their own events.
      return state;
    default:
      return assertNever(decision, 'retry decision');
  }
}

/**
 * The crash-safe push lifecycle as a pure reducer. An event that does not apply to the current
 * state returns that same state object, so callers can tell "ignored" by identity.
 * draft -save-> saved -send-> sending -ok-> done; sending -412-> conflict -resolve-> saved|done;
 * sending -failure-> waiting-retry -send-> sending, or failed; cancel/restart keep the key.
 */
export function reducePush(
  state: PushState,
  event: PushEvent,
  policy?: RetryPolicy,
  words: PushWords = englishPushWords,
): PushState {
  switch (event.type) {
    case 'save':
      // A new plan replaces only a finished one; an unfinished one must be completed or discarded
      // first, so a batch that may have reached the provider is never silently forgotten.
      return state.status === 'draft' ||
        state.status === 'done' ||
        state.status === 'discarded' ||
        (state.status === 'failed' && !state.canResend)
        ? { status: 'saved', plan: event.plan, idempotencyKey: null, resumed: false }
        : state;
    case 'send':
      if (state.status === 'saved' || (state.status === 'failed' && state.canResend)) {
        return {
          status: 'sending',
          plan: state.plan,
          attempt: 1,
          idempotencyKey: state.idempotencyKey ?? event.idempotencyKey,
          firstAttemptAtMs: event.nowMs,
        };
      }
      if (state.status === 'waiting-retry') {
        return {
          status: 'sending',
          plan: state.plan,
          attempt: state.attempt + 1,
          idempotencyKey: state.idempotencyKey,
          firstAttemptAtMs: state.firstAttemptAtMs,
        };
      }
      return state;
    case 'response-ok':
      return state.status === 'sending'
        ? {
            status: 'done',
            plan: state.plan,
            results: event.results,
            keptTheirs: state.plan.keptTheirs ?? [],
          }
        : state;
    case 'response-412':
      return state.status === 'sending' && event.conflicts.length > 0
        ? { status: 'conflict', plan: state.plan, conflicts: event.conflicts }
        : state;
    case 'attempt-failed':
      return state.status === 'sending' ? afterFailure(state, event, policy, words) : state;
    case 'cancel':
      // The batch may already have been applied: keep the key so a resend is replayed, not doubled.
      return state.status === 'sending' || state.status === 'waiting-retry'
        ? {
            status: 'failed',
            plan: state.plan,
            reason: words.cancelled,
            idempotencyKey: state.idempotencyKey,
            canResend: true,
          }
        : state;
    case 'resume-after-restart':
      return state.status === 'sending' || state.status === 'waiting-retry'
        ? { status: 'saved', plan: state.plan, idempotencyKey: state.idempotencyKey, resumed: true }
        : state;
    case 'discard':
      // Not while a request is in flight: cancel first, so the outcome is never ambiguous locally.
      return state.status === 'sending' || state.status === 'discarded'
        ? state
        : { status: 'discarded' };
    case 'resolve-conflict':
      return state.status === 'conflict' ? resolveConflict(state, event.choice) : state;
    default:
      return assertNever(event, 'push event');
  }
}

export type ResumeAction =
  /** Never sent: show the plan; sending it with a fresh key is safe. */
  | { readonly kind: 'offer-send' }
  /** Interrupted mid-push: complete it with the SAME key (the provider replays), or discard. */
  | { readonly kind: 'resend-same-key'; readonly idempotencyKey: string }
  | { readonly kind: 'show-conflict' }
  | { readonly kind: 'offer-resend' }
  | { readonly kind: 'offer-discard'; readonly reason: string }
  | { readonly kind: 'restore-draft' }
  /** The stored state could not be read: say so rather than silently start empty. */
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'nothing' };

export interface ResumeDecision {
  readonly state: PushState;
  readonly action: ResumeAction;
}

/** What the next start does with whatever push state was persisted (possibly unreadable). */
export function resumeAfterRestart(persisted: unknown): ResumeDecision {
  if (persisted === undefined || persisted === null) {
    return { state: initialPushState, action: { kind: 'nothing' } };
  }
  const parsed = pushStateSchema.safeParse(persisted);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return {
      state: initialPushState,
      action: {
        kind: 'unreadable',
        reason: `The saved push could not be read (${where || 'state'}).`,
      },
    };
  }
  const state = reducePush(parsed.data, { type: 'resume-after-restart' });
  switch (state.status) {
    case 'saved':
      return {
        state,
        action:
          state.idempotencyKey === null
            ? { kind: 'offer-send' }
            : { kind: 'resend-same-key', idempotencyKey: state.idempotencyKey },
      };
    case 'conflict':
      return { state, action: { kind: 'show-conflict' } };
    case 'failed':
      return {
        state,
        action: state.canResend
          ? { kind: 'offer-resend' }
          : { kind: 'offer-discard', reason: state.reason },
      };
    case 'draft':
      return {
        state,
        action: state.changes.length > 0 ? { kind: 'restore-draft' } : { kind: 'nothing' },
      };
    case 'done':
    case 'discarded':
      return { state, action: { kind: 'nothing' } };
    case 'sending':
    case 'waiting-retry':
      // reducePush moved these to saved above; kept for exhaustiveness.
      return { state, action: { kind: 'resend-same-key', idempotencyKey: state.idempotencyKey } };
    default:
      return assertNever(state, 'push state');
  }
}
