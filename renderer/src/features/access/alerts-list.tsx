import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessAlertItem, AlertsReport } from '../../../../shared/ipc/schemas/access-alerts';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { alertPromise, alertTitle, alertWhat, alertWhy } from './access-format';

function AlertItem({
  alert,
  onShow,
}: {
  readonly alert: AccessAlertItem;
  readonly onShow: (alert: AccessAlertItem) => void;
}) {
  const { t, i18n } = useTranslation('access');
  const why = alertWhy(alert, t, i18n.language);
  return (
    <li
      className={`alert-item alert-${alert.severity}`}
      data-alert={alert.id}
      data-rule={alert.rule}
    >
      <p className="alert-title">
        <span
          className={`badge ${alert.severity === 'critical' ? 'badge-danger' : 'badge-warning'}`}
        >
          <span aria-hidden="true">⚠ </span>
          {t(`alerts.severity.${alert.severity}`)}
        </span>{' '}
        <strong>{alertTitle(alert, t)}</strong>
      </p>
      <p>{alertWhat(alert, t)}</p>
      {why === null ? null : <p>{why}</p>}
      <p className="alert-promise">
        {t('alerts.promiseBroken', { promise: alertPromise(alert, t) })}
      </p>
      <p className="muted">
        {t('alerts.when', { id: alert.eventId, time: formatDateTime(alert.time, i18n.language) })}
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          onShow(alert);
        }}
      >
        {t('alerts.showEvent', { id: alert.eventId })}
      </button>
    </li>
  );
}

const shownAtFirst = 20;

/** The alerts, newest first; each leads to its event. */
export function AlertsList({
  report,
  onShow,
  limit = shownAtFirst,
}: {
  readonly report: AlertsReport;
  readonly onShow: (alert: AccessAlertItem) => void;
  readonly limit?: number;
}) {
  const { t, i18n } = useTranslation('access');
  const [all, setAll] = useState(false);
  if (report.alerts.length === 0) {
    const checked = report.checked.prohibitedPurposeEvents + report.checked.operatorEvents;
    return (
      <p className="banner banner-ok">
        {t('alerts.none', { events: formatNumber(checked, i18n.language) })}
      </p>
    );
  }
  const shown = all ? report.alerts : report.alerts.slice(0, limit);
  return (
    <>
      <ul className="alerts-list">
        {shown.map((alert) => (
          <AlertItem key={alert.id} alert={alert} onShow={onShow} />
        ))}
      </ul>
      {shown.length < report.alerts.length ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setAll(true);
          }}
        >
          {t('alerts.showAll', { count: report.alerts.length })}
        </button>
      ) : null}
    </>
  );
}
