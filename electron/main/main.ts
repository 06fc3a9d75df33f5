import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, nativeTheme } from 'electron';
import ElectronStore from 'electron-store';
import { createChannelHandlers } from '../services/app-services';
import { openAppSettingsStore, type AppSettingsStore } from '../services/app-settings-store';
import { createIpcRegistry } from '../services/ipc-registry';
import { appEntryUrl, appOrigin } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcHandlers } from './ipc-main-adapter';
import { openExternalUrl } from './open-external';
import { startProvider, type StartedProvider } from './provider-connection';
import { createElectronFileDialogs } from './electron-file-dialogs';
import { createAppWindow } from './window-factory';

const here = dirname(fileURLToPath(import.meta.url));

// Tests and side-by-side runs keep their own profile.
const userDataOverride = process.env.PCC_USER_DATA_DIR;
if (userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', userDataOverride);
}

registerAppScheme();

let provider: StartedProvider | null = null;

function openWindow(settings: AppSettingsStore): BrowserWindow {
  return createAppWindow({
    preloadPath: join(here, 'preload.cjs'),
    url: appEntryUrl,
    state: settings.get().window,
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
  nativeTheme.themeSource = settings.get().theme;
  provider = await startProvider(
    settings.get().provider,
    { userData, appRoot: app.getAppPath() },
    process.env,
  );

  const handlers = createChannelHandlers({
    provider: provider.connection,
    settings,
    dataDir: userData,
    dialogs: createElectronFileDialogs(),
    openConf: ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name }),
    storeNotice: notice,
    version: app.getVersion(),
    openExternal: openExternalUrl,
    onThemeChanged: (theme) => {
      nativeTheme.themeSource = theme;
    },
  });
  const registry = createIpcRegistry(handlers, {
    allowedOrigins: [appOrigin],
    onInternalError: (channel, error) => {
      console.error(`IPC ${channel} failed:`, error);
    },
  });
  registerIpcHandlers(registry);
  serveRenderer(join(app.getAppPath(), 'dist', 'renderer'));

  let window = openWindow(settings);
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = openWindow(settings);
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow(settings);
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
    void provider.stop().finally(() => {
      app.quit();
    });
  });
  start().catch((error: unknown) => {
    console.error('Privacy Control Center could not start:', error);
    app.exit(1);
  });
}
