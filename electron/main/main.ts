import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, nativeTheme, safeStorage, screen } from 'electron';
import ElectronStore from 'electron-store';
import { resolveLanguage } from '../../shared/i18n/languages';
import type { MenuCommand } from '../../shared/ipc/schemas/menu';
import { createChannelHandlers } from '../services/app-services';
import { openAppSettingsStore, type AppSettingsStore } from '../services/app-settings-store';
import { createAppLog } from '../services/diagnostics/app-log';
import { connectFromEnvironment } from '../services/connections/automation-connection';
import {
  createConnectionManager,
  type ConnectionManager,
} from '../services/connections/connection-manager';
import { createFileGrants } from '../services/files/file-grants';
import { createIpcRegistry } from '../services/ipc-registry';
import { openRecentFilesStore } from '../services/recent-files/recent-files-store';
import { setUserTextLanguage } from '../services/user-text/user-text';
import { fitBoundsToDisplays } from '../services/window/window-bounds';
import { isInBackground } from '../services/window/window-presence';
import { installAppMenu } from './app-menu';
import { appEntryUrl, appOrigin } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { setWindowProgress } from './progress-bar';
import { keepCrashDumpsLocally } from './crash-reports';
import { startAccessRequestNotifications } from './desktop-notifications';
import { receiveFileDrops, registerIpcHandlers } from './ipc-main-adapter';
import { openExternalUrl } from './open-external';
import { startEmbeddedProvider, type StartedProvider } from './provider-connection';
import { createElectronFileDialogs } from './electron-file-dialogs';
import { sendRendererEvent } from './renderer-events';
import { createSafeStorageVault } from './safe-storage-vault';
import { createAppWindow } from './window-factory';

const here = dirname(fileURLToPath(import.meta.url));

// Tests and side-by-side runs keep their own profile.
const userDataOverride = process.env.PCC_USER_DATA_DIR;
if (userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', userDataOverride);
}

// Before anything else can fail: a local, redacted log and local-only crash dumps.
const appLog = createAppLog({ dir: join(app.getPath('userData'), 'logs'), echo: !app.isPackaged });
Object.assign(console, appLog.logger);
const crashDumpDir = keepCrashDumpsLocally(app.getPath('userData'));
appLog.logger.info(
  `Privacy Control Center ${app.getVersion()} starting on Electron ${process.versions.electron} (${process.platform} ${process.arch})`,
);

registerAppScheme();

let provider: StartedProvider | null = null;
let connections: ConnectionManager | null = null;
let notifications: { stop(): void } | null = null;

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** `hash` opens the window on a section, e.g. '#/access-requests'. */
function openWindow(settings: AppSettingsStore, hash = ''): BrowserWindow {
  const saved = settings.get().window;
  // The saved position may be on a monitor that is gone: bring the window back on screen.
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (display) => display.workArea,
  );
  return createAppWindow({
    preloadPath: join(here, 'preload.cjs'),
    url: `${appEntryUrl}${hash}`,
    state: { ...saved, ...fitBoundsToDisplays(saved, areas) },
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff',
    devTools: !app.isPackaged,
    openExternal: openExternalUrl,
    onClosing: (state) => settings.setWindow(state),
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const userData = app.getPath('userData');
  const { store: settings, notice } = openAppSettingsStore({
    directory: userData,
    open: ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name }),
  });
  // What main says to the user follows the language chosen in Preferences, like the menu.
  const appLanguage = () =>
    resolveLanguage(settings.get().language, app.getPreferredSystemLanguages());
  setUserTextLanguage(appLanguage);
  const recentFiles = openRecentFilesStore({
    directory: userData,
    open: ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name }),
    onAdded: (path) => {
      app.addRecentDocument(path);
    },
    onCleared: () => {
      app.clearRecentDocuments();
    },
  });
  if (recentFiles.notice !== null) appLog.logger.warn(recentFiles.notice);
  nativeTheme.themeSource = settings.get().theme;
  provider = await startEmbeddedProvider({ userData, appRoot: app.getAppPath() });
  if (provider.notice !== null) appLog.logger.warn(provider.notice);
  const manager = createConnectionManager({
    settings,
    dataDir: userData,
    embedded: provider.embedded,
    vault: createSafeStorageVault(safeStorage),
  });
  connections = manager;
  await connectFromEnvironment(manager, process.env);

  let window: BrowserWindow | null = null;
  const sendMenuCommand = (command: MenuCommand) => {
    const target = BrowserWindow.getFocusedWindow() ?? window;
    if (target) sendRendererEvent(target.webContents, 'menu:command', { command });
  };
  const menu = {
    packaged: app.isPackaged,
    logDir: appLog.dir,
    onCommand: sendMenuCommand,
    openExternal: openExternalUrl,
  };
  installAppMenu(menu, appLanguage());

  const fileGrants = createFileGrants({ recent: recentFiles });
  receiveFileDrops(fileGrants, appOrigin);
  const handlers = createChannelHandlers({
    connections: manager,
    settings,
    dataDir: userData,
    dialogs: createElectronFileDialogs(),
    openConf: ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name }),
    storeNotice: notice,
    version: app.getVersion(),
    openExternal: (url) => openExternalUrl(url, manager.loopbackHttpOrigins()),
    onThemeChanged: (theme) => {
      nativeTheme.themeSource = theme;
    },
    onLanguageChanged: () => {
      installAppMenu(menu, appLanguage());
    },
    diagnostics: {
      logDir: appLog.dir,
      crashDumpDir,
      runtime: {
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
      },
    },
    recentFiles,
    fileGrants,
    onTaskProgress: (progress) => {
      if (window !== null) setWindowProgress(window, progress);
    },
  });
  const registry = createIpcRegistry(handlers, {
    allowedOrigins: [appOrigin],
    onInternalError: (channel, error) => {
      // Tokens never reach a log, whatever an error happened to carry.
      appLog.logger.error(manager.redact(`IPC ${channel} failed: ${describe(error)}`));
    },
  });
  registerIpcHandlers(registry);
  serveRenderer(join(app.getAppPath(), 'dist', 'renderer'));

  window = openWindow(settings);
  app.on('second-instance', () => {
    if (window === null || window.isDestroyed()) window = openWindow(settings);
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow(settings);
  });

  // Desktop notifications of access requests (issue 8), read through the active connection.
  notifications = startAccessRequestNotifications({
    connections: manager,
    isBackground: () => isInBackground(window),
    language: appLanguage,
    openAccessRequests: () => {
      if (window === null || window.isDestroyed()) {
        // A new window's page is not listening yet: it opens on the section instead.
        window = openWindow(settings, '#/access-requests');
        return;
      }
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      sendRendererEvent(window.webContents, 'menu:command', { command: 'open-access-requests' });
    },
    onError: (error) => {
      appLog.logger.error(manager.redact(`Access request notifications: ${describe(error)}`));
    },
  });
}

// A second copy would start a second provider on the same data directory.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => {
    // Belt and braces for any webContents not made by the window factory.
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopping || provider === null) return;
    stopping = true;
    event.preventDefault();
    notifications?.stop();
    connections?.close();
    void provider.stop().finally(() => {
      app.quit();
    });
  });
  start().catch((error: unknown) => {
    const text = `Privacy Control Center could not start: ${describe(error)}`;
    const redacted = connections?.redact(text) ?? text;
    appLog.logger.error(redacted);
    // Say it in a window too: a desktop app that quits without a word looks like a crash.
    dialog.showErrorBox('Privacy Control Center', `${redacted}\n\nThe log is in ${appLog.dir}.`);
    app.exit(1);
  });
}
