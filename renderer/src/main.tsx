import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { BridgeErrorScreen } from './app/bridge-error-screen';
import { createAppStores, StoresContext } from './app/stores';
import { readBridge } from './bridge';
import { createI18n, pickLanguage } from './i18n/i18n';
import './i18n/i18next-types';
import './styles/theme.css';
import './styles/layout.css';
import './styles/overview.css';
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
  void stores.preferences.getState().loadPreferences();
  void stores.overview.getState().refresh();
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
        <BridgeErrorScreen message={check.message} missing={check.missing} />
      </I18nextProvider>
    </StrictMode>,
  );
}
