import { join } from 'node:path';
import { app, crashReporter } from 'electron';

/**
 * Crashpad writes minidumps for the main process, renderers and the GPU process into the
 * app's own folder and never uploads them: a dump holds raw memory, tokens included. They
 * are listed (not attached) by "Export diagnostics". Call before `app.ready`.
 */
export function keepCrashDumpsLocally(userData: string): string {
  const dir = join(userData, 'crash-dumps');
  app.setPath('crashDumps', dir);
  crashReporter.start({ uploadToServer: false });
  return dir;
}
