import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { AccessAlertItem } from '../../../../shared/ipc/schemas/access-alerts';
import { sectionHref } from '../../app/routes';
import { useStores, type AppStores } from '../../app/stores';
import { lastValue } from '../common/load';
import { AlertsList } from './alerts-list';

/** Follows an alert to its event, from wherever the alert is listed. */
export function showAlertEvent(stores: AppStores, alert: AccessAlertItem): void {
  const href = sectionHref('access-events');
  if (window.location.hash !== href) window.location.hash = href;
  void stores.accessEvents.getState().showAlertEvent(alert);
}

export function AlertsSection({
  limit,
  title,
}: {
  readonly limit?: number;
  readonly title?: string;
}) {
  const { t } = useTranslation('access');
  const stores = useStores();
  const load = useStore(stores.accessAlerts, (s) => s.load);
  const report = lastValue(load);
  return (
    <section
      className="alerts-section"
      aria-labelledby="alerts-title"
      aria-busy={load.status === 'loading'}
    >
      <h2 id="alerts-title">{title ?? t('alerts.title')}</h2>
      {load.status === 'loading' && report === null ? (
        <p role="status">{t('alerts.loading')}</p>
      ) : null}
      {load.status === 'failed' && load.error.code === 'forbidden' ? (
        // A role without access is how this connection is set up, not something going wrong.
        <p className="muted">{t('alerts.notForRole', { reason: load.error.message })}</p>
      ) : null}
      {load.status === 'failed' && load.error.code !== 'forbidden' ? (
        <p role="alert" className="inline-error">
          {t('alerts.failed', { reason: load.error.message })}
        </p>
      ) : null}
      {report ? (
        <AlertsList
          report={report}
          {...(limit === undefined ? {} : { limit })}
          onShow={(alert) => {
            showAlertEvent(stores, alert);
          }}
        />
      ) : null}
    </section>
  );
}
