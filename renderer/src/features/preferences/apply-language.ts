import type { i18n as I18n } from 'i18next';
import { resolveLanguage, type Language } from '../../../../shared/i18n/languages';
import type { LanguagePreference } from '../../../../shared/ipc/schemas/app';

/**
 * Puts the chosen language in effect: i18next's language (every `t` re-renders) and
 * `<html lang>`, which screen readers and hyphenation follow.
 */
export function applyLanguage(
  i18n: Pick<I18n, 'language' | 'changeLanguage'>,
  root: HTMLElement,
  preference: LanguagePreference,
  systemLanguages: readonly string[],
): Language {
  const language = resolveLanguage(preference, systemLanguages);
  if (i18n.language !== language) void i18n.changeLanguage(language);
  root.lang = language;
  return language;
}
