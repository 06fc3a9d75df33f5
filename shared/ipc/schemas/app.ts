import { z } from 'zod';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

export const preferencesSchema = z.object({
  theme: themePreferenceSchema,
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** Set when the settings file was unreadable and was moved aside at start-up. */
  storeNotice: z.string().nullable(),
  provider: z.object({
    kind: z.enum(['embedded', 'remote']),
    url: z.string(),
  }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
