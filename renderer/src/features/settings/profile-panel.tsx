import { useTranslation } from 'react-i18next';
import {
  BASELINE_PROFILE_IDS,
  distanceFromProfile,
  type BaselineProfileId,
} from '../../../../shared/domain/settings/baseline-profiles';
import { useStores } from '../../app/stores';
import { valueLabel } from './catalogue-filter';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

const isProfileId = (value: string): value is BaselineProfileId =>
  (BASELINE_PROFILE_IDS as readonly string[]).includes(value);

/** A baseline to compare against: how far the tenant is from it, and applying it in one step. */
export function ProfilePanel() {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const profile = useSettings((s) => s.profile);
  const load = useSettings((s) => s.catalogue);
  const settings = lastCatalogue(load)?.settings ?? [];
  const distance = distanceFromProfile(settings, profile.id, {
    enterpriseEdition: profile.enterprise,
  });
  const byId = new Map(settings.map((s) => [s.id, s]));
  const { setProfile, applyProfile } = store.getState();

  return (
    <aside className="panel profile-panel" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{t('profiles.heading')}</h2>
      <div className="field">
        <label htmlFor="profile-select">{t('profiles.compareWith')}</label>
        <select
          id="profile-select"
          value={profile.id}
          onChange={(event) => {
            if (isProfileId(event.target.value)) setProfile({ id: event.target.value });
          }}
        >
          {BASELINE_PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`profiles.names.${id}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{t(`profiles.descriptions.${profile.id}`)}</p>
      <div className="field field-check">
        <input
          id="profile-enterprise"
          type="checkbox"
          checked={profile.enterprise}
          onChange={(event) => {
            setProfile({ enterprise: event.target.checked });
          }}
        />
        <label htmlFor="profile-enterprise">{t('profiles.enterprise')}</label>
      </div>
      <p className="profile-distance" data-testid="profile-distance" aria-live="polite">
        {distance.count === 0
          ? t('profiles.matches')
          : t('profiles.distance', { count: distance.count, total: distance.total })}
      </p>
      {distance.count > 0 ? (
        <>
          <details>
            <summary>{t('profiles.differences')}</summary>
            <ul className="profile-differences">
              {distance.differing.map((d) => {
                const setting = byId.get(d.id);
                return (
                  <li key={d.id}>
                    {t('profiles.difference', {
                      title: d.title,
                      current: setting ? valueLabel(setting, d.currentValue) : d.currentValue,
                      target: setting ? valueLabel(setting, d.targetValue) : d.targetValue,
                    })}
                  </li>
                );
              })}
            </ul>
          </details>
          <button type="button" className="button" onClick={applyProfile}>
            {t('profiles.apply')}
          </button>
          <p className="muted small">{t('profiles.applyHint')}</p>
        </>
      ) : null}
    </aside>
  );
}
