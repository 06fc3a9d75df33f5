import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../electron/provider/server';
import {
  createChannelHandlers,
  type ChannelHandlerDeps,
} from '../../../electron/services/app-services';
import { createSafeStorageVault } from '../../../electron/main/safe-storage-vault';
import { openAppSettingsStore } from '../../../electron/services/app-settings-store';
import { createConnectionManager } from '../../../electron/services/connections/connection-manager';
import { createIpcRegistry, type SenderInfo } from '../../../electron/services/ipc-registry';
import { channelNames } from '../../../shared/ipc/contract';
import type { ThemePreference } from '../../../shared/ipc/schemas/app';
import { closedPortUrl, providerJson, startSmallProvider } from './provider-fixture';
import { createScriptedDialogs } from '../../harness/scripted-dialogs';
import { openRecentFilesStore } from '../../../electron/services/recent-files/recent-files-store';
import type { StoreNotice } from '../../../shared/ipc/schemas/app';

const resetNotice: StoreNotice = {
  reason: 'not-json',
  detail: null,
  movedTo: 'app-settings.corrupt-1.json',
};
import { createFakeSafeStorage } from '../../support/fake-safe-storage';
import { createFileGrants } from '../../../electron/services/files/file-grants';

let provider: RunningProvider;
let stop: (() => Promise<void>) | undefined;
let settingsDir: string;

beforeAll(async () => {
  settingsDir = mkdtempSync(join(tmpdir(), 'pcc-services-'));
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop?.();
  rmSync(settingsDir, { recursive: true, force: true });
});

const fromApp: SenderInfo = { origin: 'app://renderer', isTopFrame: true, frameAlive: true };

function setup(
  overrides: Partial<ChannelHandlerDeps> = {},
  embedded = { url: provider.url, token: provider.tokens.admin },
) {
  const opened: string[] = [];
  const themes: ThemePreference[] = [];
  const { store } = openAppSettingsStore({ directory: settingsDir });
  const connections = createConnectionManager({
    settings: store,
    dataDir: settingsDir,
    embedded,
    vault: createSafeStorageVault(createFakeSafeStorage(), 'linux'),
  });
  const recentFiles = openRecentFilesStore({ directory: settingsDir });
  const handlers = createChannelHandlers({
    connections,
    settings: store,
    dataDir: settingsDir,
    dialogs: createScriptedDialogs(),
    storeNotice: resetNotice,
    version: '9.8.7',
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    onThemeChanged: (theme) => themes.push(theme),
    diagnostics: { logDir: join(settingsDir, 'logs'), crashDumpDir: null, runtime: {} },
    recentFiles,
    fileGrants: createFileGrants({ recent: recentFiles }),
    ...overrides,
  });
  const registry = createIpcRegistry(handlers, { allowedOrigins: ['app://renderer'] });
  const call = (channel: string, payload?: unknown) => registry.handle(channel, payload, fromApp);
  return { handlers, call, opened, themes, store };
}

describe('createChannelHandlers', () => {
  it('has a handler for every contract channel and nothing else', () => {
    const { handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
  });

  it('tells the app about itself without the provider token', async () => {
    const result = await setup().call('app:get-info');
    expect(result).toEqual({
      ok: true,
      value: {
        version: '9.8.7',
        storeNotice: resetNotice,
        provider: { kind: 'embedded', url: provider.url },
      },
    });
    expect(JSON.stringify(result)).not.toContain(provider.tokens.admin);
  });

  it('reads the tenant from the provider', async () => {
    const tenant = (await providerJson(provider, '/v1/tenant')) as Record<string, unknown>;
    const result = await setup().call('tenant:get');
    expect(result).toEqual({
      ok: true,
      value: {
        id: tenant.id,
        displayName: tenant.displayName,
        country: tenant.country,
        residencyCommitment: tenant.residencyCommitment,
        lockboxEnabled: tenant.lockboxEnabled,
      },
    });
  });

  it('answers the overview in the contract shape', async () => {
    const result = await setup().call('overview:get');
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as { connection: { state: string } }).connection.state).toBe(
      'connected',
    );
  });

  it('maps provider failures of tenant:get to error codes', async () => {
    const offline = setup({}, { url: await closedPortUrl(), token: 'x' });
    expect(await offline.call('tenant:get')).toMatchObject({
      ok: false,
      error: { code: 'provider_unreachable' },
    });
    const rejected = setup({}, { url: provider.url, token: 'wrong' });
    expect(await rejected.call('tenant:get')).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('stores the theme preference and tells main to follow it', async () => {
    const { call, themes, store } = setup();
    const language = store.get().language;
    expect(await call('preferences:set-theme', { theme: 'dark' })).toEqual({
      ok: true,
      value: { theme: 'dark', language },
    });
    expect(themes).toEqual(['dark']);
    expect(store.get().theme).toBe('dark');
    expect(openAppSettingsStore({ directory: settingsDir }).store.get().theme).toBe('dark');
    expect(await setup().call('preferences:get')).toEqual({
      ok: true,
      value: { theme: 'dark', language },
    });
  });

  it('stores the language preference and tells main to relabel its menu', async () => {
    const languages: string[] = [];
    const { call, store } = setup({ onLanguageChanged: (language) => languages.push(language) });
    const theme = store.get().theme;
    expect(await call('preferences:set-language', { language: 'de' })).toEqual({
      ok: true,
      value: { theme, language: 'de' },
    });
    expect(languages).toEqual(['de']);
    expect(openAppSettingsStore({ directory: settingsDir }).store.get().language).toBe('de');
    const refused = await call('preferences:set-language', { language: 'fr' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(languages).toEqual(['de']);
    await call('preferences:set-language', { language: 'system' });
  });

  it('opens only https links, and says why it refused the others', async () => {
    const { call, opened } = setup();
    expect(await call('links:open-external', { url: 'https://example.com/privacy' })).toEqual({
      ok: true,
      value: null,
    });
    const refused = await call('links:open-external', { url: 'file:///etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(opened).toEqual(['https://example.com/privacy']);
  });
});
