import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { themePreferenceSchema } from '../../../../shared/ipc/schemas/app';
import { useStores } from '../../app/stores';

export function ThemeControl() {
  const { t } = useTranslation();
  const store = useStores().preferences;
  const theme = useStore(store, (state) => state.theme);
  const saveError = useStore(store, (state) =>
    state.saveErrorFor === 'theme' ? state.saveError : null,
  );
  const setTheme = useStore(store, (state) => state.setTheme);
  return (
    <div className="theme-control">
      <label htmlFor="theme-select">{t('theme.label')}</label>
      <select
        id="theme-select"
        value={theme}
        onChange={(event) => {
          const parsed = themePreferenceSchema.safeParse(event.target.value);
          if (parsed.success) void setTheme(parsed.data);
        }}
      >
        {themePreferenceSchema.options.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
      {saveError ? (
        <p className="inline-error" role="alert">
          {t('theme.saveFailed', { reason: saveError.message })}
        </p>
      ) : null}
    </div>
  );
}
