import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';
import { valueLabel } from './catalogue-filter';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

/** Who changed what and when, newest first, as the provider records it. */
export function HistoryPanel() {
  const { t, i18n } = useTranslation('settings');
  const store = useStores().settings;
  const history = useSettings((s) => s.history);
  const load = useSettings((s) => s.catalogue);
  const byId = new Map((lastCatalogue(load)?.settings ?? []).map((s) => [s.id, s]));

  useEffect(() => {
    void store.getState().loadHistory();
  }, [store]);

  const items = history.status === 'idle' ? [] : history.items;
  const label = (id: string, value: string) => {
    const setting = byId.get(id);
    return setting ? valueLabel(setting, value) : value;
  };
  return (
    <section className="history-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {history.status === 'loading' && items.length === 0 ? (
        <p role="status">{t('history.loading')}</p>
      ) : null}
      {history.status === 'failed' ? (
        <p className="banner banner-danger" role="alert">
          {t('history.failed', { reason: history.error.message })}
        </p>
      ) : null}
      {history.status === 'ready' && items.length === 0 ? <p>{t('history.empty')}</p> : null}
      {items.length > 0 ? (
        <table className="review-table" data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.columns.when')}</th>
              <th scope="col">{t('history.columns.who')}</th>
              <th scope="col">{t('history.columns.setting')}</th>
              <th scope="col">{t('history.columns.from')}</th>
              <th scope="col">{t('history.columns.to')}</th>
              <th scope="col">{t('history.columns.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id} data-setting-id={entry.settingId}>
                <td>
                  <time dateTime={entry.changedAt}>
                    {formatDateTime(entry.changedAt, i18n.language)}
                  </time>
                </td>
                <td>{entry.actor}</td>
                <th scope="row">
                  {byId.get(entry.settingId)?.title ?? entry.settingId}{' '}
                  <code>{entry.settingId}</code>
                </th>
                <td>{label(entry.settingId, entry.oldValue)}</td>
                <td>{label(entry.settingId, entry.newValue)}</td>
                <td>{entry.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {history.status === 'ready' && history.nextCursor !== null ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void store.getState().loadHistory(true)}
        >
          {t('history.more')}
        </button>
      ) : null}
    </section>
  );
}
