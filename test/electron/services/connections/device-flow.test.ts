import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxIntervalMs,
  nextDeviceFlowStep,
  reduceDeviceFlow,
  type DeviceFlowEvent,
  type DeviceFlowState,
  type TokenAnswer,
} from '../../../../electron/services/connections/device-flow';

const t0 = 1_000_000;
const grant = {
  deviceCode: 'device-code',
  userCode: 'WDJB-MJHT',
  verificationUri: 'https://provider.example/v1/device',
  verificationUriComplete: 'https://provider.example/v1/device?user_code=WDJB-MJHT',
};

function run(events: readonly DeviceFlowEvent[], from: DeviceFlowState = { status: 'starting' }) {
  return events.reduce(reduceDeviceFlow, from);
}

const authorized = (interval: number | null = 5, expiresIn = 600): DeviceFlowEvent => ({
  type: 'authorized',
  at: t0,
  grant,
  expiresIn,
  interval,
});
const error = (code: string, description: string | null = null): TokenAnswer => ({
  kind: 'error',
  error: code,
  description,
});
const answer = (at: number, a: TokenAnswer): DeviceFlowEvent => ({
  type: 'poll-answered',
  at,
  answer: a,
});

function waiting(state: DeviceFlowState) {
  if (state.status !== 'waiting') throw new Error(`expected waiting, got ${state.status}`);
  return state;
}

describe('starting a device sign-in', () => {
  it('waits one server interval before the first poll', () => {
    const state = waiting(run([authorized(7)]));
    expect(state).toMatchObject({
      intervalMs: 7000,
      nextPollAt: t0 + 7000,
      expiresAt: t0 + 600_000,
    });
    expect(nextDeviceFlowStep(state, t0)).toEqual({ kind: 'wait', untilMs: t0 + 7000 });
    expect(nextDeviceFlowStep(state, t0 + 7000)).toEqual({ kind: 'poll' });
  });

  it('polls every 5 s when the server names no interval (RFC 8628 §3.2)', () => {
    expect(waiting(run([authorized(null)])).intervalMs).toBe(5000);
  });

  it('fails with the reason when the authorization request fails', () => {
    expect(
      run([{ type: 'authorization-failed', reason: 'The provider refused the connection.' }]),
    ).toEqual({
      status: 'failed',
      reason: 'The provider refused the connection.',
    });
  });
});

describe('polling', () => {
  it('never sends a second poll while one is in flight', () => {
    const state = run([authorized(), { type: 'poll-sent', at: t0 + 5000 }]);
    expect(nextDeviceFlowStep(state, t0 + 60_000)).toEqual({ kind: 'idle' });
  });

  it('keeps the interval on authorization_pending', () => {
    const state = waiting(
      run([
        authorized(5),
        { type: 'poll-sent', at: t0 + 5000 },
        answer(t0 + 5100, error('authorization_pending')),
      ]),
    );
    expect(state).toMatchObject({ intervalMs: 5000, nextPollAt: t0 + 10_100, polling: false });
  });

  it('adds 5 s on slow_down, for this and every later poll', () => {
    const state = waiting(
      run([
        authorized(5),
        answer(t0 + 5000, error('slow_down')),
        answer(t0 + 15_000, error('slow_down')),
        answer(t0 + 30_000, error('authorization_pending')),
      ]),
    );
    expect(state.intervalMs).toBe(15_000);
    expect(state.nextPollAt).toBe(t0 + 45_000);
  });

  it('ends denied on access_denied and expired on expired_token', () => {
    expect(run([authorized(), answer(t0 + 5000, error('access_denied'))])).toEqual({
      status: 'denied',
    });
    expect(run([authorized(), answer(t0 + 5000, error('expired_token'))])).toEqual({
      status: 'expired',
    });
  });

  it('fails with the provider’s words on any other error', () => {
    expect(
      run([authorized(), answer(t0 + 5000, error('invalid_grant', 'Unknown device code.'))]),
    ).toEqual({
      status: 'failed',
      reason: 'The provider refused the sign-in (invalid_grant): Unknown device code.',
    });
    expect(run([authorized(), answer(t0 + 5000, error('invalid_client'))])).toEqual({
      status: 'failed',
      reason: 'The provider refused the sign-in (invalid_client).',
    });
  });

  it('is signed in with the tokens and when they expire', () => {
    const tokens: TokenAnswer = {
      kind: 'tokens',
      accessToken: 'a',
      refreshToken: 'r',
      expiresIn: 3600,
    };
    expect(run([authorized(), answer(t0 + 5000, tokens)])).toEqual({
      status: 'signed-in',
      tokens: { accessToken: 'a', refreshToken: 'r', expiresAt: t0 + 5000 + 3_600_000 },
    });
    const noExpiry: TokenAnswer = { ...tokens, refreshToken: null, expiresIn: null };
    expect(run([authorized(), answer(t0 + 5000, noExpiry)])).toMatchObject({
      tokens: { refreshToken: null, expiresAt: null },
    });
  });
});

