import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { BridgeErrorScreen } from './app/bridge-error-screen';
import { createAppStores, StoresContext } from './app/stores';
import { readBridge } from './bridge';
import './styles/theme.css';
import './styles/layout.css';
import './styles/overview.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const check = readBridge();

if (check.ok) {
  const stores = createAppStores(check.bridge);
  void stores.appInfo.getState().loadInfo();
  void stores.preferences.getState().loadPreferences();
  void stores.overview.getState().refresh();
  root.render(
    <StrictMode>
      <StoresContext value={stores}>
        <App />
      </StoresContext>
    </StrictMode>,
  );
} else {
  root.render(
    <StrictMode>
      <BridgeErrorScreen message={check.message} missing={check.missing} />
    </StrictMode>,
  );
}
