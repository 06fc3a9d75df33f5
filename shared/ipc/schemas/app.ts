import { z } from 'zod';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/** 'system' follows the operating system's preferred languages (navigator.languages). */
export const languagePreferenceSchema = z.enum(['system', 'en', 'de']);
export type LanguagePreference = z.infer<typeof languagePreferenceSchema>;

export const preferencesSchema = z.object({
  theme: themePreferenceSchema,
  language: languagePreferenceSchema,
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** Why the settings file could not be used; the renderer words it in the user's language. */
export const storeNoticeReasonSchema = z.enum([
  'not-json',
  'not-settings',
  'newer-version',
  'no-migration',
  'upgrade-failed',
  'invalid-values',
]);
export type StoreNoticeReason = z.infer<typeof storeNoticeReasonSchema>;

export const storeNoticeSchema = z.object({
  reason: storeNoticeReasonSchema,
  /** The settings version or the invalid fields the reason refers to; null when none. */
  detail: z.string().nullable(),
  /** The name the unreadable file was moved to, beside the new one. */
  movedTo: z.string(),
});
export type StoreNotice = z.infer<typeof storeNoticeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** Set when the settings file was unreadable and was moved aside at start-up. */
  storeNotice: storeNoticeSchema.nullable(),
  provider: z.object({
    kind: z.enum(['embedded', 'remote']),
    url: z.string(),
  }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
