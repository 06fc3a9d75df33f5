import { useStore } from 'zustand';
import { providerLabel } from '../features/app-info/provider-label';
import { summarizeConnection } from '../features/overview/connection-summary';
import { ThemeControl } from '../features/preferences/theme-control';
import { useStores } from './stores';

export function AppHeader() {
  const stores = useStores();
  // Select the raw state and derive after: a selector returning a fresh object every call
  // would make useStore re-render forever.
  const provider = providerLabel(useStore(stores.appInfo, (state) => state.load));
  const connection = summarizeConnection(useStore(stores.overview, (state) => state.load));
  return (
    <header className="app-header">
      <p className="app-name">Privacy Control Center</p>
      <dl className="header-facts">
        <div>
          <dt>Provider</dt>
          <dd data-testid="provider">{provider}</dd>
        </div>
        <div>
          <dt>Connection</dt>
          <dd data-testid="connection">
            <span className={`badge badge-${connection.tone}`}>{connection.label}</span>
          </dd>
        </div>
      </dl>
      <ThemeControl />
    </header>
  );
}
