import type { BrowserWindowConstructorOptions } from 'electron';

/** What a window may vary: everything that touches security is fixed below. */
export interface WindowOptionsInput {
  readonly bounds?: {
    readonly x?: number | undefined;
    readonly y?: number | undefined;
    readonly width: number;
    readonly height: number;
  };
  readonly backgroundColor?: string;
  /** Off in packaged builds. */
  readonly devTools?: boolean;
}

/**
 * The options of every BrowserWindow the app creates. Only a type is imported from electron,
 * so this stays a pure function tested under Node. See
 * https://www.electronjs.org/docs/latest/tutorial/security for the checklist it follows.
 */
export function windowOptions(
  preloadPath: string,
  input: WindowOptionsInput = {},
): BrowserWindowConstructorOptions {
  const bounds = input.bounds ?? { width: 1280, height: 800 };
  return {
    ...(bounds.x === undefined || bounds.y === undefined ? {} : { x: bounds.x, y: bounds.y }),
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    title: 'Privacy Control Center',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    backgroundColor: input.backgroundColor ?? '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click would ask for a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: input.devTools ?? false,
    },
  };
}
