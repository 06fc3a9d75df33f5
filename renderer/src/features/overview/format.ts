import type { TFunction } from 'i18next';
import type { HeadlineCount } from '../../../../shared/ipc/schemas/tenant';
import { formatNumber } from '../../i18n/format';

export type CountDisplay =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'reason'; readonly text: string };

/** A headline count as text: the formatted number, or the reason there is none. */
export function displayCount(
  count: HeadlineCount,
  t: TFunction<'overview'>,
  locale?: string,
): CountDisplay {
  switch (count.status) {
    case 'ok':
      return { kind: 'number', text: formatNumber(count.value, locale) };
    case 'forbidden':
      return { kind: 'reason', text: t('counts.forbidden', { reason: count.message }) };
    case 'unavailable':
      return { kind: 'reason', text: t('counts.unavailable', { reason: count.message }) };
  }
}
