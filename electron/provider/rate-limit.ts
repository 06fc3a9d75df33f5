export type RateLimitOptions = { perSecond: number; burst: number };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedAt: number };

/**
 * Token bucket per key (one per bearer token): `burst` requests at once, refilled at `perSecond`.
 * A refused request is told how many whole seconds until one token is back (Retry-After).
 */
export function createRateLimiter(
  options: RateLimitOptions,
  clock: () => number = () => performance.now(),
): (key: string) => RateDecision {
  const buckets = new Map<string, Bucket>();
  return (key) => {
    const now = clock();
    const bucket = buckets.get(key) ?? { tokens: options.burst, updatedAt: now };
    const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(options.burst, bucket.tokens + elapsedSeconds * options.perSecond);
    bucket.updatedAt = now;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
    return { allowed: false, retryAfterSeconds };
  };
}
