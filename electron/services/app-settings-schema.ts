import { z } from 'zod';
import {
  languagePreferenceSchema,
  themePreferenceSchema,
  type StoreNoticeReason,
} from '../../shared/ipc/schemas/app';
import { connectionIdSchema } from '../../shared/ipc/schemas/connections';
import {
  embeddedConnection,
  embeddedConnectionId,
  storedConnectionsSchema,
} from './connections/connection-records';

/** Bump when the stored shape changes, and add a step to `migrations` below. */
export const currentSettingsVersion = 2;

/** Version 1's single provider choice, replaced by the list of connections in version 2. */
const providerChoiceV1Schema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded') }).strict(),
  z.object({ kind: z.literal('remote'), url: z.url({ protocol: /^https?$/ }) }).strict(),
]);

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
    language: languagePreferenceSchema,
    /** Every provider connection; the embedded demo provider is one of them. */
    connections: storedConnectionsSchema,
    activeConnectionId: connectionIdSchema,
    window: windowStateSchema,
  })
  .strict();
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  schemaVersion: currentSettingsVersion,
  theme: 'system',
  language: 'system',
  connections: [embeddedConnection],
  activeConnectionId: embeddedConnectionId,
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

const version1Schema = z.object({
  schemaVersion: z.literal(1),
  theme: z.unknown(),
  provider: providerChoiceV1Schema,
  window: z.unknown(),
});

/** Migrated remote providers get this id; new ones get random ids. */
export const migratedConnectionId = 'migrated-provider';

/**
 * Version 1 held one provider choice. It becomes the list of connections: the embedded one
 * always, the remote one (signed out: version 1 never stored its token) as the active one.
 */
function fromVersion1(raw: unknown): unknown {
  const old = version1Schema.parse(raw);
  const remote =
    old.provider.kind === 'remote'
      ? [
          {
            id: migratedConnectionId,
            kind: 'remote',
            url: old.provider.url,
            label: null,
            tenant: null,
            role: null,
            subject: null,
          },
        ]
      : [];
  return {
    schemaVersion: 2,
    theme: old.theme,
    // Version 1 had no language choice: the app followed the system, which stays the default.
    language: 'system',
    connections: [embeddedConnection, ...remote],
    activeConnectionId: remote.length > 0 ? migratedConnectionId : embeddedConnectionId,
    window: old.window,
  };
}

/** `migrations[n]` turns a version-n object into a version-(n+1) object (or throws). */
const migrations: Readonly<Record<number, (raw: unknown) => unknown>> = {
  0: fromVersion0,
  1: fromVersion1,
};

export type SettingsReadResult =
  | { readonly ok: true; readonly settings: AppSettings; readonly migrated: boolean }
  | {
      readonly ok: false;
      readonly code: StoreNoticeReason;
      /** The version or the fields `code` refers to. */
      readonly detail: string | null;
    };

function refused(code: StoreNoticeReason, detail: string | null = null): SettingsReadResult {
  return { ok: false, code, detail };
}

function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  if (!('schemaVersion' in raw)) return 0;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** Brings stored data of any known version up to the current shape and validates it. */
export function readStoredSettings(raw: unknown): SettingsReadResult {
  let version = versionOf(raw);
  if (version === null) return refused('not-settings');
  if (version > currentSettingsVersion) return refused('newer-version', String(version));
  const startVersion = version;
  let value = raw;
  while (version < currentSettingsVersion) {
    const step = migrations[version];
    if (step === undefined) return refused('no-migration', String(version));
    try {
      value = step(value);
    } catch {
      return refused('upgrade-failed', String(version));
    }
    version += 1;
  }
  const parsed = appSettingsSchema.safeParse(value);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.')))];
    return refused('invalid-values', fields.join(', ') || 'root');
  }
  return { ok: true, settings: parsed.data, migrated: startVersion !== currentSettingsVersion };
}
