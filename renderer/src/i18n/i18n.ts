import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { en } from './locales/en';
import { supportedLanguages, type Language } from '../../../shared/i18n/languages';

export { pickLanguage, resolveLanguage, supportedLanguages } from '../../../shared/i18n/languages';
export type { Language } from '../../../shared/i18n/languages';

export const resources = { en, de } as const;

/**
 * Builds the i18next instance the React tree reads (through react-i18next). Resources are
 * bundled, so initialisation is synchronous and the first render is already translated.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: supportedLanguages,
    ns: Object.keys(en),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
