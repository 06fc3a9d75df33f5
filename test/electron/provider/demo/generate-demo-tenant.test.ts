import { beforeAll, describe, expect, it } from 'vitest';
import { berlinClock } from '../../../../electron/provider/demo/berlin-time';
import {
  euDataBoundary,
  expiryReason,
  generateDemoTenant,
  type DemoAccessEvent,
  type DemoTenant,
} from '../../../../electron/provider/demo/index';
import { validateSchema } from '../../../support/openapi-validator';

const asOf = new Date('2025-06-15T10:23:45.678Z');
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const prohibited = new Set(['user-profiling', 'advertising', 'market-research']);

function windowOf(tenant: DemoTenant, event: DemoAccessEvent) {
  const request = tenant.accessRequests.find((r) => r.id === event.accessRequestId);
  return request?.approvedWindow ?? null;
}

function insideWindow(tenant: DemoTenant, event: DemoAccessEvent): boolean {
  const window = windowOf(tenant, event);
  const t = Date.parse(event.time);
  return window !== null && t >= Date.parse(window.start) && t < Date.parse(window.end);
}

describe('generateDemoTenant (200,000 events)', () => {
  let demo: DemoTenant;
  let elapsedMs = 0;

  beforeAll(() => {
    const started = performance.now();
    demo = generateDemoTenant({ seed: 42, asOf });
    elapsedMs = performance.now() - started;
  });

  it('generates 200,000 events quickly', () => {
    expect(demo.accessEvents).toHaveLength(200_000);
    // The target is well under 1 s; the bound leaves room for a busy shared test machine.
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('keeps every event in the 180 days before asOf, sorted, with unique ids', () => {
    const start = asOf.getTime() - 180 * dayMs;
    let previous = -Infinity;
    const misplaced = demo.accessEvents.filter((event) => {
      const t = Date.parse(event.time);
      const ok = t >= start && t < asOf.getTime() && t >= previous;
      previous = t;
      return !ok;
    });
    expect(misplaced.map((e) => `${e.id} ${e.time}`)).toEqual([]);
    expect(new Set(demo.accessEvents.map((e) => e.id)).size).toBe(200_000);
  });

  it('is mostly tenant users, admins and apps', () => {
    const tenantSide = demo.accessEvents.filter((e) =>
      ['tenant-user', 'tenant-admin', 'application'].includes(e.actorKind),
    ).length;
    expect(tenantSide / demo.accessEvents.length).toBeGreaterThan(0.95);
    for (const kind of ['subprocessor', 'provider-operator', 'legal-demand'] as const) {
      expect(
        demo.accessEvents.some((e) => e.actorKind === kind),
        kind,
      ).toBe(true);
    }
  });

  it('follows Berlin office rhythms: busy weekdays, quiet weekends and nights', () => {
    const perWeekday = new Array<number>(7).fill(0);
    let userWeekday = 0;
    let userOffice = 0;
    for (const event of demo.accessEvents) {
      const { hour, weekday } = berlinClock(Date.parse(event.time));
      perWeekday[weekday] = (perWeekday[weekday] ?? 0) + 1;
      if (event.actorKind === 'tenant-user' && weekday >= 1 && weekday <= 5) {
        userWeekday += 1;
        if (hour >= 8 && hour < 18) userOffice += 1;
      }
    }
    const weekdayAvg = perWeekday.slice(1, 6).reduce((a, b) => a + b, 0) / 5;
    const weekendAvg = ((perWeekday[0] ?? 0) + (perWeekday[6] ?? 0)) / 2;
    expect(weekdayAvg / weekendAvg).toBeGreaterThan(4);
    expect(weekdayAvg / weekendAvg).toBeLessThan(12);
    expect(userOffice / userWeekday).toBeGreaterThan(0.8);
  });

  it('ties provider-operator events to approved requests, inside their windows', () => {
    const operator = demo.accessEvents.filter((e) => e.actorKind === 'provider-operator');
    const inside = operator.filter((e) => insideWindow(demo, e));
    expect(inside.length).toBeGreaterThan(30);
    for (const event of inside) {
      const request = demo.accessRequests.find((r) => r.id === event.accessRequestId);
      expect(['approved', 'completed', 'revoked']).toContain(request?.status);
      expect(event.actor).toBe(request?.requester);
      expect(event.ticket).toBe(request?.ticket);
    }
  });

  it('contains a handful of off-hours provider-operator events outside any window', () => {
    const outside = demo.accessEvents.filter(
      (e) => e.actorKind === 'provider-operator' && !insideWindow(demo, e),
    );
    expect(outside.length).toBeGreaterThanOrEqual(3);
    expect(outside.length).toBeLessThanOrEqual(10);
    const atNight = outside.filter((e) => {
      const { hour } = berlinClock(Date.parse(e.time));
      return hour < 6 || hour >= 22;
    });
    expect(atNight.length).toBeGreaterThanOrEqual(3);
    expect(outside.some((e) => e.accessRequestId === null)).toBe(true);
    expect(outside.some((e) => e.accessRequestId !== null)).toBe(true);
  });

  it('contains a handful of prohibited-purpose events covering every prohibited purpose', () => {
    const bad = demo.accessEvents.filter((e) => prohibited.has(e.purpose));
    expect(bad.length).toBeGreaterThanOrEqual(3);
    expect(bad.length).toBeLessThanOrEqual(10);
    expect(new Set(bad.map((e) => e.purpose))).toEqual(prohibited);
  });

  it('has 5 pending requests created in the last hours, expiring 12 h after creation', () => {
    const pending = demo.accessRequests.filter((r) => r.status === 'pending');
    expect(pending).toHaveLength(5);
    for (const request of pending) {
      const created = Date.parse(request.createdAt);
      expect(asOf.getTime() - created).toBeGreaterThan(0);
      expect(asOf.getTime() - created).toBeLessThanOrEqual(6 * hourMs);
      expect(Date.parse(request.expiresAt) - created).toBe(12 * hourMs);
      expect(request.decision).toBeNull();
      expect(request.approvedWindow).toBeNull();
    }
  });

  it('has decided requests of every kind with consistent decisions and windows', () => {
    const statuses = new Set(demo.accessRequests.map((r) => r.status));
    for (const status of ['approved', 'denied', 'expired', 'completed'] as const) {
      expect(statuses.has(status), status).toBe(true);
    }
    expect(new Set(demo.accessRequests.map((r) => r.id)).size).toBe(demo.accessRequests.length);
    const created = demo.accessRequests.map((r) => Date.parse(r.createdAt));
    expect(created).toEqual([...created].sort((a, b) => a - b));
    for (const r of demo.accessRequests) {
      expect(Date.parse(r.expiresAt) - Date.parse(r.createdAt)).toBe(12 * hourMs);
      if (r.status === 'expired') {
        expect(r.decision).toEqual({ by: 'system', at: r.expiresAt, reason: expiryReason });
      }
      if (r.approvedWindow) {
        expect(['approved', 'completed', 'revoked']).toContain(r.status);
        expect(r.approvedWindow.start).toBe(r.decision?.at);
        expect(Date.parse(r.approvedWindow.start)).toBeLessThan(Date.parse(r.expiresAt));
        expect(Date.parse(r.approvedWindow.end)).toBeGreaterThan(
          Date.parse(r.approvedWindow.start),
        );
      }
      if (r.status === 'completed')
        expect(Date.parse(r.approvedWindow?.end ?? '')).toBeLessThan(asOf.getTime());
      if (r.status === 'approved')
        expect(Date.parse(r.approvedWindow?.end ?? '')).toBeGreaterThan(asOf.getTime());
    }
  });

  it('every record is valid against the OpenAPI schemas', () => {
    const results = [
      validateSchema('Tenant', demo.tenant),
      validateSchema('SettingPage', { items: demo.settings, nextCursor: null, total: 0 }),
      validateSchema('DataLocationPage', { items: demo.dataLocations, nextCursor: null, total: 0 }),
      validateSchema('AccessRequestPage', { items: demo.accessRequests, nextCursor: null }),
      validateSchema('TransparencyReport', demo.transparencyReport),
      validateSchema('AccessEventPage', { items: demo.accessEvents, nextCursor: null }),
    ];
    expect(results.filter((r) => !r.valid)).toEqual([]);
  });
});

describe('generateDemoTenant (catalogue and residency)', () => {
  const demo = generateDemoTenant({ seed: 7, asOf, eventCount: 2_000 });

  it('describes Contoso Europe under the EU Data Boundary with lockbox on', () => {
    expect(demo.tenant).toMatchObject({
      displayName: 'Contoso Europe',
      country: 'DE',
      residencyCommitment: 'EU Data Boundary',
      lockboxEnabled: true,
    });
    expect(Date.parse(demo.tenant.createdAt)).toBeLessThan(asOf.getTime());
  });

  it('has about 40 settings over 5 products, with allowed current values, some changed', () => {
    expect(demo.settings.length).toBeGreaterThanOrEqual(35);
    expect(demo.settings.length).toBeLessThanOrEqual(45);
    const products = new Set(demo.settings.map((s) => s.product));
    expect(products.size).toBe(5);
    expect(new Set(demo.settings.map((s) => s.id)).size).toBe(demo.settings.length);
    for (const setting of demo.settings) {
      const allowed = setting.values.map((v) => v.value);
      expect(allowed, setting.id).toContain(setting.defaultValue);
      expect(allowed, setting.id).toContain(setting.currentValue);
      expect(setting.feeds.length, setting.id).toBeGreaterThan(0);
      // What a setting feeds is what its values feed, together: the review's data-flow effect
      // depends on it.
      const union = [...new Set(setting.values.flatMap((v) => v.feeds))].sort();
      expect([...setting.feeds].sort(), setting.id).toEqual(union);
    }
    // Most settings can stop a flow: some value of theirs feeds nothing.
    const canStop = demo.settings.filter((s) => s.values.some((v) => v.feeds.length === 0));
    expect(canStop.length).toBeGreaterThan(demo.settings.length / 2);
    const changed = demo.settings.filter((s) => s.currentValue !== s.defaultValue);
    expect(changed.length).toBeGreaterThanOrEqual(5);
    expect(changed.length).toBeLessThan(demo.settings.length / 2);
    const telemetry = demo.settings.find((s) => s.id === 'os.allow-telemetry');
    expect(telemetry?.values.map((v) => v.value)).toEqual(['0', '1', '3']);
    expect(telemetry?.enterpriseOnlyValues).toEqual(['0']);
    expect(demo.settings.some((s) => s.id === 'tenant.diagnostic-data-processor')).toBe(true);
  });

  it('covers at least 8 services x 4 categories, at rest and in processing', () => {
    const services = new Set(demo.dataLocations.map((l) => l.service));
    expect(services.size).toBeGreaterThanOrEqual(8);
    for (const service of services) {
      for (const category of [
        'customer',
        'diagnostic',
        'service-generated',
        'professional-services',
      ]) {
        for (const processing of ['at-rest', 'processing']) {
          const rows = demo.dataLocations.filter(
            (l) => l.service === service && l.category === category && l.processing === processing,
          );
          expect(rows.length, `${service}/${category}/${processing}`).toBe(1);
        }
      }
    }
  });

  it('flags a few honest out-of-commitment locations with the reason', () => {
    const outside = demo.dataLocations.filter((l) => !l.inCommitment);
    expect(outside.length).toBeGreaterThanOrEqual(3);
    expect(outside.length).toBeLessThanOrEqual(8);
    for (const l of demo.dataLocations) {
      expect(l.inCommitment).toBe(euDataBoundary.has(l.geography));
      expect(l.outOfCommitmentReason === null).toBe(l.inCommitment);
      expect(l.datacenterCities).toEqual(l.cities.map((c) => `${c.name}, ${c.countryCode}`));
    }
    const cities = new Set(demo.dataLocations.flatMap((l) => l.cities.map((c) => c.name)));
    expect(cities.has('Singapore') && cities.has('Hong Kong')).toBe(true);
    expect(outside.some((l) => l.outOfCommitmentReason?.includes('United States'))).toBe(true);
  });

  it('reports six consecutive half-years before asOf, oldest first, with consistent counts', () => {
    const periods = demo.transparencyReport.periods;
    expect(periods.map((p) => p.period)).toEqual([
      '2022-H1',
      '2022-H2',
      '2023-H1',
      '2023-H2',
      '2024-H1',
      '2024-H2',
    ]);
    for (const p of periods) {
      expect(p.rejected + p.disclosedContent + p.disclosedNonContent).toBeLessThanOrEqual(
        p.received,
      );
    }
  });

  it('keeps the alarm-worthy events even with a small event count', () => {
    expect(demo.accessEvents).toHaveLength(2_000);
    expect(
      demo.accessEvents.filter((e) => prohibited.has(e.purpose)).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      demo.accessEvents.filter((e) => e.actorKind === 'provider-operator' && !insideWindow(demo, e))
        .length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('generateDemoTenant determinism', () => {
  it('gives identical output for the same seed and asOf', () => {
    const a = generateDemoTenant({ seed: 11, asOf, eventCount: 20_000 });
    const b = generateDemoTenant({ seed: 11, asOf: new Date(asOf.getTime()), eventCount: 20_000 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives different output for another seed or another asOf', () => {
    const base = generateDemoTenant({ seed: 11, asOf, eventCount: 5_000 });
    const otherSeed = generateDemoTenant({ seed: 12, asOf, eventCount: 5_000 });
    const later = generateDemoTenant({
      seed: 11,
      asOf: new Date(asOf.getTime() + dayMs),
      eventCount: 5_000,
    });
    expect(JSON.stringify(otherSeed.accessEvents)).not.toBe(JSON.stringify(base.accessEvents));
    expect(later.accessEvents[0]?.time).not.toBe(base.accessEvents[0]?.time);
  });

  it('rejects invalid options', () => {
    expect(() => generateDemoTenant({ seed: 1.5, asOf })).toThrow(RangeError);
    expect(() => generateDemoTenant({ seed: 1, asOf: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => generateDemoTenant({ seed: 1, asOf, eventCount: -1 })).toThrow(RangeError);
  });
});
