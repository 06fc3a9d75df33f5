// The Chromium test host: the built renderer over loopback HTTP, answering the IPC contract
// through the app's real registry and services, against the real embedded provider. Only the
// transport differs from the desktop app (see DESIGN.md "Testing without an Electron binary").
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { startProviderServer } from '../../electron/provider/server';
import { createChannelHandlers } from '../../electron/services/app-services';
import { offerDroppedFiles } from '../../electron/services/files/dropped-files';
import { createFileGrants } from '../../electron/services/files/file-grants';
import { createSafeStorageVault } from '../../electron/main/safe-storage-vault';
import { openAppSettingsStore } from '../../electron/services/app-settings-store';
import { connectFromEnvironment } from '../../electron/services/connections/automation-connection';
import { createConnectionManager } from '../../electron/services/connections/connection-manager';
import { createIpcRegistry, type IpcRegistry } from '../../electron/services/ipc-registry';
import {
  openRecentFilesStore,
  type RecentFilesStore,
} from '../../electron/services/recent-files/recent-files-store';
import { setUserTextLanguage } from '../../electron/services/user-text/user-text';
import { resolveLanguage } from '../../shared/i18n/languages';
import { buildCsp } from '../../shared/security/csp';
import { bundleBridgeScript } from './bridge-script';
import { createHarnessApp } from './harness-app';
import { createHarnessEventHub, type HarnessEvents } from './harness-events';
import { createScriptedDialogs, type ScriptedDialogs } from './scripted-dialogs';
import { createFakeSafeStorage, type FakeBackend } from '../support/fake-safe-storage';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
type ProviderStartOptions = Parameters<typeof startProviderServer>[0];
type RunningProvider = Awaited<ReturnType<typeof startProviderServer>>;

export interface HarnessOptions {
  /** Where the provider and settings store keep their files; a temp dir (removed on close) if absent. */
  readonly dataDir?: string;
  readonly rendererDir?: string;
  /** Also connect to this provider with this token (as PCC_PROVIDER_URL/TOKEN do) and use it. */
  readonly providerUrl?: string;
  readonly token?: string;
  /** Which of the embedded provider's role tokens the app uses; admin unless told. */
  readonly embeddedRole?: keyof RunningProvider['tokens'];
  /** Extra options for the embedded provider (e.g. a smaller demo for quick tests). */
  readonly providerOptions?: Omit<Partial<ProviderStartOptions>, 'dataDir'>;
  /**
   * The secret store the stand-in for safeStorage reports: a keychain (default), Linux's
   * `basic_text` fallback, or no encryption at all. It always encrypts, with a key in memory.
   */
  readonly secretBackend?: FakeBackend | 'unavailable';
  /** How often an offline connection checks whether its provider is back (default 1 s). */
  readonly probeIntervalMs?: number;
}

export interface HarnessProvider {
  readonly kind: 'embedded';
  readonly url: string;
  /** The embedded provider's per-role tokens. */
  readonly tokens: RunningProvider['tokens'];
  /** Stops the embedded provider (to test the offline state). */
  close(): Promise<void>;
}

export interface Harness {
  readonly url: string;
  readonly provider: HarnessProvider;
  readonly settingsPath: string;
  /** The file dialogs the app opens: queue the paths the "user" picks. */
  readonly dialogs: ScriptedDialogs;
  /** Where the harness keeps the provider's and the app's files. */
  readonly dataDir: string;
  /** URLs the app asked to open in the system browser, in order. */
  readonly openedExternal: readonly string[];
  /** Main → renderer events: e.g. `events.send('menu:command', { command: 'preferences' })`. */
  readonly events: HarnessEvents;
  /** The recent files list the app keeps (a test adds entries as a feature would). */
  readonly recentFiles: RecentFilesStore;
  /** Where "Export diagnostics" reads the app's log files from. */
  readonly logDir: string;
  close(): Promise<void>;
}

async function readVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
  const version: unknown =
    typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : null;
  return typeof version === 'string' ? version : '0.0.0';
}

