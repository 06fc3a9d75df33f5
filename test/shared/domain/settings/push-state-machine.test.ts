import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pushStateSchema,
  type PushPlan,
  type PushState,
} from '../../../../shared/domain/settings/push-state';
import {
  englishPushWords,
  initialPushState,
  reducePush,
  resumeAfterRestart,
  type PushEvent,
  type PushWords,
} from '../../../../shared/domain/settings/push-state-machine';
import { must } from './must';

const plan: PushPlan = {
  planId: 'plan-1',
  createdAt: '2025-11-03T12:00:00Z',
  changes: [
    { settingId: 'windows.allow-telemetry', value: '1', baseVersion: 'v1' },
    { settingId: 'office.feedback', value: 'disabled', baseVersion: 'v7' },
    { settingId: 'chat.crash-reports', value: 'off', baseVersion: 'v2' },
  ],
};
const KEY = 'idem-key-0001';
const T0 = 1_000_000;

const run = (events: readonly PushEvent[], from: PushState = initialPushState): PushState =>
  events.reduce((state, event) => reducePush(state, event), from);

const sending = run([
  { type: 'save', plan },
  { type: 'send', idempotencyKey: KEY, nowMs: T0 },
]);
const conflicts = [
  {
    id: 'office.feedback',
    expectedVersion: 'v7',
    current: { currentValue: 'enabled', version: 'v8' },
  },
];

