// Dates, times and numbers in the user's locale. Every time shown names its zone, because
// administrators and auditors compare events across offices.

/** A date and time with the zone, e.g. "Jun 1, 2025, 10:00:00 AM UTC". */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}

export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
