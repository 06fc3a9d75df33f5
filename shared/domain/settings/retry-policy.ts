import { assertNever } from '../assert-never';

/** What one PATCH attempt came back with, as far as retrying is concerned. */
export type PushOutcome =
  | { readonly kind: 'success' }
  | { readonly kind: 'precondition-failed' }
  /** `retryAfter` is the raw Retry-After header: delay-seconds or an HTTP-date (RFC 9110 10.2.3). */
  | { readonly kind: 'rate-limited'; readonly retryAfter: string | null }
  | { readonly kind: 'server-error'; readonly status: number; readonly retryAfter: string | null }
  /** The connection dropped or timed out: the provider may or may not have applied the batch. */
  | { readonly kind: 'network-dropped' }
  | { readonly kind: 'client-error'; readonly status: number };

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * The longest Retry-After the app waits out on its own. A provider asking for more is not
   * retried early (that would only spend attempts): the push stops and says when to try again.
   */
  readonly maxRetryAfterMs: number;
  /** No retry is scheduled that would start later than this after the first attempt. */
  readonly deadlineMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  deadlineMs: 120_000,
};

/**
 * The words a decision gives its reason in. shared/ has no language of its own: English unless
 * the caller passes others (main passes the user's, from electron/services/user-text).
 */
export interface RetryWords {
  readonly refused: (status: number) => string;
  readonly slowDown: string;
  readonly providerFailed: (status: number) => string;
  readonly dropped: string;
  readonly gaveUp: (reason: string, attempts: number) => string;
  /** `until` is an ISO time. */
  readonly waitTooLong: (reason: string, until: string) => string;
  readonly outOfTime: (reason: string) => string;
}

export const englishRetryWords: RetryWords = {
  refused: (status) =>
    `The provider refused the change (${status}); sending it again would not help.`,
  slowDown: 'The provider asked us to slow down (429).',
  providerFailed: (status) => `The provider failed (${status}).`,
  dropped: 'The connection dropped before the provider answered.',
  gaveUp: (reason, attempts) => `${reason} Gave up after ${attempts} attempts.`,
  waitTooLong: (reason, until) =>
    `${reason} It asked to wait until ${until}, longer than the app waits on its own; push again after that.`,
  outOfTime: (reason) => `${reason} The time allowed for retries has run out.`,
};

export interface RetryInput {
  readonly outcome: PushOutcome;
  /** Attempts made so far, including the one that produced `outcome` (1 after the first). */
  readonly attempt: number;
  readonly firstAttemptAtMs: number;
  readonly nowMs: number;
  readonly idempotencyKey: string;
  /** Uniform in [0, 1): Math.random in the app, a fixed sequence in tests. */
  readonly random: () => number;
  readonly policy?: RetryPolicy;
  readonly words?: RetryWords;
}

export type RetryDecision =
  | { readonly kind: 'done' }
  | { readonly kind: 'conflict' }
  | {
      readonly kind: 'retry';
      readonly delayMs: number;
      /** Always the key of the failed attempt: a replayed batch is never applied twice. */
      readonly idempotencyKey: string;
      readonly reason: string;
    }
  | { readonly kind: 'give-up'; readonly reason: string };

const ASCTIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * Retry-After as milliseconds from now, or null when absent or unreadable. HTTP-dates come in the
 * three forms RFC 9110 5.6.7 asks recipients to accept, all in GMT (asctime says so implicitly).
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const dateText = ASCTIME.test(text) ? `${text} GMT` : text;
  if (!/ GMT$/.test(dateText)) return null;
  const at = Date.parse(dateText);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** "Full jitter" backoff: uniform in [0, min(cap, base * 2^(attempt-1))). */
export function backoffDelayMs(attempt: number, random: () => number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const sample = Math.min(Math.max(random(), 0), 1);
  return Math.min(Math.floor(sample * ceiling), Math.max(0, ceiling - 1));
}

function scheduleRetry(
  input: RetryInput,
  policy: RetryPolicy,
  words: RetryWords,
  retryAfter: string | null,
  reason: string,
): RetryDecision {
  if (input.attempt >= policy.maxAttempts) {
    return { kind: 'give-up', reason: words.gaveUp(reason, input.attempt) };
  }
  const asked = parseRetryAfter(retryAfter, input.nowMs);
  if (asked !== null && asked > policy.maxRetryAfterMs) {
    const at = new Date(input.nowMs + asked).toISOString();
    return { kind: 'give-up', reason: words.waitTooLong(reason, at) };
  }
  const delayMs = asked ?? backoffDelayMs(input.attempt, input.random, policy);
  if (input.nowMs + delayMs - input.firstAttemptAtMs > policy.deadlineMs) {
    return { kind: 'give-up', reason: words.outOfTime(reason) };
  }
  return { kind: 'retry', delayMs, idempotencyKey: input.idempotencyKey, reason };
}

/**
 * The step after a push attempt. 429, 5xx and dropped connections are retried with the SAME
 * idempotency key (the provider replays a batch it already applied, so nothing is doubled);
 * Retry-After, when given, wins over the computed backoff and is never cut short (a wait longer
 * than the app will hold a push open ends it with the time to try again); other 4xx never retry
 * since the same request would fail the same way; 412 goes to the administrator as a conflict.
 */
export function decideNextStep(input: RetryInput): RetryDecision {
  const policy = input.policy ?? DEFAULT_RETRY_POLICY;
  const words = input.words ?? englishRetryWords;
  const { outcome } = input;
  switch (outcome.kind) {
    case 'success':
      return { kind: 'done' };
    case 'precondition-failed':
      return { kind: 'conflict' };
    case 'client-error':
      return { kind: 'give-up', reason: words.refused(outcome.status) };
    case 'rate-limited':
      return scheduleRetry(input, policy, words, outcome.retryAfter, words.slowDown);
    case 'server-error':
      return scheduleRetry(
        input,
        policy,
        words,
        outcome.retryAfter,
        words.providerFailed(outcome.status),
      );
    case 'network-dropped':
      return scheduleRetry(input, policy, words, null, words.dropped);
    default:
      return assertNever(outcome, 'push outcome');
  }
}
