import type { Language } from '../../../shared/i18n/languages';
import { de } from './de';
import { en } from './en';

/**
 * Every text main writes for a person (errors a channel answers with, reasons a connection or a
 * push shows, file dialog titles), per shipped language, as the menu and the notifications have
 * theirs (electron/main/menu-labels.ts, notification-labels.ts). English sets the keys and the
 * parameters; the compiler holds every other language to them.
 */
export type UserText = typeof en;

export const userTexts: Readonly<Record<Language, UserText>> = { en, de };

/** English until main says otherwise: tests, the provider CLI and the harness's default. */
let languageInEffect: () => Language = () => 'en';

/**
 * Where the language comes from: main passes the user's preference, resolved on every call
 * (resolveLanguage over settings.get().language), so a change in Preferences applies to the
 * next message without anything being rebuilt.
 *
 * One setting for the whole process rather than a parameter: these texts are made deep inside
 * pure helpers (readProvider and describeNetworkError alone are called from ten modules), and
 * main has one user and one language at a time. A text is worded when it is made, so one kept
 * from before a change (a saved push's reason) stays in the language it was made in.
 */
export function setUserTextLanguage(source: () => Language): void {
  languageInEffect = source;
}

/** The texts in the language in effect now. Read it when the text is made, never keep it. */
export function userText(): UserText {
  return userTexts[languageInEffect()];
}
