import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { AlertsSection } from './alerts-section';
import { EventDetail } from './event-detail';
import { EventExportControls } from './event-export';
import { EventFilters } from './event-filters';
import { EventsTable } from './events-table';
import { EventsTimeline } from './events-timeline';

export function AccessEventsScreen() {
  const { t } = useTranslation('access');
  const { t: tc } = useTranslation();
  const stores = useStores();
  useEffect(() => {
    void stores.accessEvents
      .getState()
      .open()
      .then(() => stores.accessAlerts.getState().open());
  }, [stores]);
  return (
    <section className="page access-page" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('events.title')}
        </h1>
        <button
          type="button"
          className="button"
          onClick={() => {
            const events = stores.accessEvents.getState();
            void events.applyFilter(events.filter, events.range);
            void stores.accessAlerts.getState().refresh();
          }}
        >
          {tc('actions.refresh')}
        </button>
      </div>
      <p className="muted">{t('events.intro')}</p>
      <AlertsSection limit={5} />
      <EventFilters />
      <EventsTimeline />
      <EventsTable />
      <EventDetail />
      <EventExportControls />
    </section>
  );
}
