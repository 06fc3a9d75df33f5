import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { AccessEvent } from '../../../../shared/ipc/schemas/access-events';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';
import { lastValue } from '../common/load';
import {
  alertPromise,
  alertTitle,
  categoryLabel,
  kindLabel,
  purposeLabel,
  resultLabel,
} from './access-format';

function Fields({ event }: { readonly event: AccessEvent }) {
  const { t, i18n } = useTranslation('access');
  const none = t('detail.none');
  const fields: [string, string][] = [
    [t('detail.id'), event.id],
    [t('detail.time'), formatDateTime(event.time, i18n.language)],
    [t('detail.actor'), event.actor],
    [t('detail.actorKind'), kindLabel(event.actorKind, t)],
    [t('detail.category'), categoryLabel(event.category, t)],
    [t('detail.resource'), event.resource],
    [t('detail.operation'), event.operation],
    [t('detail.purpose'), purposeLabel(event.purpose, t)],
    [t('detail.justification'), event.justification ?? none],
    [t('detail.ticket'), event.ticket ?? none],
    [t('detail.accessRequest'), event.accessRequestId ?? none],
    [t('detail.location'), `${event.location.city}, ${event.location.countryCode}`],
    [t('detail.ip'), event.ip],
    [t('detail.result'), resultLabel(event.result, t)],
  ];
  return (
    <dl className="detail-fields">
      {fields.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The selected event in full, with any alert it raised and the promise it broke. */
export function EventDetail() {
  const { t } = useTranslation('access');
  const stores = useStores();
  const selectedId = useStore(stores.accessEvents, (s) => s.selectedId);
  const table = useStore(stores.accessEvents, (s) => s.table);
  const locate = useStore(stores.accessEvents, (s) => s.locate);
  const select = useStore(stores.accessEvents, (s) => s.select);
  const report = lastValue(useStore(stores.accessAlerts, (s) => s.load));
  if (selectedId === null) return null;
  const event =
    table.status === 'ready' ? table.rows.find((row) => row.id === selectedId) : undefined;
  const alerts = report?.alerts.filter((a) => a.eventId === selectedId) ?? [];
  return (
    <section
      className="event-detail panel-wide"
      aria-labelledby="event-detail-title"
      data-testid="event-detail"
    >
      <div className="page-head">
        <h2 id="event-detail-title">
          {t('detail.title')}: {selectedId}
        </h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            select(null);
          }}
        >
          {t('detail.close')}
        </button>
      </div>
      <p role="status">
        {locate.status === 'searching' ? t('detail.searching', { id: locate.eventId }) : null}
      </p>
      {locate.status === 'not-found' ? (
        <p role="alert" className="inline-error">
          {t('detail.notFound', { id: locate.eventId })}
        </p>
      ) : null}
      {alerts.length > 0 ? (
        <div className="banner banner-danger">
          <p>
            <strong>{t('detail.alertsHere')}:</strong>
          </p>
          <ul>
            {alerts.map((alert) => (
              <li key={alert.id}>
                {alertTitle(alert, t)}.{' '}
                {t('alerts.promiseBroken', { promise: alertPromise(alert, t) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {event ? <Fields event={event} /> : null}
    </section>
  );
}
