import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  ActiveConnectionFacts,
  ConnectionSwitcher,
} from '../features/connections/active-connection';
import { summarizeConnection } from '../features/overview/connection-summary';
import { ThemeControl } from '../features/preferences/theme-control';
import { useStores } from './stores';

export function AppHeader() {
  const stores = useStores();
  const { t } = useTranslation();
  // Select the raw state and derive after: a selector returning a fresh object every call
  // would make useStore re-render forever.
  const connection = summarizeConnection(
    useStore(stores.overview, (state) => state.load),
    t,
  );
  return (
    <header className="app-header">
      <p className="app-name">{t('appName')}</p>
      <dl className="header-facts">
        <ActiveConnectionFacts />
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
      <ConnectionSwitcher />
      <ThemeControl />
    </header>
  );
}
