import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileDialogs } from '../file-dialogs';
import type { ChannelHandlers } from '../ipc-registry';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';
import { buildDiagnosticsBundle, type DiagnosticsSource } from './diagnostics-bundle';

export interface DiagnosticsHandlerDeps {
  readonly dialogs: FileDialogs;
  readonly source: DiagnosticsSource;
  readonly version: string;
  readonly settings: () => unknown;
  readonly now?: () => Date;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function createDiagnosticsHandlers(
  deps: DiagnosticsHandlerDeps,
): Pick<ChannelHandlers, 'diagnostics:export'> {
  const now = deps.now ?? (() => new Date());
  return {
    'diagnostics:export': async () => {
      const at = now();
      const path = await deps.dialogs.chooseFileToSave({
        title: userText().dialogs.exportDiagnostics,
        defaultName: `privacy-control-center-diagnostics-${day(at)}.zip`,
        filters: [{ name: userText().dialogs.zipArchive, extensions: ['zip'] }],
      });
      if (path === null) return { status: 'cancelled' };
      const bundle = await buildDiagnosticsBundle({
        source: deps.source,
        appVersion: deps.version,
        settings: deps.settings(),
        now: at,
      });
      try {
        await writeFile(path, bundle.zip);
      } catch (error) {
        const reason =
          error instanceof Error && 'code' in error ? String(error.code) : userText().files.anError;
        throw new ServiceError(
          'internal',
          userText().files.diagnosticsNotWritten(basename(path), reason),
        );
      }
      return {
        status: 'saved',
        fileName: basename(path),
        logFiles: bundle.logFiles,
        crashDumps: bundle.crashDumps,
      };
    },
  };
}
