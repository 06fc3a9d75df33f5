import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppSettingsStore, type OpenConf } from '../../../electron/services/app-settings-store';
import {
  defaultAppSettings,
  migratedConnectionId,
} from '../../../electron/services/app-settings-schema';
import { embeddedConnection } from '../../../electron/services/connections/connection-records';

const remote = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  kind: 'remote' as const,
  url: 'https://provider.example.com/',
  label: 'Production',
  tenant: { id: 'tenant-1', displayName: 'Fabrikam' },
  role: 'helpdesk' as const,
  subject: 'helpdesk@fabrikam.example',
};

let directory: string;
const file = () => join(directory, 'app-settings.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const fixedNow = () => new Date('2025-11-03T09:15:30.123Z');
const asideName = 'app-settings.corrupt-2025-11-03T09-15-30-123Z.json';

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pcc-settings-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('openAppSettingsStore', () => {
  it('starts on defaults in an empty directory and writes them', () => {
    const { store, notice } = openAppSettingsStore({ directory });
    expect(notice).toBeNull();
    expect(store.get()).toEqual(defaultAppSettings);
    expect(store.path).toBe(file());
    expect(readJson(file())).toEqual(defaultAppSettings);
  });

  it('persists every change across reopening', () => {
    const first = openAppSettingsStore({ directory }).store;
    first.setTheme('dark');
    first.setLanguage('de');
    first.setConnections({
      connections: [embeddedConnection, remote],
      activeConnectionId: remote.id,
    });
    first.setWindow({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    const { store, notice } = openAppSettingsStore({ directory });
    expect(notice).toBeNull();
    expect(store.get()).toEqual({
      schemaVersion: 2,
      theme: 'dark',
      language: 'de',
      connections: [embeddedConnection, remote],
      activeConnectionId: remote.id,
      window: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
    });
  });

  it('refuses invalid values and keeps the previous ones', () => {
    const { store } = openAppSettingsStore({ directory });
    expect(() =>
      store.setConnections({
        connections: [embeddedConnection, { ...remote, url: 'ftp://provider.example.com' }],
        activeConnectionId: remote.id,
      }),
    ).toThrow();
    // A token has no place in the settings: the strict schema refuses the field.
    expect(() =>
      store.setConnections({
        connections: [embeddedConnection, { ...remote, token: 'secret' } as typeof remote],
        activeConnectionId: remote.id,
      }),
    ).toThrow();
    expect(() =>
      store.setConnections({
        connections: [embeddedConnection, remote, remote],
        activeConnectionId: remote.id,
      }),
    ).toThrow();
    expect(() => store.setWindow({ width: 10, height: -5, maximized: false })).toThrow();
    expect(store.get()).toEqual(defaultAppSettings);
    expect(readJson(file())).toEqual(defaultAppSettings);
  });

  it('moves a file that is not JSON aside, starts fresh and says so', () => {
    writeFileSync(file(), '{"theme": "dark", ');
    const { store, notice } = openAppSettingsStore({ directory, now: fixedNow });
    expect(store.get()).toEqual(defaultAppSettings);
    expect(notice).toEqual({ reason: 'not-json', detail: null, movedTo: asideName });
    expect(readFileSync(join(directory, asideName), 'utf8')).toBe('{"theme": "dark", ');
    expect(readJson(file())).toEqual(defaultAppSettings);
  });

  it.each([
    ['an invalid theme', { ...defaultAppSettings, theme: 'purple' }, 'invalid-values', 'theme'],
    [
      'a missing window',
      {
        schemaVersion: 2,
        theme: 'dark',
        language: 'de',
        connections: [embeddedConnection],
        activeConnectionId: 'embedded',
      },
      'invalid-values',
      'window',
    ],
    [
      'a remote connection without url',
      { ...defaultAppSettings, connections: [embeddedConnection, { ...remote, url: undefined }] },
      'invalid-values',
      'connections.1.url',
    ],
    [
      'a connection id that could name another folder',
      { ...defaultAppSettings, connections: [embeddedConnection, { ...remote, id: '../x' }] },
      'invalid-values',
      'connections.1.id',
    ],
    [
      'an invalid language',
      { ...defaultAppSettings, language: 'fr' },
      'invalid-values',
      'language',
    ],
    ['an unknown key', { ...defaultAppSettings, token: 'secret' }, 'invalid-values', 'root'],
    ['an array', [1, 2, 3], 'not-settings', null],
    ['a newer schema version', { ...defaultAppSettings, schemaVersion: 7 }, 'newer-version', '7'],
  ])('moves a schema-invalid file aside (%s)', (_name, content, reason, detail) => {
    writeFileSync(file(), JSON.stringify(content));
    const { store, notice } = openAppSettingsStore({ directory, now: fixedNow });
    expect(store.get()).toEqual(defaultAppSettings);
    expect(notice).toEqual({ reason, detail, movedTo: asideName });
    expect(readJson(join(directory, asideName))).toEqual(content);
    expect(readdirSync(directory).sort()).toEqual([asideName, 'app-settings.json'].sort());
  });

  it('migrates a version-0 file (no schemaVersion) and rewrites it in the current shape', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        theme: 'light',
        providerUrl: 'https://tenant.provider.example/',
        windowBounds: { x: 5.4, y: 6, width: 1111.6, height: 777 },
        maximized: true,
      }),
    );
    const { store, notice } = openAppSettingsStore({ directory });
    const expected = {
      schemaVersion: 2,
      theme: 'light',
      language: 'system',
      connections: [
        embeddedConnection,
        {
          id: migratedConnectionId,
          kind: 'remote',
          url: 'https://tenant.provider.example/',
          label: null,
          tenant: null,
          role: null,
          subject: null,
        },
      ],
      activeConnectionId: migratedConnectionId,
      window: { x: 5, y: 6, width: 1112, height: 777, maximized: true },
    };
    expect(notice).toBeNull();
    expect(store.get()).toEqual(expected);
    expect(readJson(file())).toEqual(expected);
  });

  it('migrates a version-1 file: its provider choice becomes the list of connections', () => {
    const window = { width: 900, height: 700, maximized: false };
    writeFileSync(
      file(),
      JSON.stringify({ schemaVersion: 1, theme: 'dark', provider: { kind: 'embedded' }, window }),
    );
    const { store, notice } = openAppSettingsStore({ directory });
    expect(notice).toBeNull();
    expect(store.get()).toEqual({
      schemaVersion: 2,
      theme: 'dark',
      // Version 1 had no language choice: the app follows the system, as it did.
      language: 'system',
      connections: [embeddedConnection],
      activeConnectionId: 'embedded',
      window,
    });
    expect(readJson(file())).toEqual(store.get());

    writeFileSync(
      file(),
      JSON.stringify({
        schemaVersion: 1,
        theme: 'light',
        provider: { kind: 'remote', url: 'https://eu.provider.example/' },
        window,
      }),
    );
    const migrated = openAppSettingsStore({ directory }).store.get();
    expect(migrated.activeConnectionId).toBe(migratedConnectionId);
    expect(migrated.connections).toEqual([
      embeddedConnection,
      expect.objectContaining({ kind: 'remote', url: 'https://eu.provider.example/' }),
    ]);
  });

  it('migrates an empty version-0 file to the defaults', () => {
    writeFileSync(file(), '{}');
    const { store, notice } = openAppSettingsStore({ directory });
    expect(notice).toBeNull();
    expect(store.get()).toEqual(defaultAppSettings);
  });

  it('moves aside a version-0 file whose values cannot be migrated', () => {
    writeFileSync(file(), JSON.stringify({ theme: 'dark', windowBounds: { x: 'left' } }));
    const { store, notice } = openAppSettingsStore({ directory, now: fixedNow });
    expect(notice).toEqual({ reason: 'upgrade-failed', detail: '0', movedTo: asideName });
    expect(store.get()).toEqual(defaultAppSettings);
  });

  it('moves aside a version-1 file with an invalid value rather than guessing', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        schemaVersion: 1,
        theme: 'sepia',
        provider: { kind: 'embedded' },
        window: { width: 900, height: 600, maximized: false },
      }),
    );
    const { store, notice } = openAppSettingsStore({ directory, now: fixedNow });
    expect(notice).toMatchObject({ reason: 'invalid-values', movedTo: asideName });
    expect(store.get()).toEqual(defaultAppSettings);
  });

  it('opens the file through the given Conf-compatible constructor', () => {
    const opened: { cwd: string; name: string }[] = [];
    const open: OpenConf = (options) => {
      opened.push(options);
      return new Conf<Record<string, unknown>>({ cwd: options.cwd, configName: options.name });
    };
    const { store } = openAppSettingsStore({ directory, name: 'prefs', open });
    store.setTheme('dark');
    expect(opened).toEqual([{ cwd: directory, name: 'prefs' }]);
    expect(readJson(join(directory, 'prefs.json'))).toMatchObject({ theme: 'dark' });
  });
});
