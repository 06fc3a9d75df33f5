import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { BridgeErrorScreen } from './app/bridge-error-screen';
import { preloadAccessEvents } from './app/lazy-screens';
import { routeFromHash } from './app/routes';
import { startShellCommands } from './app/shell-commands';
import { createAppStores, openSection, StoresContext } from './app/stores';
import { readBridge } from './bridge';
import { createI18n, pickLanguage } from './i18n/i18n';
import './i18n/i18next-types';
import './styles/theme.css';
import './styles/layout.css';
import './styles/overview.css';
import './styles/preferences.css';
import './styles/connections.css';
import './styles/settings.css';
import './styles/residency.css';
import './styles/access.css';
import './styles/log-review.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const check = readBridge();
const i18n = createI18n(pickLanguage(navigator.languages));
document.documentElement.lang = i18n.language;

if (check.ok) {
  const stores = createAppStores(check.bridge);
  void stores.appInfo.getState().loadInfo();
  void stores.connections.getState().loadList();
  void stores.preferences.getState().loadPreferences();
  // Once the overview has shown its figures and the browser is idle, fetch the access view's
  // code, the view people open to investigate, so opening it waits only for its data.
  void stores.overview
    .getState()
    .refresh()
    .then(() => requestIdleCallback(() => void preloadAccessEvents(), { timeout: 2000 }));
  // A section's data is asked for the moment it is navigated to, before React renders it.
  const openRoute = () => {
    const route = routeFromHash(window.location.hash);
    if (route.kind === 'section') openSection(stores, route.section.id);
  };
  openRoute();
  window.addEventListener('hashchange', openRoute);
  startShellCommands(check.bridge, stores, window, i18n);
  void stores.settings.getState().checkUnfinished();
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoresContext value={stores}>
          <App />
        </StoresContext>
      </I18nextProvider>
    </StrictMode>,
  );
} else {
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BridgeErrorScreen reason={check.reason} missing={check.missing} />
      </I18nextProvider>
    </StrictMode>,
  );
}
