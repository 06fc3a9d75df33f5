import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';
import { loadedValue } from './log-review-store';

/** The keys provider exports are checked against, offline; how to add and remove them. */
export function KeysPanel() {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const keys = useStore(store, (state) => state.keys);
  const list = loadedValue(keys);
  useEffect(() => {
    if (store.getState().keys.status === 'idle') void store.getState().loadKeys();
  }, [store]);
  return (
    <section className="panel keys-panel" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{t('keys.heading')}</h2>
      <p className="muted">{t('keys.intro')}</p>
      {keys.status === 'failed' ? <p role="alert">{keys.error.message}</p> : null}
      {list !== null && list.length === 0 ? <p>{t('keys.none')}</p> : null}
      <ul className="key-list">
        {(list ?? []).map((key) => (
          <li key={key.keyId}>
            <p>
              <code>{key.keyId}</code>
            </p>
            <p className="muted">
              {t('keys.fingerprint')}: <code className="fingerprint">{key.fingerprint}</code>
            </p>
            <p className="muted">
              {t('keys.from', {
                source:
                  key.source === 'provider'
                    ? t('keys.sourceProvider', { label: key.sourceLabel })
                    : t('keys.sourceFile', { label: key.sourceLabel }),
                when: formatDateTime(key.addedAt, i18n.language),
              })}
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void store.getState().removeKey(key.keyId)}
            >
              {t('keys.remove', { keyId: key.keyId })}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <button
          type="button"
          className="button"
          onClick={() => void store.getState().trustProviderKey()}
        >
          {t('keys.trustProvider')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void store.getState().importKey(t('keys.importTitle'))}
        >
          {t('keys.importFile')}
        </button>
      </div>
    </section>
  );
}
