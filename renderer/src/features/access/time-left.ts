const minuteMs = 60_000;

/** Time until `until` as hours and minutes in the user's language, or null once it has passed. */
export function timeLeft(until: string, nowMs: number, locale?: string): string | null {
  const left = Date.parse(until) - nowMs;
  if (!(left > 0)) return null;
  const minutes = Math.ceil(left / minuteMs);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(
      value,
    );
  if (h === 0) return unit(m, 'minute');
  if (m === 0) return unit(h, 'hour');
  return `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}
