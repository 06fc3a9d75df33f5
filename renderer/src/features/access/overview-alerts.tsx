import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { sectionHref } from '../../app/routes';
import { AlertsSection } from './alerts-section';

const afterFiguresMs = 50;

/** The overview's list of access alerts: the newest few, each leading to its event. */
export function OverviewAlerts() {
  const { t } = useTranslation('access');
  const alerts = useStores().accessAlerts;
  // The scan waits until the figures are painted: they are what the overview is opened for.
  useEffect(() => {
    const timer = setTimeout(() => void alerts.getState().open(), afterFiguresMs);
    return () => {
      clearTimeout(timer);
    };
  }, [alerts]);
  return (
    <div className="overview-alerts">
      <AlertsSection limit={5} title={t('overview.title')} />
      <p>
        <a href={sectionHref('access-events')}>{t('alerts.seeAll')}</a>
      </p>
    </div>
  );
}