describe('reducePush', () => {
  it('saves before sending and finishes with the per-setting results', () => {
    const saved = reducePush(initialPushState, { type: 'save', plan });
    expect(saved).toEqual({ status: 'saved', plan, idempotencyKey: null, resumed: false });
    expect(sending).toEqual({
      status: 'sending',
      plan,
      attempt: 1,
      idempotencyKey: KEY,
      firstAttemptAtMs: T0,
    });
    const results = plan.changes.map((c) => ({
      id: c.settingId,
      status: 'applied' as const,
      oldValue: 'x',
      newValue: c.value,
      version: 'n',
    }));
    expect(reducePush(sending, { type: 'response-ok', results })).toEqual({
      status: 'done',
      plan,
      results,
      keptTheirs: [],
    });
  });

  it('waits and retries a 503 with the same key, counting attempts', () => {
    const waiting = reducePush(sending, {
      type: 'attempt-failed',
      outcome: { kind: 'server-error', status: 503, retryAfter: '2' },
      nowMs: T0 + 100,
      random: 0.3,
    });
    expect(waiting).toMatchObject({
      status: 'waiting-retry',
      attempt: 1,
      idempotencyKey: KEY,
      retryAtMs: T0 + 2_100,
    });
    const again = reducePush(waiting, {
      type: 'send',
      idempotencyKey: 'a-different-key',
      nowMs: T0 + 2_100,
    });
    expect(again).toEqual({
      status: 'sending',
      plan,
      attempt: 2,
      idempotencyKey: KEY,
      firstAttemptAtMs: T0,
    });
  });

  it('fails for good on a 4xx and will not resend it', () => {
    const failed = reducePush(sending, {
      type: 'attempt-failed',
      outcome: { kind: 'client-error', status: 422 },
      nowMs: T0,
      random: 0,
    });
    expect(failed).toMatchObject({ status: 'failed', canResend: false });
    expect(reducePush(failed, { type: 'send', idempotencyKey: KEY, nowMs: T0 })).toBe(failed);
    expect(reducePush(failed, { type: 'discard' })).toEqual({ status: 'discarded' });
    // The administrator may fix the values and save a new plan in its place.
    expect(reducePush(failed, { type: 'save', plan })).toMatchObject({
      status: 'saved',
      idempotencyKey: null,
    });
  });

  it('gives up after the last attempt but lets the administrator resend with the same key', () => {
    let state: PushState = sending;
    const attempts: number[] = [];
    for (let i = 0; i < 10; i++) {
      if (state.status === 'sending') attempts.push(state.attempt);
      state = reducePush(state, {
        type: 'attempt-failed',
        outcome: { kind: 'network-dropped' },
        nowMs: T0 + i,
        random: 0,
      });
      if (state.status === 'failed') break;
      state = reducePush(state, { type: 'send', idempotencyKey: 'other-key-xx', nowMs: T0 + i });
    }
    // DEFAULT_RETRY_POLICY: six attempts in all.
    expect(attempts).toEqual([1, 2, 3, 4, 5, 6]);
    expect(state).toMatchObject({ status: 'failed', canResend: true, idempotencyKey: KEY });
    expect(
      reducePush(state, { type: 'send', idempotencyKey: 'other-key-xx', nowMs: T0 }),
    ).toMatchObject({ status: 'sending', attempt: 1, idempotencyKey: KEY });
  });

  it('gives its reasons in the words it is given, English by default', () => {
    const words: PushWords = {
      ...englishPushWords,
      refused: (status) => `refused ${status}`,
      cancelled: 'Abgebrochen.',
    };
    const refused: PushEvent = {
      type: 'attempt-failed',
      outcome: { kind: 'client-error', status: 422 },
      nowMs: T0,
      random: 0,
    };
    expect(reducePush(sending, refused, undefined, words)).toMatchObject({
      reason: 'refused 422',
    });
    expect(reducePush(sending, { type: 'cancel' }, undefined, words)).toMatchObject({
      reason: 'Abgebrochen.',
    });
    expect(reducePush(sending, { type: 'cancel' })).toMatchObject({ reason: 'Cancelled.' });
  });

  it('cancel keeps the key, so a later resend is replayed rather than applied twice', () => {
    const cancelled = reducePush(sending, { type: 'cancel' });
    expect(cancelled).toMatchObject({ status: 'failed', idempotencyKey: KEY, canResend: true });
    expect(
      reducePush(cancelled, { type: 'send', idempotencyKey: 'fresh-key-01', nowMs: T0 }),
    ).toMatchObject({ idempotencyKey: KEY });
  });

  it('keep theirs: drops the conflicting change and resends the rest under a new key', () => {
    const conflict = reducePush(sending, { type: 'response-412', conflicts });
    expect(conflict).toEqual({ status: 'conflict', plan, conflicts });
    const saved = reducePush(conflict, { type: 'resolve-conflict', choice: 'keep-theirs' });
    expect(saved).toMatchObject({ status: 'saved', idempotencyKey: null });
    expect(saved.status === 'saved' && saved.plan.changes.map((c) => c.settingId)).toEqual([
      'windows.allow-telemetry',
      'chat.crash-reports',
    ]);
    const next = reducePush(saved, { type: 'send', idempotencyKey: 'second-key-1', nowMs: T0 });
    expect(next).toMatchObject({ status: 'sending', idempotencyKey: 'second-key-1' });
    // The final results still say which setting was left at their value.
    const results = [
      {
        id: 'windows.allow-telemetry',
        status: 'applied',
        oldValue: '3',
        newValue: '1',
        version: 'v2',
      },
      {
        id: 'chat.crash-reports',
        status: 'applied',
        oldValue: 'on',
        newValue: 'off',
        version: 'v3',
      },
    ] as const;
    expect(reducePush(next, { type: 'response-ok', results })).toMatchObject({
      status: 'done',
      results,
      keptTheirs: ['office.feedback'],
    });
  });

  it('keep theirs on every change ends the push with nothing to send', () => {
    const only = run([
      { type: 'save', plan: { ...plan, changes: [must(plan.changes[1])] } },
      { type: 'send', idempotencyKey: KEY, nowMs: T0 },
      { type: 'response-412', conflicts },
    ]);
    expect(reducePush(only, { type: 'resolve-conflict', choice: 'keep-theirs' })).toMatchObject({
      status: 'done',
      results: [],
      keptTheirs: ['office.feedback'],
    });
  });

  it('re-apply mine: keeps my values, rebased on the versions the provider now has', () => {
    const conflict = reducePush(sending, { type: 'response-412', conflicts });
    const saved = reducePush(conflict, { type: 'resolve-conflict', choice: 'reapply-mine' });
    expect(saved).toMatchObject({ status: 'saved', idempotencyKey: null });
    expect(saved.status === 'saved' && saved.plan.changes).toEqual([
      plan.changes[0],
      { settingId: 'office.feedback', value: 'disabled', baseVersion: 'v8' },
      plan.changes[2],
    ]);
  });

  it('ignores events that do not apply, returning the same state', () => {
    expect(reducePush(sending, { type: 'save', plan })).toBe(sending);
    // An unfinished push that may have reached the provider is not replaced by a new one.
    const cancelled = reducePush(sending, { type: 'cancel' });
    expect(reducePush(cancelled, { type: 'save', plan })).toBe(cancelled);
    expect(reducePush(sending, { type: 'discard' })).toBe(sending);
    expect(reducePush(initialPushState, { type: 'response-ok', results: [] })).toBe(
      initialPushState,
    );
    expect(reducePush(sending, { type: 'response-412', conflicts: [] })).toBe(sending);
  });
});

