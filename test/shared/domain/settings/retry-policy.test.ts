import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideNextStep,
  parseRetryAfter,
  type PushOutcome,
  type RetryInput,
  type RetryPolicy,
} from '../../../../shared/domain/settings/retry-policy';

const policy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 20_000,
  deadlineMs: 60_000,
};
const NOW = Date.parse('2025-11-03T12:00:00Z');
const KEY = 'push-3f1c2a9e-key';

function decide(outcome: PushOutcome, overrides: Partial<RetryInput> = {}) {
  return decideNextStep({
    outcome,
    attempt: 1,
    firstAttemptAtMs: NOW,
    nowMs: NOW,
    idempotencyKey: KEY,
    random: () => 0.5,
    policy,
    ...overrides,
  });
}

describe('decideNextStep', () => {
  it('is done on success and hands a 412 to the administrator as a conflict', () => {
    expect(decide({ kind: 'success' })).toEqual({ kind: 'done' });
    expect(decide({ kind: 'precondition-failed' })).toEqual({ kind: 'conflict' });
  });

  it('honours Retry-After seconds over the backoff', () => {
    const d = decide({ kind: 'rate-limited', retryAfter: '7' }, { random: () => 0 });
    expect(d).toMatchObject({ kind: 'retry', delayMs: 7_000, idempotencyKey: KEY });
  });

  it('honours Retry-After as an HTTP-date, in each form HTTP allows', () => {
    expect(
      decide({ kind: 'rate-limited', retryAfter: 'Mon, 03 Nov 2025 12:00:12 GMT' }),
    ).toMatchObject({ delayMs: 12_000 });
    expect(
      decide({ kind: 'rate-limited', retryAfter: 'Monday, 03-Nov-25 12:00:04 GMT' }),
    ).toMatchObject({ delayMs: 4_000 });
    expect(
      decide({ kind: 'server-error', status: 503, retryAfter: 'Mon Nov  3 12:00:09 2025' }),
    ).toMatchObject({ delayMs: 9_000 });
    // A date already past means "now".
    expect(
      decide({ kind: 'rate-limited', retryAfter: 'Mon, 03 Nov 2025 11:00:00 GMT' }),
    ).toMatchObject({ delayMs: 0 });
  });

  it('never retries before a long Retry-After: it stops and says when to push again', () => {
    const d = decide({ kind: 'rate-limited', retryAfter: '3600' });
    expect(d.kind).toBe('give-up');
    expect(d.kind === 'give-up' ? d.reason : '').toContain(
      `wait until ${new Date(NOW + 3_600_000).toISOString()}`,
    );
    // Exactly the longest wait the app holds a push open for is still waited out.
    expect(decide({ kind: 'rate-limited', retryAfter: '20' })).toMatchObject({
      kind: 'retry',
      delayMs: 20_000,
    });
  });

  it('falls back to backoff when Retry-After is unreadable', () => {
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
    expect(
      decide({ kind: 'rate-limited', retryAfter: 'soon' }, { attempt: 3, random: () => 0.5 }),
    ).toMatchObject({ delayMs: 400 });
  });

  it('retries a dropped connection with the same idempotency key', () => {
    expect(decide({ kind: 'network-dropped' }, { attempt: 2 })).toMatchObject({
      kind: 'retry',
      idempotencyKey: KEY,
    });
  });

  it('gives up after the last attempt and when the deadline would pass', () => {
    expect(
      decide({ kind: 'server-error', status: 500, retryAfter: null }, { attempt: 5 }).kind,
    ).toBe('give-up');
    const late = decide(
      { kind: 'rate-limited', retryAfter: '10' },
      { nowMs: NOW + 55_000, firstAttemptAtMs: NOW },
    );
    expect(late).toMatchObject({ kind: 'give-up' });
    expect(decide({ kind: 'rate-limited', retryAfter: '4' }, { nowMs: NOW + 55_000 }).kind).toBe(
      'retry',
    );
  });

  it('property: never retries a 4xx other than 429 (and 412, which is a conflict)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429 && s !== 412),
        fc.integer({ min: 1, max: 4 }),
        (status, attempt) => {
          expect(decide({ kind: 'client-error', status }, { attempt }).kind).toBe('give-up');
        },
      ),
    );
  });

  it('property: backoff delays stay within full-jitter bounds and under the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom<PushOutcome>(
          { kind: 'network-dropped' },
          { kind: 'server-error', status: 503, retryAfter: null },
          { kind: 'rate-limited', retryAfter: null },
        ),
        (attempt, r, outcome) => {
          const d = decide(outcome, { attempt, random: () => r });
          expect(d.kind).toBe('retry');
          if (d.kind !== 'retry') return;
          const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
          expect(d.delayMs).toBeGreaterThanOrEqual(0);
          expect(d.delayMs).toBeLessThan(ceiling);
          expect(d.idempotencyKey).toBe(KEY);
        },
      ),
    );
  });

  it('property: a retry never comes sooner than Retry-After asked, and never past the maximum', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), (seconds) => {
        const d = decide(
          { kind: 'rate-limited', retryAfter: String(seconds) },
          { policy: { ...policy, deadlineMs: Infinity } },
        );
        if (seconds * 1000 <= policy.maxRetryAfterMs) {
          expect(d).toEqual({
            kind: 'retry',
            delayMs: seconds * 1000,
            idempotencyKey: KEY,
            reason: expect.any(String) as string,
          });
        } else {
          expect(d.kind).toBe('give-up');
        }
      }),
    );
  });
});