describe('timeouts and failed polls', () => {
  it('doubles the interval after each failed poll, up to 60 s (RFC 8628 §3.5)', () => {
    let state = run([authorized(5)]);
    const intervals: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const at = waiting(state).nextPollAt;
      state = reduceDeviceFlow(state, {
        type: 'poll-failed',
        at,
        reason: 'The provider did not answer in time.',
      });
      intervals.push(waiting(state).intervalMs);
    }
    expect(intervals).toEqual([
      10_000,
      20_000,
      40_000,
      maxIntervalMs,
      maxIntervalMs,
      maxIntervalMs,
    ]);
  });

  it('gives up when the codes expire, whatever the server says or does not say', () => {
    const state = waiting(run([authorized(5, 30)]));
    expect(nextDeviceFlowStep(state, t0 + 28_000)).toEqual({ kind: 'poll' });
    const late = reduceDeviceFlow(state, { type: 'poll-sent', at: t0 + 28_000 });
    // The answer to a poll sent in time arrives after the deadline: expired, not signed in.
    expect(reduceDeviceFlow(late, answer(t0 + 30_500, error('authorization_pending')))).toEqual({
      status: 'expired',
    });
    expect(reduceDeviceFlow(state, { type: 'tick', at: t0 + 30_000 })).toEqual({
      status: 'expired',
    });
    // Tokens issued to a poll sent in time are kept, however late their answer arrives.
    const tokens: TokenAnswer = {
      kind: 'tokens',
      accessToken: 'a',
      refreshToken: null,
      expiresIn: 60,
    };
    expect(reduceDeviceFlow(late, answer(t0 + 30_500, tokens))).toEqual({
      status: 'signed-in',
      tokens: { accessToken: 'a', refreshToken: null, expiresAt: t0 + 30_500 + 60_000 },
    });
    expect(reduceDeviceFlow(state, { type: 'tick', at: t0 + 29_999 })).toBe(state);
  });

  it('never waits past the expiry', () => {
    const state = waiting(run([authorized(20, 30), answer(t0 + 20_000, error('slow_down'))]));
    expect(nextDeviceFlowStep(state, t0 + 21_000)).toEqual({ kind: 'wait', untilMs: t0 + 30_000 });
  });
});

describe('cancelling and finished flows', () => {
  it('cancels from any unfinished state and ignores everything after an end', () => {
    expect(run([{ type: 'cancel' }])).toEqual({ status: 'cancelled' });
    const denied = run([
      authorized(),
      answer(t0 + 5000, error('access_denied')),
      { type: 'cancel' },
    ]);
    expect(denied).toEqual({ status: 'denied' });
    expect(nextDeviceFlowStep(denied, t0)).toEqual({ kind: 'done' });
  });
});

describe('properties', () => {
  const serverAnswer = fc.oneof(
    fc.constant<'pending' | 'slow' | 'fail'>('pending'),
    fc.constant<'pending' | 'slow' | 'fail'>('slow'),
    fc.constant<'pending' | 'slow' | 'fail'>('fail'),
  );

  it('polls no sooner than the interval asked for, which never shrinks, until the codes expire', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 30, max: 900 }),
        fc.array(fc.tuple(serverAnswer, fc.integer({ min: 0, max: 3000 })), { maxLength: 60 }),
        (interval, expiresIn, answers) => {
          let state = run([authorized(interval, expiresIn)]);
          let previousInterval = interval * 1000;
          let lastAnswerAt = t0;
          for (const [kind, latency] of answers) {
            if (state.status !== 'waiting') break;
            const step = nextDeviceFlowStep(state, state.nextPollAt);
            if (step.kind !== 'poll') break;
            const sentAt = state.nextPollAt;
            expect(sentAt - lastAnswerAt).toBeGreaterThanOrEqual(previousInterval);
            state = reduceDeviceFlow(state, { type: 'poll-sent', at: sentAt });
            const at = sentAt + latency;
            state =
              kind === 'fail'
                ? reduceDeviceFlow(state, { type: 'poll-failed', at, reason: 'timeout' })
                : reduceDeviceFlow(
                    state,
                    answer(at, error(kind === 'slow' ? 'slow_down' : 'authorization_pending')),
                  );
            lastAnswerAt = at;
            if (state.status === 'waiting') {
              expect(state.intervalMs).toBeGreaterThanOrEqual(previousInterval);
              previousInterval = state.intervalMs;
            } else {
              expect(state).toEqual({ status: 'expired' });
              expect(at).toBeGreaterThanOrEqual(t0 + expiresIn * 1000);
            }
          }
        },
      ),
    );
  });
});
