import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { loadedValue } from './log-review-store';

/** No case open: create one, or open one of the recent cases in the app's data folder. */
export function CasePicker() {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const cases = useStore(store, (state) => state.cases);
  const current = useStore(store, (state) => state.current);
  const [name, setName] = useState('');
  const list = loadedValue(cases);
  const busy = current.status === 'opening';

  return (
    <>
      <p className="muted">{t('intro')}</p>
      {current.status === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          <p>{t('cases.failed', { reason: current.error.message })}</p>
        </div>
      ) : null}
      {busy ? <p role="status">{t('cases.opening')}</p> : null}
      <div className="case-picker">
        <form
          className="panel"
          aria-labelledby="new-case-heading"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() !== '') void store.getState().createCase(name.trim());
          }}
        >
          <h2 id="new-case-heading">{t('cases.newHeading')}</h2>
          <label htmlFor="case-name">{t('cases.nameLabel')}</label>
          <div className="inline-form">
            <input
              id="case-name"
              type="text"
              value={name}
              maxLength={200}
              required
              placeholder={t('cases.namePlaceholder')}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
            <button type="submit" className="button" disabled={busy}>
              {t('cases.create')}
            </button>
          </div>
        </form>
        <div className="panel">
          <h2 id="recent-cases-heading">{t('cases.recentHeading')}</h2>
          {cases.status === 'failed' ? (
            <p role="alert">{cases.error.message}</p>
          ) : list === null ? (
            <p role="status">{t('cases.loading')}</p>
          ) : list.cases.length === 0 ? (
            <p>{t('cases.none')}</p>
          ) : (
            <ul className="case-list" aria-labelledby="recent-cases-heading">
              {list.cases.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="link-button"
                    disabled={busy}
                    onClick={() => void store.getState().openCase(item.id)}
                  >
                    {t('cases.open', { name: item.name })}
                  </button>
                  <span className="muted">
                    {t('cases.details', {
                      count: item.files,
                      files: formatNumber(item.files, i18n.language),
                      events: formatNumber(item.events, i18n.language),
                      when: formatDateTime(item.lastOpenedAt, i18n.language),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
}
