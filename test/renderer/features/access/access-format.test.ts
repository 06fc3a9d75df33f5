import { describe, expect, it } from 'vitest';
import {
  alertPromise,
  alertTitle,
  alertWhat,
  alertWhy,
} from '../../../../renderer/src/features/access/access-format';
import {
  daysRange,
  presetRange,
  rangeDays,
} from '../../../../renderer/src/features/access/event-range';
import { timeLeft } from '../../../../renderer/src/features/access/time-left';
import { timelineRows } from '../../../../renderer/src/features/access/timeline-rows';
import { tAccess } from '../../i18n-fixture';
import { emptyCounts, sampleAlert, sampleSummary } from './access-sample';

describe('alert wording', () => {
  it('names the prohibited purpose, the actor, the data and the promise broken', () => {
    const alert = sampleAlert();
    expect(alertTitle(alert, tAccess)).toBe('Prohibited purpose: Advertising');
    expect(alertWhat(alert, tAccess)).toBe(
      'app:Partner Insights (Application) accessed diagnostic data (telemetry:ad-id).',
    );
    expect(alertPromise(alert, tAccess)).toBe(
      'The provider promised never to use tenant data for advertising.',
    );
    expect(alertWhy(alert, tAccess)).toBeNull();
  });

  it('says an attempt was only an attempt', () => {
    expect(alertWhat(sampleAlert({ result: 'denied' }), tAccess)).toBe(
      'app:Partner Insights (Application) tried to access diagnostic data (telemetry:ad-id): Denied.',
    );
  });

  it('explains which request a provider operator named and why it does not cover the access', () => {
    const outside = sampleAlert({
      rule: 'operator-outside-window',
      actorKind: 'provider-operator',
      accessRequestId: 'ar-7',
      requestStatus: 'completed',
      approvedWindow: { start: '2025-06-01T08:00:00.000Z', end: '2025-06-01T12:00:00.000Z' },
    });
    expect(alertTitle(outside, tAccess)).toBe('Provider operator outside the approved window');
    expect(alertWhy(outside, tAccess, 'en-US')).toMatch(
      /^It named access request ar-7, approved only from Jun 1, 2025/,
    );
    expect(alertPromise(outside, tAccess)).toMatch(
      /only through an access request the tenant approved/,
    );
    const denied = sampleAlert({
      rule: 'operator-request-not-approved',
      accessRequestId: 'ar-8',
      requestStatus: 'denied',
    });
    expect(alertWhy(denied, tAccess)).toBe('It named access request ar-8, which is denied.');
    expect(alertWhy(sampleAlert({ rule: 'operator-without-request' }), tAccess)).toBeNull();
  });
});

describe('time ranges', () => {
  it('turns inclusive UTC days into a filter range and back', () => {
    const range = daysRange('2025-06-01', '2025-06-03');
    expect(range).toEqual({ from: '2025-06-01T00:00:00.000Z', to: '2025-06-04T00:00:00.000Z' });
    expect(rangeDays(range ?? {})).toEqual({ fromDay: '2025-06-01', toDay: '2025-06-03' });
    expect(daysRange('2025-06-03', '2025-06-01')).toBeNull();
    expect(daysRange('', '2025-06-01')).toEqual({
      from: undefined,
      to: '2025-06-02T00:00:00.000Z',
    });
  });

  it('counts presets back from now', () => {
    const now = new Date('2025-06-10T12:00:00.000Z');
    expect(presetRange('7d', now)).toEqual({ from: '2025-06-03T12:00:00.000Z', to: undefined });
    expect(presetRange('all', now)).toEqual({ from: undefined, to: undefined });
  });
});

describe('timelineRows', () => {
  it('fills the days of the range without events with zeros', () => {
    const summary = {
      ...sampleSummary(3),
      days: [
        { date: '2025-06-01', counts: { ...emptyCounts, 'tenant-user': 2 } },
        { date: '2025-06-03', counts: { ...emptyCounts, subprocessor: 1 } },
      ],
    };
    const rows = timelineRows(summary, {
      from: '2025-05-31T00:00:00.000Z',
      to: '2025-06-04T00:00:00.000Z',
    });
    expect(rows.map((r) => [r.date, r.total])).toEqual([
      ['2025-05-31', 0],
      ['2025-06-01', 2],
      ['2025-06-02', 0],
      ['2025-06-03', 1],
    ]);
    expect(timelineRows(summary, {}).map((r) => r.date)).toEqual([
      '2025-06-01',
      '2025-06-02',
      '2025-06-03',
    ]);
  });
});

describe('timeLeft', () => {
  const now = Date.parse('2025-06-01T10:00:00.000Z');
  it('counts hours and minutes until expiry, and nothing once it passed', () => {
    expect(timeLeft('2025-06-01T12:15:00.000Z', now, 'en-US')).toBe('2 hr 15 min');
    expect(timeLeft('2025-06-01T10:00:30.000Z', now, 'en-US')).toBe('1 min');
    expect(timeLeft('2025-06-01T13:00:00.000Z', now, 'en-US')).toBe('3 hr');
    expect(timeLeft('2025-06-01T10:00:00.000Z', now, 'en-US')).toBeNull();
    expect(timeLeft('2025-06-01T11:30:00.000Z', now, 'de-DE')).toBe('1 Std. 30 Min.');
  });
});
