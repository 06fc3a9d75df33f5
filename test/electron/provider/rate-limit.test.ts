import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../electron/provider/rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst, refuses the next with Retry-After, refills over time, per key', () => {
    let now = 0;
    const limit = createRateLimiter({ perSecond: 2, burst: 3 }, () => now);
    expect([limit('a'), limit('a'), limit('a')].every((d) => d.allowed)).toBe(true);
    expect(limit('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limit('b').allowed).toBe(true);
    now = 499;
    expect(limit('a').allowed).toBe(false);
    now = 500;
    expect(limit('a').allowed).toBe(true);
    expect(limit('a').allowed).toBe(false);
  });

  it('rounds Retry-After up to whole seconds for slow refill', () => {
    const limit = createRateLimiter({ perSecond: 0.25, burst: 1 }, () => 0);
    limit('k');
    expect(limit('k')).toEqual({ allowed: false, retryAfterSeconds: 4 });
  });
});
