import { protocol } from 'electron';
import { appScheme } from './app-origin';
import { serveRendererFile } from './renderer-files';

/**
 * Must run before `app.ready`: a standard, secure scheme gives the renderer a real origin,
 * a secure context and working relative URLs, which file:// does not.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves dist/renderer on app://renderer/ with the app's CSP. Call after `app.ready`. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveRendererFile(rendererDir, request));
}
