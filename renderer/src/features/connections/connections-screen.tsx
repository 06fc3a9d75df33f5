import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SecretStorage } from '../../../../shared/ipc/schemas/connections';
import { useStores } from '../../app/stores';
import { AddConnectionForm } from './add-connection-form';
import { ConnectionCard } from './connection-card';
import { lastList } from './connections-store';

function StorageNotice({ storage }: { readonly storage: SecretStorage }) {
  const { t } = useTranslation('connections');
  if (storage.kind === 'os') return null;
  const weak = storage.kind === 'weak';
  return (
    <div className="banner banner-warning storage-notice" data-storage={storage.kind}>
      <p>
        <strong>{t(weak ? 'storage.weakTitle' : 'storage.noneTitle')}.</strong>{' '}
        {t(weak ? 'storage.weak' : 'storage.none')}
      </p>
    </div>
  );
}

/** Every provider connection: add, rename, switch, sign in and out, remove. */
export function ConnectionsScreen() {
  const { t } = useTranslation('connections');
  const store = useStores().connections;
  const load = useStore(store, (state) => state.load);
  const list = lastList(load);

  useEffect(() => {
    void store.getState().loadList();
  }, [store]);

  return (
    <section
      className="page connections-page"
      aria-labelledby="page-title"
      aria-busy={load.status === 'loading'}
    >
      <h1 id="page-title" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="muted intro">{t('intro')}</p>
      {load.status === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          <p>{load.error.message}</p>
        </div>
      ) : null}
      {list ? (
        <>
          <StorageNotice storage={list.secretStorage} />
          <div className="connection-list">
            {list.connections.map((view) => (
              <ConnectionCard
                key={view.id}
                view={view}
                isActive={view.id === list.activeId}
                secretStorage={list.secretStorage}
              />
            ))}
          </div>
        </>
      ) : null}
      <AddConnectionForm />
    </section>
  );
}
