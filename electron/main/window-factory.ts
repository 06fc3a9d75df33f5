import { BrowserWindow } from 'electron';
import type { WindowState } from '../services/app-settings-store';
import { installWindowGuards, type WindowGuardOptions } from './window-guards';
import { windowOptions } from './window-options';

export interface AppWindowOptions extends WindowGuardOptions {
  readonly preloadPath: string;
  readonly url: string;
  readonly state: WindowState;
  readonly backgroundColor: string;
  readonly onClosing: (state: WindowState) => void;
}

/**
 * The one place a BrowserWindow is made: its options (window-options.ts) and its runtime
 * handlers (window-guards.ts) hold every security decision for it.
 */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow(
    windowOptions(options.preloadPath, {
      bounds: options.state,
      backgroundColor: options.backgroundColor,
      devTools: options.devTools,
    }),
  );
  installWindowGuards(window.webContents, window.webContents.session, options);

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
