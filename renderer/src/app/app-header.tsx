import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { providerLabel } from '../features/app-info/provider-label';
import { summarizeConnection } from '../features/overview/connection-summary';
import { ThemeControl } from '../features/preferences/theme-control';
import { useStores } from './stores';

export function AppHeader() {
  const stores = useStores();
  const { t } = useTranslation();
  // Select the raw state and derive after: a selector returning a fresh object every call
  // would make useStore re-render forever.
  const provider = providerLabel(
    useStore(stores.appInfo, (state) => state.load),
    t,
  );
  const connection = summarizeConnection(
    useStore(stores.overview, (state) => state.load),
    t,
  );
  return (
    <header className="app-header">
      <p className="app-name">{t('appName')}</p>
      <dl className="header-facts">
        <div>
          <dt>{t('header.provider')}</dt>
          <dd data-testid="provider">{provider}</dd>
        </div>
        <div>
          <dt>{t('header.connection')}</dt>
          <dd data-testid="connection">
            <span className={`badge badge-${connection.tone}`}>{connection.label}</span>
          </dd>
        </div>
      </dl>
      <a className="header-link" href="#/preferences">
        {t('header.preferences')}
      </a>
      <ThemeControl />
    </header>
  );
}
