import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { homepageUrl } from '../../../../shared/app-links';
import { pickLanguage } from '../../../../shared/i18n/languages';
import {
  languagePreferenceSchema,
  themePreferenceSchema,
} from '../../../../shared/ipc/schemas/app';
import { useStores } from '../../app/stores';
import { ChoiceGroup } from './choice-group';
import { DiagnosticsPanel } from './diagnostics-panel';
import { RecentFilesPanel } from './recent-files-panel';

function ConnectionPanel() {
  const { t } = useTranslation('preferences');
  const { t: tn } = useTranslation('connections');
  const load = useStore(useStores().appInfo, (state) => state.load);
  return (
    <section className="panel" aria-labelledby="connection-heading">
      <h2 id="connection-heading">{t('connection.heading')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('connection.provider')}</dt>
          <dd>
            {load.status === 'ready'
              ? load.info.provider.kind === 'embedded'
                ? tn('embeddedName')
                : load.info.provider.url
              : tn('header.reading')}
          </dd>
        </div>
        {load.status === 'ready' ? (
          <div>
            <dt>{t('connection.address')}</dt>
            <dd>
              <code>{load.info.provider.url}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        <a href="#/connections">{tn('header.manage')}</a>
      </p>
    </section>
  );
}

function AboutPanel() {
  const { t } = useTranslation('preferences');
  const load = useStore(useStores().appInfo, (state) => state.load);
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('about.heading')}</h2>
      {load.status === 'ready' ? <p>{t('about.version', { version: load.info.version })}</p> : null}
      <p>
        {/* The link guard (app/link-guard.ts) sends it to the system browser. */}
        <a href={homepageUrl} rel="noreferrer">
          {t('about.website')}
        </a>{' '}
        <span className="muted">{t('about.websiteNote')}</span>
      </p>
    </section>
  );
}

export function PreferencesScreen() {
  const { t } = useTranslation('preferences');
  const store = useStores().preferences;
  const theme = useStore(store, (state) => state.theme);
  const language = useStore(store, (state) => state.language);
  const saveError = useStore(store, (state) => state.saveError);
  const saveErrorFor = useStore(store, (state) => state.saveErrorFor);
  const setTheme = useStore(store, (state) => state.setTheme);
  const setLanguage = useStore(store, (state) => state.setLanguage);
  const systemLanguage = pickLanguage(navigator.languages);

  return (
    <section className="page preferences" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="muted">{t('intro')}</p>
      <div className="panel">
        <ChoiceGroup
          legend={t('appearance.legend')}
          value={theme}
          onChange={(value) => void setTheme(value)}
          choices={themePreferenceSchema.options.map((value) => ({
            value,
            label: t(`appearance.${value}`),
          }))}
        />
        <ChoiceGroup
          legend={t('language.legend')}
          value={language}
          onChange={(value) => void setLanguage(value)}
          error={
            saveErrorFor === 'language' && saveError
              ? t('language.saveFailed', { reason: saveError.message })
              : null
          }
          choices={languagePreferenceSchema.options.map((value) => ({
            value,
            label:
              value === 'system'
                ? t('language.system', { language: t(`language.${systemLanguage}`) })
                : t(`language.${value}`),
          }))}
        />
      </div>
      <ConnectionPanel />
      <RecentFilesPanel />
      <DiagnosticsPanel />
      <AboutPanel />
    </section>
  );
}
