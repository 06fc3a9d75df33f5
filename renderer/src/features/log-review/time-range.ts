// The histogram's time inputs: `datetime-local` values read and written as UTC.

/** `2023-09-20T04:05` (as the input shows it) for an ISO instant, in UTC. */
export function toInputValue(iso: string | undefined): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 16);
}

/** The ISO instant of an input value read as UTC, or null when it is not a time. */
export function fromInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The span covered by bars `a`..`b` (either order). */
export function spanOf(
  buckets: readonly { readonly start: string; readonly end: string }[],
  a: number,
  b: number,
): { from: string; to: string } | null {
  const first = buckets[Math.min(a, b)];
  const last = buckets[Math.max(a, b)];
  return first === undefined || last === undefined ? null : { from: first.start, to: last.end };
}
