import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { connectionName } from './connection-text';
import { lastList } from './connections-store';

export function AddConnectionForm() {
  const { t } = useTranslation('connections');
  const store = useStores().connections;
  const action = useStore(store, (state) => state.action);
  const load = useStore(store, (state) => state.load);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');

  const mine = action.status !== 'idle' && action.action === 'add';
  const busy = mine && action.status === 'busy';
  const added =
    mine && action.status === 'done'
      ? lastList(load)?.connections.find((c) => c.id === action.connectionId)
      : undefined;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const ok = await store.getState().add(url.trim(), label.trim() === '' ? null : label.trim());
    if (ok) {
      setUrl('');
      setLabel('');
    }
  }

  return (
    <section className="panel add-connection" aria-labelledby="add-connection-title">
      <h2 id="add-connection-title">{t('add.title')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="connection-url">{t('add.url')}</label>
          <input
            id="connection-url"
            type="url"
            required
            maxLength={2048}
            value={url}
            aria-describedby="connection-url-hint"
            onChange={(event) => {
              setUrl(event.target.value);
            }}
          />
          <p id="connection-url-hint" className="muted hint">
            {t('add.urlHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="connection-label">{t('add.label')}</label>
          <input
            id="connection-label"
            maxLength={80}
            value={label}
            onChange={(event) => {
              setLabel(event.target.value);
            }}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('add.submit')}
        </button>
        {busy ? (
          <p role="status" className="muted">
            {t('add.adding')}
          </p>
        ) : null}
        {mine && action.status === 'failed' ? (
          <p className="inline-error" role="alert">
            {action.error.message}
          </p>
        ) : null}
        {added ? <p role="status">{t('add.added', { name: connectionName(added, t) })}</p> : null}
      </form>
    </section>
  );
}
