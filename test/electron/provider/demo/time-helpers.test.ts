import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berlinClock, berlinOffsetHours } from '../../../../electron/provider/demo/berlin-time';
import { createIsoFormatter } from '../../../../electron/provider/demo/iso-time';

const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe('berlin-time', () => {
  it('matches Intl Europe/Berlin for every hour of 2024-2026 (both DST switches)', () => {
    const from = Date.UTC(2024, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    for (let t = from; t < to; t += 3_600_000 + 1_234) {
      const parts = berlin.formatToParts(new Date(t));
      const hour = Number(parts.find((p) => p.type === 'hour')?.value);
      const weekday = weekdays.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '');
      expect(berlinClock(t), new Date(t).toISOString()).toEqual({ hour, weekday });
    }
  });

  it('switches to summer time at 01:00 UTC on the last Sunday of March', () => {
    expect(berlinOffsetHours(Date.parse('2025-03-30T00:59:59Z'))).toBe(1);
    expect(berlinOffsetHours(Date.parse('2025-03-30T01:00:00Z'))).toBe(2);
    expect(berlinOffsetHours(Date.parse('2025-10-26T00:59:59Z'))).toBe(2);
    expect(berlinOffsetHours(Date.parse('2025-10-26T01:00:00Z'))).toBe(1);
  });
});

describe('iso-time', () => {
  it('formats exactly like Date.prototype.toISOString, in or out of order', () => {
    const iso = createIsoFormatter();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(iso(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5_000 },
    );
  });
});
