import { BrowserWindow, type Session } from 'electron';
import type { WindowState } from '../services/app-settings-store';
import { checkExternalUrl } from '../services/external-url-policy';
import { isAppUrl } from './app-origin';
import { isDevShortcut } from './dev-shortcuts';
import { windowOptions } from './window-options';

export interface AppWindowOptions {
  readonly preloadPath: string;
  readonly url: string;
  readonly state: WindowState;
  readonly backgroundColor: string;
  readonly devTools: boolean;
  readonly openExternal: (url: string) => Promise<void>;
  readonly onClosing: (state: WindowState) => void;
}

const hardenedSessions = new WeakSet<Session>();

/** The renderer needs no camera, notifications or anything else a permission guards. */
function denyPermissions(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** The one place a BrowserWindow is made; every security decision for it lives here. */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow(
    windowOptions(options.preloadPath, {
      bounds: options.state,
      backgroundColor: options.backgroundColor,
      devTools: options.devTools,
    }),
  );
  const contents = window.webContents;
  denyPermissions(contents.session);

  const refuseLeavingApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseLeavingApp);
  contents.on('will-frame-navigate', refuseLeavingApp);
  contents.on('will-redirect', refuseLeavingApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  if (!options.devTools) {
    // Release builds: Chromium's own reload and inspector keys do nothing.
    contents.on('before-input-event', (event, input) => {
      if (isDevShortcut(input)) event.preventDefault();
    });
  }
  contents.setWindowOpenHandler(({ url }) => {
    if (checkExternalUrl(url).allowed) void options.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });

  window.once('ready-to-show', () => {
    if (options.state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    options.onClosing({ x, y, width, height, maximized: window.isMaximized() });
  });
  void window.loadURL(options.url);
  return window;
}
