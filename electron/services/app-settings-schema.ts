import { z } from 'zod';
import { themePreferenceSchema } from '../../shared/ipc/schemas/app';

/** Bump when the stored shape changes, and add a step to `migrations` below. */
export const currentSettingsVersion = 1;

export const providerChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded') }).strict(),
  z.object({ kind: z.literal('remote'), url: z.url({ protocol: /^https?$/ }) }).strict(),
]);
export type ProviderChoice = z.infer<typeof providerChoiceSchema>;

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(200).max(100_000);

export const windowStateSchema = z
  .object({
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: extent,
    height: extent,
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof windowStateSchema>;

export const appSettingsSchema = z
  .object({
    schemaVersion: z.literal(currentSettingsVersion),
    theme: themePreferenceSchema,
    provider: providerChoiceSchema,
    window: windowStateSchema,
  })
  .strict();
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  schemaVersion: currentSettingsVersion,
  theme: 'system',
  provider: { kind: 'embedded' },
  window: { width: 1280, height: 800, maximized: false },
};

/**
 * Version 0: files without `schemaVersion`, written by the development builds before the
 * settings had a version. They held a flat shape; every key was optional.
 */
const version0Schema = z.object({
  theme: themePreferenceSchema.optional(),
  providerUrl: z.string().nullable().optional(),
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
    .optional(),
  maximized: z.boolean().optional(),
});

function fromVersion0(raw: unknown): unknown {
  const old = version0Schema.parse(raw);
  const bounds = old.windowBounds;
  return {
    schemaVersion: 1,
    theme: old.theme ?? defaultAppSettings.theme,
    provider:
      old.providerUrl == null || old.providerUrl === ''
        ? { kind: 'embedded' }
        : { kind: 'remote', url: old.providerUrl },
    window: {
      ...(bounds === undefined
        ? { width: defaultAppSettings.window.width, height: defaultAppSettings.window.height }
        : {
            x: Math.round(bounds.x),
            y: Math.round(bounds.y),
            width: Math.round(bounds.width),
            height: Math.round(bounds.height),
          }),
      maximized: old.maximized ?? false,
    },
  };
}

/** `migrations[n]` turns a version-n object into a version-(n+1) object (or throws). */
const migrations: Readonly<Record<number, (raw: unknown) => unknown>> = { 0: fromVersion0 };

export type SettingsReadResult =
  | { readonly ok: true; readonly settings: AppSettings; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  if (!('schemaVersion' in raw)) return 0;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** Brings stored data of any known version up to the current shape and validates it. */
export function readStoredSettings(raw: unknown): SettingsReadResult {
  let version = versionOf(raw);
  if (version === null) return { ok: false, reason: 'it does not hold a settings object' };
  if (version > currentSettingsVersion) {
    return { ok: false, reason: `it was written by a newer version (settings v${version})` };
  }
  const startVersion = version;
  let value = raw;
  while (version < currentSettingsVersion) {
    const step = migrations[version];
    if (step === undefined) return { ok: false, reason: `no migration from settings v${version}` };
    try {
      value = step(value);
    } catch {
      return { ok: false, reason: `it could not be upgraded from settings v${version}` };
    }
    version += 1;
  }
  const parsed = appSettingsSchema.safeParse(value);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.')))];
    return { ok: false, reason: `it holds invalid values (${fields.join(', ') || 'root'})` };
  }
  return { ok: true, settings: parsed.data, migrated: startVersion !== currentSettingsVersion };
}
