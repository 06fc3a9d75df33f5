import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useStores } from '../../app/stores';
import { HistoryPanel } from './history-panel';
import { ProfilePanel } from './profile-panel';
import { ReviewDialog } from './review-dialog';
import { SettingsBanners } from './settings-banners';
import { SettingsTable } from './settings-table';
import { SettingsToolbar } from './settings-toolbar';
import { lastCatalogue } from './settings-state';
import { StagedBar } from './staged-bar';
import { useSettings } from './use-settings';

type View = 'catalogue' | 'history';

function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useTranslation('settings');
  return (
    <div className="view-switch" role="group" aria-label={t('views.label')}>
      {(['catalogue', 'history'] as const).map((id) => (
        <button
          key={id}
          type="button"
          className="toggle"
          aria-pressed={view === id}
          onClick={() => {
            onChange(id);
          }}
        >
          {t(`views.${id}`)}
        </button>
      ))}
    </div>
  );
}

export function SettingsScreen() {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const store = useStores().settings;
  const load = useSettings((s) => s.catalogue);
  const refresh = useSettings((s) => s.refresh);
  const [view, setView] = useState<View>('catalogue');
  const catalogue = lastCatalogue(load);

  useEffect(() => {
    const state = store.getState();
    if (state.catalogue.status === 'idle') void state.load();
  }, [store]);

  const busy = load.status === 'loading';
  return (
    <section className="page settings-page" aria-labelledby="page-title" aria-busy={busy}>
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('title')}
        </h1>
        <ViewSwitch view={view} onChange={setView} />
        <button type="button" className="button" onClick={() => void refresh()}>
          {tc('actions.refresh')}
        </button>
      </div>
      <p className="muted" role="status">
        {busy && catalogue === null ? (
          t('loading')
        ) : catalogue ? (
          <>
            {t('asOf')}{' '}
            <time dateTime={catalogue.fetchedAt} data-testid="settings-fetched-at">
              {formatDateTime(catalogue.fetchedAt, i18n.language)}
            </time>
          </>
        ) : null}
      </p>
      <SettingsBanners />
      {view === 'history' ? (
        <HistoryPanel />
      ) : catalogue ? (
        <>
          <StagedBar />
          <div className="settings-layout">
            <ProfilePanel />
            <div className="settings-main">
              <SettingsToolbar />
              <SettingsTable />
            </div>
          </div>
        </>
      ) : null}
      <ReviewDialog />
    </section>
  );
}
