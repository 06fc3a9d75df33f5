import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { activeConnectionLabel, connectionName, roleText } from './connection-text';
import { activeConnection, lastList } from './connections-store';

/** The header's view of the active connection: always on screen, switchable in one step. */
export function ActiveConnectionFacts() {
  const { t: tc } = useTranslation();
  const { t } = useTranslation('connections');
  const store = useStores().connections;
  const load = useStore(store, (state) => state.load);
  const active = activeConnection(load);
  return (
    <>
      <div>
        <dt>{tc('header.provider')}</dt>
        <dd data-testid="provider">{activeConnectionLabel(load, t)}</dd>
      </div>
      <div>
        <dt>{t('header.tenant')}</dt>
        <dd data-testid="tenant">{active?.tenant?.displayName ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('header.role')}</dt>
        <dd data-testid="role">{active ? roleText(active.role, t) : '–'}</dd>
      </div>
    </>
  );
}

export function ConnectionSwitcher() {
  const { t } = useTranslation('connections');
  const store = useStores().connections;
  const load = useStore(store, (state) => state.load);
  const list = lastList(load);
  if (list === null || list.connections.length < 2) return null;
  return (
    <div className="connection-switcher">
      <label htmlFor="connection-select">{t('header.switchLabel')}</label>
      <select
        id="connection-select"
        value={list.activeId}
        onChange={(event) => void store.getState().switchTo(event.target.value)}
      >
        {list.connections.map((view) => (
          <option key={view.id} value={view.id}>
            {connectionName(view, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
