import { checkExternalUrl } from '../services/external-url-policy';
import { isAppUrl } from './app-origin';
import { isDevShortcut, type KeyInput } from './dev-shortcuts';

/**
 * The runtime half of a window's security (window-options.ts is the other half): what the
 * page may navigate to, open, embed and ask for. No electron import, so these handlers are
 * unit-tested under plain Node against a fake webContents and session
 * (test/electron/main/window-guards.test.ts). The interfaces below name only what the
 * guards touch; Electron's WebContents and Session satisfy them as they are.
 */

/** Electron's `Event`: the default action is cancelled with preventDefault(). */
export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate, will-frame-navigate and will-redirect carry the target URL on the event. */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

export type WindowOpenHandler = (details: { readonly url: string }) => { readonly action: 'deny' };

export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(
    event: 'before-input-event',
    listener: (event: PreventableEvent, input: KeyInput) => void,
  ): unknown;
  setWindowOpenHandler(handler: WindowOpenHandler): void;
}

export type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
export type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

export interface GuardedSession {
  setPermissionRequestHandler(handler: PermissionRequestHandler): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler): void;
}

export interface WindowGuardOptions {
  /** Debug builds keep Chromium's reload and inspector keys; release builds swallow them. */
  readonly devTools: boolean;
  /** Opens an allowed link in the system browser (openExternalUrl, which checks again). */
  readonly openExternal: (url: string) => Promise<void>;
}

const hardenedSessions = new WeakSet<GuardedSession>();

/** The renderer needs no camera, notifications or anything else a permission guards. */
function denyPermissions(session: GuardedSession): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/**
 * Keeps the page on the app origin, denies every new window (an allowed https link goes
 * to the system browser instead), refuses webviews and permissions, and in release builds
 * turns off the reload and inspector keys.
 */
export function installWindowGuards(
  contents: GuardedContents,
  session: GuardedSession,
  options: WindowGuardOptions,
): void {
  denyPermissions(session);

  const refuseLeavingApp = (event: NavigationEvent) => {
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
}
