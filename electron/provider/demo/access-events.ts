// 180 days of access events with the rhythms of a German company: busy office hours in
// Europe/Berlin time, quiet nights, much quieter weekends, apps running around the clock.
// Volume is spread over hourly buckets by weight, then each bucket is filled in time order,
// so 200,000 events come out sorted without a global sort.
import { berlinClock } from './berlin-time';
import type { EventDraft } from './event-draft';
import {
  inWindowOperatorEvents,
  legalDemandEvents,
  outsideWindowOperatorEvents,
  prohibitedPurposeEvents,
} from './event-specials';
import { createIsoFormatter } from './iso-time';
import { weightedPicker, type Random } from './prng';
import { regularEvent, type RegularKind } from './regular-events';
import type { DemoAccessEvent, DemoAccessRequest } from './types';

const hourMs = 3_600_000;
export const eventWindowDays = 180;

/** Relative activity per Berlin local hour on a working day. */
const hourProfile = [
  0.03, 0.02, 0.02, 0.02, 0.03, 0.05, 0.12, 0.35, 0.8, 1, 1, 0.95, 0.7, 0.85, 0.95, 0.9, 0.8, 0.55,
  0.3, 0.18, 0.12, 0.08, 0.05, 0.04,
] as const;
const weekendFactor = 0.15;

export function isOfficeHour(hour: number, weekday: number): boolean {
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18;
}

const officeMix = weightedPicker<RegularKind>([
  ['tenant-user', 76],
  ['tenant-admin', 7],
  ['application', 15],
  ['subprocessor', 2],
]);
const offHoursMix = weightedPicker<RegularKind>([
  ['tenant-user', 40],
  ['tenant-admin', 3],
  ['application', 55],
  ['subprocessor', 2],
]);

/** Splits `total` over hourly buckets in proportion to Berlin-time activity. */
function bucketCounts(rng: Random, startMs: number, buckets: number, total: number): Uint32Array {
  const weights = new Float64Array(buckets);
  let sum = 0;
  let dayNoise = 1;
  for (let i = 0; i < buckets; i++) {
    if (i % 24 === 0) dayNoise = 0.85 + rng.next() * 0.3;
    const { hour, weekday } = berlinClock(startMs + i * hourMs);
    const day = weekday === 0 || weekday === 6 ? weekendFactor : 1;
    const growth = 0.9 + (0.2 * i) / buckets;
    const w = (hourProfile[hour] ?? 0) * day * dayNoise * growth;
    weights[i] = w;
    sum += w;
  }
  // Cumulative rounding: the counts add up to exactly `total`.
  const counts = new Uint32Array(buckets);
  let cumulative = 0;
  let assigned = 0;
  for (let i = 0; i < buckets; i++) {
    cumulative += weights[i] ?? 0;
    const upTo = Math.round((cumulative / sum) * total);
    counts[i] = upTo - assigned;
    assigned = upTo;
  }
  return counts;
}

const eventId = (n: number): string => `ev-${String(n).padStart(7, '0')}`;

export function buildAccessEvents(
  rng: Random,
  asOf: Date,
  eventCount: number,
  requests: readonly DemoAccessRequest[],
): DemoAccessEvent[] {
  const endMs = asOf.getTime();
  const startMs = endMs - eventWindowDays * 24 * hourMs;
  const essential = [
    ...prohibitedPurposeEvents(rng, startMs, endMs),
    ...outsideWindowOperatorEvents(rng, requests, startMs, endMs),
    ...legalDemandEvents(rng, startMs, endMs),
  ];
  const specials = [...essential, ...inWindowOperatorEvents(rng, requests, endMs)]
    .slice(0, Math.floor(eventCount / 2))
    .sort((a, b) => a.timeMs - b.timeMs);

  const buckets = eventWindowDays * 24;
  const counts = bucketCounts(rng, startMs, buckets, eventCount - specials.length);
  const events: DemoAccessEvent[] = new Array<DemoAccessEvent>(eventCount);
  let n = 0;
  let s = 0;
  const iso = createIsoFormatter();
  const pushSpecial = (draft: EventDraft): void => {
    n += 1;
    const { timeMs, ...rest } = draft;
    events[n - 1] = { id: eventId(n), time: iso(timeMs), ...rest };
  };
  for (let b = 0; b < buckets; b++) {
    const k = counts[b] ?? 0;
    if (k === 0) continue;
    const bucketStart = startMs + b * hourMs;
    const { hour, weekday } = berlinClock(bucketStart);
    const mix = isOfficeHour(hour, weekday) ? officeMix : offHoursMix;
    const times = new Float64Array(k);
    for (let i = 0; i < k; i++) times[i] = bucketStart + Math.floor(rng.next() * hourMs);
    times.sort();
    for (const t of times) {
      while (s < specials.length && (specials[s]?.timeMs ?? Infinity) <= t) {
        pushSpecial(specials[s++] as EventDraft);
      }
      n += 1;
      events[n - 1] = regularEvent(rng, mix(rng), eventId(n), iso(t));
    }
  }
  while (s < specials.length) pushSpecial(specials[s++] as EventDraft);
  return events;
}
