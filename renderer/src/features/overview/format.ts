import type { HeadlineCount } from '../../../../shared/ipc/schemas/tenant';

export type CountDisplay =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'reason'; readonly text: string };

/** A headline count as text: the formatted number, or the reason there is none. */
export function displayCount(count: HeadlineCount, locale?: string): CountDisplay {
  switch (count.status) {
    case 'ok':
      return { kind: 'number', text: new Intl.NumberFormat(locale).format(count.value) };
    case 'forbidden':
      return { kind: 'reason', text: `Not permitted: ${count.message}` };
    case 'unavailable':
      return { kind: 'reason', text: `Unavailable: ${count.message}` };
  }
}

/** The time the figures were read, in the user's locale; the ISO string stays in datetime. */
export function formatFetchedAt(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
