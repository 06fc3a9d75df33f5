import type { LanguagePreference } from '../ipc/schemas/app';

/** The languages the app ships, in both the window and the application menu. */
export const supportedLanguages = ['en', 'de'] as const;
export type Language = (typeof supportedLanguages)[number];

/** The first of the user's preferred languages that the app ships; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = supportedLanguages.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

/** The language in effect: the stored choice, or the system's when the choice is 'system'. */
export function resolveLanguage(
  preference: LanguagePreference,
  systemPreferred: readonly string[],
): Language {
  return preference === 'system' ? pickLanguage(systemPreferred) : preference;
}
