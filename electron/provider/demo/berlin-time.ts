// The demo tenant's people work in Germany, so its rhythms follow Europe/Berlin local time.
// EU summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October (Directive 2000/84/EC); computing that directly is much faster than Intl
// for hundreds of thousands of timestamps.
const hourMs = 3_600_000;

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

const summerCache = new Map<number, readonly [number, number]>();

/** Europe/Berlin offset from UTC in hours (1 or 2) at the given instant. */
export function berlinOffsetHours(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  let summer = summerCache.get(year);
  if (!summer) {
    summer = [lastSundayUtc(year, 2), lastSundayUtc(year, 9)];
    summerCache.set(year, summer);
  }
  return utcMs >= summer[0] && utcMs < summer[1] ? 2 : 1;
}

/** Local hour (0-23) and weekday (0 = Sunday) in Berlin at the given instant. */
export function berlinClock(utcMs: number): { hour: number; weekday: number } {
  const local = new Date(utcMs + berlinOffsetHours(utcMs) * hourMs);
  return { hour: local.getUTCHours(), weekday: local.getUTCDay() };
}
