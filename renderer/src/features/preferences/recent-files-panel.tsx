import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import type { RecentFile } from '../../../../shared/ipc/schemas/recent-files';
import { openOfferedFile } from '../../app/open-files';
import { formatDateTime } from '../../i18n/format';

export function RecentFilesPanel() {
  const { t, i18n } = useTranslation('preferences');
  const stores = useStores();
  const store = stores.recentFiles;
  const open = (entry: RecentFile) => {
    void openOfferedFile(
      { fileId: entry.id, name: entry.name, kind: entry.kind },
      {
        stores,
        navigate: (hash) => {
          window.location.hash = hash;
        },
        t: i18n.t.bind(i18n),
        language: () => i18n.language,
      },
    );
  };
  const load = useStore(store, (state) => state.load);
  const refresh = useStore(store, (state) => state.refresh);
  const clear = useStore(store, (state) => state.clear);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recent.heading')}</h2>
      {load.status === 'failed' ? (
        <p className="inline-error" role="alert">
          {t('recent.failed', { reason: load.error.message })}
        </p>
      ) : load.status !== 'ready' ? (
        <p className="muted">{t('recent.loading')}</p>
      ) : load.entries.length === 0 ? (
        <p className="muted">{t('recent.empty')}</p>
      ) : (
        <>
          <ul className="recent-files">
            {load.entries.map((entry) => (
              <li key={entry.id} data-available={entry.available}>
                {entry.available ? (
                  <button
                    type="button"
                    className="link-button recent-name"
                    aria-label={t('recent.open', { name: entry.name })}
                    onClick={() => {
                      open(entry);
                    }}
                  >
                    {entry.name}
                  </button>
                ) : (
                  <span className="recent-name">{entry.name}</span>
                )}{' '}
                <span className="muted">
                  {t(`recent.kind.${entry.kind}`)} · {entry.folder}
                  {entry.available ? null : <> · {t('recent.missing')}</>}
                </span>
                <br />
                <span className="muted">
                  {t('recent.opened', { when: formatDateTime(entry.openedAt, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void clear()}>
            {t('recent.clear')}
          </button>
        </>
      )}
    </section>
  );
}
