import { describe, expect, it } from 'vitest';
import { FaultInjector, faultConfigSchema } from '../../../electron/provider/faults';

describe('FaultInjector', () => {
  it('forces a status exactly `times` times for matching method and path prefix', () => {
    const faults = new FaultInjector(() => 1);
    faults.set({
      force: [
        { method: 'PATCH', path: '/v1/settings', status: 429, times: 2, retryAfterSeconds: 3 },
      ],
    });
    expect(faults.decide('GET', '/v1/settings').forced).toBeNull();
    expect(faults.decide('PATCH', '/v1/settings').forced).toEqual({
      status: 429,
      retryAfterSeconds: 3,
    });
    expect(faults.current().force[0]?.times).toBe(1);
    expect(faults.decide('PATCH', '/v1/settings').forced?.status).toBe(429);
    expect(faults.decide('PATCH', '/v1/settings').forced).toBeNull();
    expect(faults.current().force).toEqual([]);
  });

  it('applies the error rate as 503 and latency to every request', () => {
    const values = [0.1, 0.9];
    const faults = new FaultInjector(() => values.shift() ?? 1);
    faults.set({ errorRate: 0.5, latencyMs: 20 });
    expect(faults.decide('GET', '/v1/me')).toEqual({
      latencyMs: 20,
      forced: { status: 503, retryAfterSeconds: undefined },
    });
    expect(faults.decide('GET', '/v1/me')).toEqual({ latencyMs: 20, forced: null });
  });

  it('counts down dropped connections and resets', () => {
    const faults = new FaultInjector();
    faults.set({ dropConnectionAfterCommit: 1 });
    expect(faults.takeDropAfterCommit()).toBe(true);
    expect(faults.takeDropAfterCommit()).toBe(false);
    faults.set({ dropConnectionAfterCommit: 5 });
    expect(faults.reset()).toEqual({
      latencyMs: 0,
      errorRate: 0,
      force: [],
      dropConnectionAfterCommit: 0,
      concurrentChanges: [],
    });
    expect(faults.takeDropAfterCommit()).toBe(false);
  });

  it('hands out the concurrent changes once, all together', () => {
    const faults = new FaultInjector();
    const changes = [
      { id: 'os.allow-telemetry', value: '3' },
      { id: 'browser.diagnostic-data', value: '2' },
    ];
    faults.set({ concurrentChanges: changes });
    expect(faults.current().concurrentChanges).toEqual(changes);
    expect(faults.takeConcurrentChanges()).toEqual(changes);
    expect(faults.takeConcurrentChanges()).toEqual([]);
    expect(faults.current().concurrentChanges).toEqual([]);
  });

  it('schema rejects unknown fields and statuses outside the forced set', () => {
    expect(
      faultConfigSchema.safeParse({
        force: [{ method: 'GET', path: '/v1', status: 404, times: 1 }],
      }).success,
    ).toBe(false);
    expect(faultConfigSchema.safeParse({ latency: 5 }).success).toBe(false);
    expect(faultConfigSchema.safeParse({ errorRate: 1.5 }).success).toBe(false);
  });
});
