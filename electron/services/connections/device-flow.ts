// The client side of the OAuth 2.0 device authorization grant (RFC 8628 §3.4-3.5) as a pure
// state machine: `reduceDeviceFlow` takes what happened (the server's answers, failures, time
// passing) and `nextDeviceFlowStep` says what to do now. The driver (sign-in-jobs.ts) only does
// the HTTP and the waiting, so every rule below is tested without a clock or a network.

import { userText } from '../user-text/user-text';

export interface DeviceGrant {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete: string | null;
}

export interface GrantedTokens {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  /** Epoch ms; null when the server gave no expires_in. */
  readonly expiresAt: number | null;
}

export type DeviceFlowState =
  | { readonly status: 'starting' }
  | {
      readonly status: 'waiting';
      readonly grant: DeviceGrant;
      /** Epoch ms: the codes are dead after this, whatever the server says. */
      readonly expiresAt: number;
      readonly intervalMs: number;
      readonly nextPollAt: number;
      /** True while a poll is in flight: never two at once. */
      readonly polling: boolean;
    }
  | { readonly status: 'signed-in'; readonly tokens: GrantedTokens }
  | { readonly status: 'denied' }
  | { readonly status: 'expired' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly reason: string };

/** The token endpoint's error codes this flow knows (RFC 8628 §3.5), or any other one. */
export type TokenAnswer =
  | {
      readonly kind: 'tokens';
      readonly accessToken: string;
      readonly refreshToken: string | null;
      readonly expiresIn: number | null;
    }
  | { readonly kind: 'error'; readonly error: string; readonly description: string | null };

export type DeviceFlowEvent =
  | {
      readonly type: 'authorized';
      readonly at: number;
      readonly grant: DeviceGrant;
      readonly expiresIn: number;
      readonly interval: number | null;
    }
  | { readonly type: 'authorization-failed'; readonly reason: string }
  | { readonly type: 'poll-sent'; readonly at: number }
  | { readonly type: 'poll-answered'; readonly at: number; readonly answer: TokenAnswer }
  /** Nothing usable came back: a timeout, a refused connection, a 5xx. */
  | { readonly type: 'poll-failed'; readonly at: number; readonly reason: string }
  | { readonly type: 'tick'; readonly at: number }
  | { readonly type: 'cancel' };

export type DeviceFlowStep =
  | { readonly kind: 'poll' }
  | { readonly kind: 'wait'; readonly untilMs: number }
  | { readonly kind: 'idle' }
  | { readonly kind: 'done' };

/** RFC 8628 §3.2: 5 s when the server names no interval. */
export const defaultIntervalMs = 5_000;
/** RFC 8628 §3.5: slow_down adds 5 s, for this and every later poll. */
export const slowDownStepMs = 5_000;
/** After failed polls the interval doubles (RFC 8628 §3.5), up to this (unless already longer). */
export const maxIntervalMs = 60_000;

export function isFinished(state: DeviceFlowState): boolean {
  return state.status !== 'starting' && state.status !== 'waiting';
}

function rescheduled(
  state: Extract<DeviceFlowState, { status: 'waiting' }>,
  at: number,
  intervalMs: number,
): DeviceFlowState {
  return { ...state, intervalMs, nextPollAt: at + intervalMs, polling: false };
}

function answered(
  state: Extract<DeviceFlowState, { status: 'waiting' }>,
  at: number,
  answer: TokenAnswer,
): DeviceFlowState {
  if (answer.kind === 'tokens') {
    return {
      status: 'signed-in',
      tokens: {
        accessToken: answer.accessToken,
        refreshToken: answer.refreshToken,
        expiresAt: answer.expiresIn === null ? null : at + answer.expiresIn * 1000,
      },
    };
  }
  switch (answer.error) {
    case 'authorization_pending':
      return rescheduled(state, at, state.intervalMs);
    case 'slow_down':
      return rescheduled(state, at, state.intervalMs + slowDownStepMs);
    case 'access_denied':
      return { status: 'denied' };
    case 'expired_token':
      return { status: 'expired' };
    default:
      return {
        status: 'failed',
        reason:
          answer.description === null
            ? userText().connections.signInRefused(answer.error)
            : userText().connections.signInRefusedWithReason(answer.error, answer.description),
      };
  }
}

export function reduceDeviceFlow(state: DeviceFlowState, event: DeviceFlowEvent): DeviceFlowState {
  if (isFinished(state)) return state;
  if (event.type === 'cancel') return { status: 'cancelled' };
  if (state.status === 'starting') {
    if (event.type === 'authorization-failed') return { status: 'failed', reason: event.reason };
    if (event.type !== 'authorized') return state;
    const intervalMs =
      event.interval === null ? defaultIntervalMs : Math.max(1, event.interval) * 1000;
    return {
      status: 'waiting',
      grant: event.grant,
      expiresAt: event.at + event.expiresIn * 1000,
      intervalMs,
      // The first poll waits one interval too: nobody approves a code that fast.
      nextPollAt: event.at + intervalMs,
      polling: false,
    };
  }
  if (state.status !== 'waiting') return state;
  const at = 'at' in event ? event.at : null;
  // Local expiry wins over anything the server says later (or never says), except tokens: the
  // server issued them to a poll sent in time, and dropping them would leave live tokens unused.
  const lateTokens = event.type === 'poll-answered' && event.answer.kind === 'tokens';
  if (at !== null && at >= state.expiresAt && !lateTokens) return { status: 'expired' };
  switch (event.type) {
    case 'poll-sent':
      return { ...state, polling: true };
    case 'poll-answered':
      return answered(state, event.at, event.answer);
    case 'poll-failed':
      // The cap limits the backoff; it never undoes what slow_down asked for.
      return rescheduled(
        state,
        event.at,
        Math.max(state.intervalMs, Math.min(maxIntervalMs, state.intervalMs * 2)),
      );
    default:
      return state;
  }
}

export function nextDeviceFlowStep(state: DeviceFlowState, now: number): DeviceFlowStep {
  switch (state.status) {
    case 'starting':
      return { kind: 'idle' };
    case 'waiting':
      if (state.polling) return { kind: 'idle' };
      if (now >= state.expiresAt) return { kind: 'wait', untilMs: now };
      if (now >= state.nextPollAt) return { kind: 'poll' };
      return { kind: 'wait', untilMs: Math.min(state.nextPollAt, state.expiresAt) };
    default:
      return { kind: 'done' };
  }
}