async function startEmbedded(
  options: HarnessOptions,
  dataDir: string,
): Promise<{ provider: HarnessProvider; token: string }> {
  const running = await startProviderServer({
    ...options.providerOptions,
    dataDir: join(dataDir, 'provider'),
    port: 0,
  });
  let closed: Promise<void> | null = null;
  return {
    provider: {
      kind: 'embedded',
      url: running.url,
      tokens: running.tokens,
      close: () => (closed ??= running.close()),
    },
    token: running.tokens[options.embeddedRole ?? 'admin'],
  };
}

function listen(app: ReturnType<typeof createHarnessApp>): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => {
      resolve(server);
    });
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? join(projectRoot, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npm run build:renderer\` first.`);
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pcc-harness-')));
  const [bridgeScript, version, started] = await Promise.all([
    bundleBridgeScript(),
    readVersion(),
    startEmbedded(options, dataDir),
  ]);
  const { store, notice } = openAppSettingsStore({ directory: join(dataDir, 'settings') });
  // Main's messages follow Preferences as in the app; "system" is the browser's, which the
  // suites pin to en-US (playwright.config.ts).
  setUserTextLanguage(() => resolveLanguage(store.get().language, ['en-US']));
  const openedExternal: string[] = [];
  const dialogs = createScriptedDialogs();
  const appDataDir = join(dataDir, 'app');
  const logDir = join(appDataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const recentFiles = openRecentFilesStore({ directory: join(dataDir, 'settings') });
  const events = createHarnessEventHub();
  const backend = options.secretBackend ?? 'gnome_libsecret';
  const safeStorage = createFakeSafeStorage(
    backend === 'unavailable' ? { available: false } : { backend },
  );
  const connections = createConnectionManager({
    settings: store,
    dataDir: appDataDir,
    embedded: { url: started.provider.url, token: started.token },
    // The harness runs on Linux whatever the host: the backend above decides the protection.
    vault: createSafeStorageVault(safeStorage, 'linux'),
    probeIntervalMs: options.probeIntervalMs ?? 1000,
  });
  if (options.providerUrl !== undefined) {
    if (options.token === undefined) throw new Error('A provider URL needs a token (--token).');
    await connectFromEnvironment(connections, {
      PCC_PROVIDER_URL: options.providerUrl,
      PCC_PROVIDER_TOKEN: options.token,
    });
  }
  const fileGrants = createFileGrants({ recent: recentFiles });
  const handlers = createChannelHandlers({
    dataDir: appDataDir,
    dialogs,
    connections,
    settings: store,
    storeNotice: notice,
    version,
    openExternal: (url) => {
      openedExternal.push(url);
      return Promise.resolve();
    },
    diagnostics: { logDir, crashDumpDir: null, runtime: { node: process.versions.node } },
    recentFiles,
    fileGrants,
  });

  let registry: IpcRegistry | null = null;
  const app = createHarnessApp({
    rendererDir,
    bridgeScript,
    csp: buildCsp({ connectSelf: true }),
    events,
    onDrop: async (files) => {
      // Each drop in its own folder, so two files of one name stay apart.
      const folder = await mkdtemp(join(dataDir, 'dropped-'));
      const paths = await Promise.all(
        files.map(async ({ name, bytes }) => {
          const path = join(folder, basename(name));
          await writeFile(path, bytes);
          return path;
        }),
      );
      const offered = await offerDroppedFiles(paths, fileGrants);
      if (offered !== null) await events.send('files:dropped', { files: offered });
    },
    registry: () => {
      if (!registry) throw new Error('The harness registry is not ready yet.');
      return registry;
    },
  });
  const server = await listen(app);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  registry = createIpcRegistry(handlers, {
    allowedOrigins: [url],
    onInternalError: (channel, error) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(connections.redact(`harness: internal error on ${channel}: ${text}`));
    },
  });

  let closing: Promise<void> | null = null;
  return {
    url,
    provider: started.provider,
    settingsPath: store.path,
    dialogs,
    dataDir,
    openedExternal,
    events,
    recentFiles,
    logDir,
    close: () =>
      (closing ??= (async () => {
        await events.closeAll();
        await closeServer(server);
        connections.close();
        await started.provider.close();
        if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
      })()),
  };
}
