import { z } from 'zod';

/** What PUT /v1/_test/faults accepts; the same object is returned as the current config. */
export const faultConfigSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    errorRate: z.number().min(0).max(1).optional(),
    force: z
      .array(
        z
          .object({
            method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
            path: z.string().startsWith('/').max(2000),
            status: z.union([z.literal(412), z.literal(429), z.literal(500), z.literal(503)]),
            times: z.number().int().min(1).max(10_000),
            retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
          })
          .strict(),
      )
      .max(100)
      .optional(),
    dropConnectionAfterCommit: z.number().int().min(0).max(10_000).optional(),
    concurrentChanges: z
      .array(
        z
          .object({
            id: z
              .string()
              .min(1)
              .max(128)
              .regex(/^[a-z0-9][a-z0-9.-]*$/),
            value: z.string().max(256),
          })
          .strict(),
      )
      .max(100)
      .optional(),
  })
  .strict();

export type FaultConfigRequest = z.infer<typeof faultConfigSchema>;
/** The config in force, every field present (what GET/PUT/DELETE answer). */
export type FaultConfig = Required<FaultConfigRequest>;
const emptyConfig = (): FaultConfig => ({
  latencyMs: 0,
  errorRate: 0,
  force: [],
  dropConnectionAfterCommit: 0,
  concurrentChanges: [],
});
export type ConcurrentChange = FaultConfig['concurrentChanges'][number];

export type ForcedStatus = 412 | 429 | 500 | 503;
export type FaultDecision = {
  latencyMs: number;
  forced: { status: ForcedStatus; retryAfterSeconds: number | undefined } | null;
};

/**
 * Test-only fault injection. Counters are consumed as requests match, so "force 429 twice" means
 * exactly the next two matching requests; a config with nothing left reads back as empty.
 */
export class FaultInjector {
  private config: FaultConfig = emptyConfig();

  constructor(private readonly random: () => number = Math.random) {}

  /** Replaces the whole config; omitted fields mean no such fault. */
  set(config: FaultConfigRequest): FaultConfig {
    this.config = { ...emptyConfig(), ...structuredClone(config) };
    return this.current();
  }

  reset(): FaultConfig {
    this.config = emptyConfig();
    return this.current();
  }

  current(): FaultConfig {
    return structuredClone(this.config);
  }

  /** Decides what happens to one incoming request (latency first, then a forced status). */
  decide(method: string, path: string): FaultDecision {
    const latencyMs = this.config.latencyMs;
    const force = this.config.force;
    const index = force.findIndex(
      (f) => f.method === method.toUpperCase() && path.startsWith(f.path),
    );
    const rule = index === -1 ? undefined : force[index];
    if (rule !== undefined) {
      const remaining = rule.times - 1;
      this.config.force =
        remaining > 0
          ? force.map((f, i) => (i === index ? { ...f, times: remaining } : f))
          : force.filter((_, i) => i !== index);
      return {
        latencyMs,
        forced: { status: rule.status, retryAfterSeconds: rule.retryAfterSeconds },
      };
    }
    const errorRate = this.config.errorRate;
    if (errorRate > 0 && this.random() < errorRate) {
      return { latencyMs, forced: { status: 503, retryAfterSeconds: undefined } };
    }
    return { latencyMs, forced: null };
  }

  /**
   * The changes "another administrator" makes just before the next settings PATCH is handled
   * (all of them, once), so that PATCH meets a real version conflict.
   */
  takeConcurrentChanges(): ConcurrentChange[] {
    const changes = this.config.concurrentChanges;
    this.config.concurrentChanges = [];
    return changes;
  }

  /** True (and consumes one) when the next committed change should lose its response. */
  takeDropAfterCommit(): boolean {
    const remaining = this.config.dropConnectionAfterCommit;
    if (remaining <= 0) return false;
    this.config.dropConnectionAfterCommit = remaining - 1;
    return true;
  }
}
