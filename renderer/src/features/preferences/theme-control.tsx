import { useStore } from 'zustand';
import { themePreferenceSchema, type ThemePreference } from '../../../../shared/ipc/schemas/app';
import { useStores } from '../../app/stores';

const labels: Readonly<Record<ThemePreference, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

export function ThemeControl() {
  const store = useStores().preferences;
  const theme = useStore(store, (state) => state.theme);
  const saveError = useStore(store, (state) => state.saveError);
  const setTheme = useStore(store, (state) => state.setTheme);
  return (
    <div className="theme-control">
      <label htmlFor="theme-select">Theme</label>
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
            {labels[option]}
          </option>
        ))}
      </select>
      {saveError ? (
        <p className="inline-error" role="alert">
          The theme could not be saved: {saveError.message}
        </p>
      ) : null}
    </div>
  );
}
