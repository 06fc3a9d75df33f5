import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type {
  LanguagePreference,
  Preferences,
  ThemePreference,
} from '../../../../shared/ipc/schemas/app';
import { createPreferencesStore } from '../../../../renderer/src/features/preferences/preferences-store';
import { deferred, fakeBridge } from '../../fake-bridge';

const refused: IpcResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'disk full' },
};

describe('preferences store', () => {
  it('reads the saved theme', async () => {
    const store = createPreferencesStore(
      fakeBridge({
        preferences: {
          get: () => Promise.resolve({ ok: true, value: { theme: 'dark', language: 'system' } }),
        },
      }),
    );
    expect(store.getState().theme).toBe('system');
    const loading = store.getState().loadPreferences();
    expect(store.getState().load).toEqual({ status: 'loading' });
    await loading;
    expect(store.getState()).toMatchObject({ load: { status: 'ready' }, theme: 'dark' });
  });

  it('reports a failed read and keeps following the system', async () => {
    const store = createPreferencesStore(
      fakeBridge({ preferences: { get: () => Promise.resolve(refused) } }),
    );
    await store.getState().loadPreferences();
    expect(store.getState().load).toEqual({ status: 'failed', error: refused.error });
    expect(store.getState().theme).toBe('system');
  });

  it('applies a chosen theme at once and saves it through the bridge', async () => {
    const saved: ThemePreference[] = [];
    const answer = deferred<IpcResult<Preferences>>();
    const store = createPreferencesStore(
      fakeBridge({
        preferences: {
          setTheme: ({ theme }) => {
            saved.push(theme);
            return answer.promise;
          },
        },
      }),
    );
    const saving = store.getState().setTheme('light');
    expect(store.getState().theme).toBe('light');
    answer.resolve({ ok: true, value: { theme: 'light', language: 'system' } });
    await saving;
    expect(saved).toEqual(['light']);
    expect(store.getState()).toMatchObject({ theme: 'light', saveError: null });
  });

  it('puts the theme back and says why when the shell refuses to save it', async () => {
    const store = createPreferencesStore(
      fakeBridge({ preferences: { setTheme: () => Promise.resolve(refused) } }),
    );
    await store.getState().setTheme('dark');
    expect(store.getState().theme).toBe('system');
    expect(store.getState().saveError).toEqual(refused.error);
  });

  it('keeps a choice made while the saved theme was still loading', async () => {
    const stored = deferred<IpcResult<Preferences>>();
    const store = createPreferencesStore(
      fakeBridge({
        preferences: {
          get: () => stored.promise,
          setTheme: ({ theme }) =>
            Promise.resolve({ ok: true, value: { theme, language: 'system' } }),
        },
      }),
    );
    const loading = store.getState().loadPreferences();
    await store.getState().setTheme('dark');
    stored.resolve({ ok: true, value: { theme: 'light', language: 'system' } });
    await loading;
    expect(store.getState().theme).toBe('dark');
  });

  it('lets the newest choice win when saves answer out of order', async () => {
    const answers = new Map<ThemePreference, ReturnType<typeof deferred<IpcResult<Preferences>>>>();
    const store = createPreferencesStore(
      fakeBridge({
        preferences: {
          setTheme: ({ theme }) => {
            const answer = deferred<IpcResult<Preferences>>();
            answers.set(theme, answer);
            return answer.promise;
          },
        },
      }),
    );
    const first = store.getState().setTheme('dark');
    const second = store.getState().setTheme('light');
    answers.get('light')?.resolve({ ok: true, value: { theme: 'light', language: 'system' } });
    await second;
    answers.get('dark')?.resolve(refused);
    await first;
    expect(store.getState()).toMatchObject({ theme: 'light', saveError: null });
  });

  it('reads the saved language with the theme', async () => {
    const store = createPreferencesStore(
      fakeBridge({
        preferences: {
          get: () => Promise.resolve({ ok: true, value: { theme: 'dark', language: 'de' } }),
        },
      }),
    );
    expect(store.getState().language).toBe('system');
    await store.getState().loadPreferences();
    expect(store.getState()).toMatchObject({ theme: 'dark', language: 'de' });
  });

  it('applies a chosen language at once, saves it, and keeps it over a late load', async () => {
    const saved: LanguagePreference[] = [];
    const stored = deferred<IpcResult<Preferences>>();
    const store = createPreferencesStore(
      fakeBridge({
        preferences: {
          get: () => stored.promise,
          setLanguage: ({ language }) => {
            saved.push(language);
            return Promise.resolve({ ok: true, value: { theme: 'system', language } });
          },
        },
      }),
    );
    const loading = store.getState().loadPreferences();
    const saving = store.getState().setLanguage('de');
    expect(store.getState().language).toBe('de');
    await saving;
    stored.resolve({ ok: true, value: { theme: 'light', language: 'en' } });
    await loading;
    expect(saved).toEqual(['de']);
    // The theme nobody touched comes from the store; the language the user just chose stays.
    expect(store.getState()).toMatchObject({ theme: 'light', language: 'de', saveError: null });
  });

  it('puts the language back and says which choice failed when the shell refuses it', async () => {
    const store = createPreferencesStore(
      fakeBridge({ preferences: { setLanguage: () => Promise.resolve(refused) } }),
    );
    await store.getState().setLanguage('en');
    expect(store.getState()).toMatchObject({
      language: 'system',
      saveError: refused.error,
      saveErrorFor: 'language',
    });
    await store.getState().setLanguage('de');
    expect(store.getState()).toMatchObject({ saveError: refused.error, saveErrorFor: 'language' });
  });
});