describe('resumeAfterRestart', () => {
  const persist = (state: PushState): unknown => JSON.parse(JSON.stringify(state));

  it('resends a push interrupted mid-flight with the same idempotency key', () => {
    const decision = resumeAfterRestart(persist(sending));
    expect(decision.action).toEqual({ kind: 'resend-same-key', idempotencyKey: KEY });
    expect(decision.state).toEqual({ status: 'saved', plan, idempotencyKey: KEY, resumed: true });
    expect(
      reducePush(decision.state, { type: 'send', idempotencyKey: 'new-key-000', nowMs: T0 }),
    ).toMatchObject({ idempotencyKey: KEY });
    expect(reducePush(decision.state, { type: 'discard' })).toEqual({ status: 'discarded' });
  });

  it('treats a plan waiting for a retry the same way', () => {
    const waiting = reducePush(sending, {
      type: 'attempt-failed',
      outcome: { kind: 'rate-limited', retryAfter: '1' },
      nowMs: T0,
      random: 0,
    });
    expect(resumeAfterRestart(persist(waiting)).action).toEqual({
      kind: 'resend-same-key',
      idempotencyKey: KEY,
    });
  });

  it('offers a never-sent plan, a conflict, or a resend as they were', () => {
    expect(
      resumeAfterRestart(persist(reducePush(initialPushState, { type: 'save', plan }))).action,
    ).toEqual({ kind: 'offer-send' });
    expect(
      resumeAfterRestart(persist(reducePush(sending, { type: 'response-412', conflicts }))).action,
    ).toEqual({ kind: 'show-conflict' });
    expect(resumeAfterRestart(persist(reducePush(sending, { type: 'cancel' }))).action).toEqual({
      kind: 'offer-resend',
    });
  });

  it('has nothing to do after a finished push or with nothing stored, and says when the store is unreadable', () => {
    expect(resumeAfterRestart(persist({ status: 'discarded' })).action).toEqual({
      kind: 'nothing',
    });
    expect(resumeAfterRestart(undefined).action).toEqual({ kind: 'nothing' });
    const broken = resumeAfterRestart({ status: 'sending', plan, attempt: 0 });
    expect(broken.action.kind).toBe('unreadable');
    expect(broken.state).toEqual(initialPushState);
  });
});

const eventArbitrary: fc.Arbitrary<PushEvent> = fc.oneof(
  fc.constant<PushEvent>({ type: 'save', plan }),
  fc.record({
    type: fc.constant('send' as const),
    idempotencyKey: fc.constantFrom('key-aaaaaaaa', 'key-bbbbbbbb'),
    nowMs: fc.nat(),
  }),
  fc.constant<PushEvent>({ type: 'response-ok', results: [] }),
  fc.constant<PushEvent>({ type: 'response-412', conflicts }),
  fc.record({
    type: fc.constant('attempt-failed' as const),
    outcome: fc.constantFrom(
      { kind: 'network-dropped' as const },
      { kind: 'rate-limited' as const, retryAfter: '1' },
      { kind: 'server-error' as const, status: 500, retryAfter: null },
      { kind: 'client-error' as const, status: 400 },
    ),
    nowMs: fc.nat(),
    random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  }),
  fc.constant<PushEvent>({ type: 'cancel' }),
  fc.constant<PushEvent>({ type: 'resume-after-restart' }),
  fc.constant<PushEvent>({ type: 'discard' }),
  fc.record({
    type: fc.constant('resolve-conflict' as const),
    choice: fc.constantFrom('keep-theirs' as const, 'reapply-mine' as const),
  }),
);

describe('push lifecycle properties', () => {
  it('every reachable state survives persisting and reading back', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 30 }), (events) => {
        let state = initialPushState;
        for (const event of events) {
          state = reducePush(state, event);
          expect(pushStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
        }
      }),
    );
  });

  it('a body keeps its idempotency key across retries, cancels and restarts until it changes', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 30 }), (events) => {
        let state = initialPushState;
        let key: string | null = null;
        for (const event of events) {
          state = reducePush(state, event);
          // A new body (saved again, or a resolved conflict) may take a new key; nothing else may.
          if (state.status === 'saved' && state.idempotencyKey === null) key = null;
          if (state.status === 'draft' || state.status === 'done' || state.status === 'discarded')
            key = null;
          if ('idempotencyKey' in state && state.idempotencyKey !== null) {
            if (key !== null) expect(state.idempotencyKey).toBe(key);
            key = state.idempotencyKey;
          }
        }
      }),
    );
  });
});
