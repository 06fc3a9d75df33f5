// Dates, times and numbers in the user's locale. Every time shown names its zone, because
// administrators and auditors compare events across offices.

// Building an Intl formatter costs far more than using one, and long tables format thousands of
// values: one formatter per locale (and zone) is kept.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A date and time with the zone, e.g. "Jun 1, 2025, 10:00:00 AM UTC". */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'long',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(date);
}

export function formatNumber(value: number, locale?: string): string {
  const key = locale ?? '';
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A compact date and time with the zone, for table cells: "9/20/23, 4:05:03 AM UTC". */
export function formatDateTimeShort(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: '2-digit',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}
