import type { TFunction } from 'i18next';
import type { AccessAlertItem } from '../../../../shared/ipc/schemas/access-alerts';
import {
  accessResults,
  actorKinds,
  dataCategories,
  purposes,
} from '../../../../shared/ipc/schemas/access-events';
import { formatDateTime } from '../../i18n/format';

type T = TFunction<'access'>;

function isOneOf<K extends string>(list: readonly K[], value: string): value is K {
  return (list as readonly string[]).includes(value);
}

/** Provider vocabulary in the user's language; a word the app does not know is shown as sent. */
export function kindLabel(kind: string, t: T): string {
  return isOneOf(actorKinds, kind) ? t(`kind.${kind}`) : kind;
}

export function purposeLabel(purpose: string, t: T): string {
  return isOneOf(purposes, purpose) ? t(`purpose.${purpose}`) : purpose;
}

export function resultLabel(result: string, t: T): string {
  return isOneOf(accessResults, result) ? t(`result.${result}`) : result;
}

export function categoryLabel(category: string, t: T): string {
  return isOneOf(dataCategories, category) ? t(`category.${category}`) : category;
}

export function alertTitle(alert: AccessAlertItem, t: T): string {
  const purpose = purposeLabel(alert.purpose, t);
  switch (alert.rule) {
    case 'prohibited-purpose':
      return t('alerts.rule.prohibited-purpose', { purpose });
    case 'unrecognised-purpose':
      return t('alerts.rule.unrecognised-purpose', { purpose });
    case 'operator-without-request':
    case 'operator-unknown-request':
    case 'operator-request-not-approved':
    case 'operator-outside-window':
      return t(`alerts.rule.${alert.rule}`);
  }
}

/** Who did what to which data, and how it ended. */
export function alertWhat(alert: AccessAlertItem, t: T): string {
  const values = {
    actor: alert.actor,
    kind: kindLabel(alert.actorKind, t),
    category: isOneOf(dataCategories, alert.category)
      ? t(`categoryText.${alert.category}`)
      : alert.category,
    resource: alert.resource,
  };
  return alert.result === 'success'
    ? t('alerts.what.success', values)
    : t('alerts.what.other', { ...values, result: resultLabel(alert.result, t) });
}

/** The lockbox detail: which request the event named and why it does not cover it. */
export function alertWhy(alert: AccessAlertItem, t: T, locale?: string): string | null {
  const request = alert.accessRequestId ?? '';
  switch (alert.rule) {
    case 'operator-unknown-request':
      return t('alerts.why.operator-unknown-request', { request });
    case 'operator-request-not-approved':
      return t('alerts.why.operator-request-not-approved', {
        request,
        status: alert.requestStatus ?? '',
      });
    case 'operator-outside-window':
      return alert.approvedWindow === null
        ? null
        : t('alerts.why.operator-outside-window', {
            request,
            start: formatDateTime(alert.approvedWindow.start, locale),
            end: formatDateTime(alert.approvedWindow.end, locale),
          });
    case 'prohibited-purpose':
    case 'unrecognised-purpose':
    case 'operator-without-request':
      return null;
  }
}

/** The provider's promise the event breaks. */
export function alertPromise(alert: AccessAlertItem, t: T): string {
  switch (alert.rule) {
    case 'prohibited-purpose':
      return t('alerts.promise.purpose', {
        purpose: isOneOf(purposes, alert.purpose)
          ? t(`purposeText.${alert.purpose}`)
          : alert.purpose,
      });
    case 'unrecognised-purpose':
      return t('alerts.promise.declared');
    case 'operator-without-request':
    case 'operator-unknown-request':
    case 'operator-request-not-approved':
    case 'operator-outside-window':
      return t('alerts.promise.lockbox');
  }
}
