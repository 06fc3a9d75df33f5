// The log review as the IPC handlers see it: one open case at a time (from the recent cases in
// the app's data folder), import jobs, and the trusted export keys. Every file it reads or
// writes is one the user chose through `dialogs`; the renderer never names a path.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  Annotation,
  CaseInfo,
  CaseList,
  EventFilters,
  ExportRequest,
  ImportJob,
  SavedFile,
  TrustedKey,
} from '../../../shared/ipc/schemas/logs';
import type { UserFiles } from '../files/file-grants';
import type { FileDialogs } from '../file-dialogs';
import { failureToServiceError } from '../overview-service';
import type { ProviderClient } from '../provider-client';
import { readProvider } from '../provider-failure';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';
import { caseDir, listCases, newCaseId } from './case-library';
import { buildSummary, summaryMarkdown } from './case-summary';
import type { SessionOptions } from './duckdb-session';
import { createImportJobs, type TaskProgress } from './import-jobs';
import { createCase, openCase, type LogCase } from './log-case';
import {
  KeyError,
  openTrustedKeyStore,
  parseKeyFile,
  publicKeyDocumentSchema,
} from './trusted-keys';

export type LogReviewDeps = {
  readonly dataDir: string;
  readonly dialogs: FileDialogs;
  /** Logs imported by id (dropped, recent); logs imported kept in the recent list. */
  readonly files: UserFiles;
  readonly getClient: () => ProviderClient;
  readonly providerUrl: () => string;
  readonly now?: () => Date;
  readonly session?: SessionOptions;
  /** The running import's progress, for the taskbar or dock icon. */
  readonly onTaskProgress?: TaskProgress;
};

function logFilters() {
  return [
    {
      name: userText().dialogs.logExports,
      extensions: ['csv', 'json', 'jsonl', 'ndjson', 'txt', 'log'],
    },
    { name: userText().dialogs.allFiles, extensions: ['*'] },
  ];
}

function noCase(): ServiceError {
  return new ServiceError('conflict', userText().logs.noCase);
}

function failureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return userText().logs.importFailed(text.split('\n')[0] ?? text);
}

function safeFileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'case';
}

export type LogReviewService = ReturnType<typeof createLogReviewService>;

export function createLogReviewService(deps: LogReviewDeps) {
  const now = deps.now ?? (() => new Date());
  const jobs = createImportJobs(undefined, deps.onTaskProgress);
  const keys = openTrustedKeyStore(join(deps.dataDir, 'log-review', 'trusted-keys.json'), now);
  let current: LogCase | null = null;
  // Opening and closing are serialised so two quick clicks never open one database twice.
  let switching: Promise<unknown> = Promise.resolve();

  const open = (): LogCase => {
    if (current === null) throw noCase();
    return current;
  };
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = switching.then(work, work);
    switching = next.catch(() => undefined);
    return next;
  };
  const closeCurrent = async (): Promise<void> => {
    await jobs.cancelAll();
    await current?.close();
    current = null;
  };
  const requireNoImport = (): void => {
    if (jobs.running() !== undefined)
      throw new ServiceError('conflict', userText().logs.importRunning);
  };

  const keyError = (error: unknown): never => {
    if (error instanceof KeyError) throw new ServiceError('bad_request', error.message);
    throw error;
  };

  const saveTo = async (
    title: string,
    defaultName: string,
    extension: string,
    write: (path: string) => Promise<number>,
  ): Promise<SavedFile> => {
    const path = await deps.dialogs.chooseFileToSave({
      title,
      defaultName,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    if (path === null) return { status: 'cancelled' };
    const rows = await write(path);
    return { status: 'saved', fileName: basename(path), rows };
  };

  return {
    listCases: async (): Promise<CaseList> => ({
      cases: await listCases(deps.dataDir),
      openCaseId: current?.info().id ?? null,
    }),

    createCase: (name: string): Promise<CaseInfo> =>
      serialised(async () => {
        requireNoImport();
        await closeCurrent();
        current = await createCase(caseDir(deps.dataDir, newCaseId(now())), name, deps.session);
        return current.info();
      }),

    openCase: (id: string): Promise<CaseInfo> =>
      serialised(async () => {
        if (current?.info().id === id) return current.info();
        requireNoImport();
        const dir = caseDir(deps.dataDir, id);
        // Checked before closing the open case, so a bad id leaves it open.
        if (!existsSync(join(dir, 'case.json')))
          throw new ServiceError('not_found', userText().logs.noSuchCase);
        await closeCurrent();
        try {
          current = await openCase(dir, deps.session);
        } catch (error) {
          throw new ServiceError(
            'conflict',
            userText().logs.caseCannotOpen(error instanceof Error ? error.message : String(error)),
          );
        }
        return current.info();
      }),

    closeCase: (): Promise<null> =>
      serialised(async () => {
        await closeCurrent();
        return null;
      }),

    currentCase: (): CaseInfo | null => current?.info() ?? null,

    startImport: async (title: string, fileId?: string) => {
      const logCase = open();
      requireNoImport();
      const path =
        fileId === undefined
          ? await deps.dialogs.chooseFileToOpen({ title, filters: logFilters() })
          : deps.files.resolve(fileId, 'log');
      if (path === null) return { status: 'cancelled' as const };
      requireNoImport();
      deps.files.remember('log', path);
      const jobId = jobs.start(
        basename(path),
        (control) =>
          logCase.importFile(path, {
            signal: control.signal,
            onProgress: (p) => {
              control.progress(p.phase, p.percent);
            },
            onPreview: control.firstRowsVisible,
            trustedKeys: keys.verifying,
          }),
        failureMessage,
      );
      return { status: 'started' as const, jobId };
    },

    getImport: (jobId: string): ImportJob => {
      const job = jobs.get(jobId);
      if (job === undefined) throw new ServiceError('not_found', userText().logs.noSuchImport);
      return job;
    },

    cancelImport: (jobId: string): ImportJob => {
      const job = jobs.cancel(jobId);
      if (job === undefined) throw new ServiceError('not_found', userText().logs.noSuchImport);
      return job;
    },

    page: (...args: Parameters<LogCase['queries']['page']>) => open().queries.page(...args),
    facets: (filters: EventFilters) => open().queries.facets(filters),
    histogram: (filters: EventFilters, buckets: number) =>
      open().queries.histogram(filters, buckets),

    event: async (eventId: number) => {
      const record = await open().record(eventId);
      if (record === undefined) throw new ServiceError('not_found', userText().logs.noSuchEvent);
      return record;
    },

    rejects: (fileId: number, offset: number, limit: number) =>
      open().rejects(fileId, offset, limit),

    annotate: async (eventId: number, annotation: Annotation) => {
      const row = await open().annotate(eventId, annotation);
      if (row === undefined) throw new ServiceError('not_found', userText().logs.noSuchEvent);
      return row;
    },

    saveView: async (filters: EventFilters): Promise<null> => {
      await open().saveFilters(filters);
      return null;
    },

    exportEvents: (request: ExportRequest, title: string): Promise<SavedFile> => {
      const logCase = open();
      const filters = request.scope === 'flagged' ? { flaggedOnly: true } : request.filters;
      const stem = `${safeFileStem(logCase.info().name)}-${request.scope === 'flagged' ? 'flagged' : 'view'}`;
      return saveTo(title, `${stem}.${request.format}`, request.format, (path) =>
        logCase.exportEvents(filters, request.sort, request.format, path),
      );
    },

    exportSummary: (
      filters: EventFilters,
      format: 'json' | 'markdown',
      title: string,
    ): Promise<SavedFile> => {
      const logCase = open();
      const extension = format === 'json' ? 'json' : 'md';
      const stem = `${safeFileStem(logCase.info().name)}-summary`;
      return saveTo(title, `${stem}.${extension}`, extension, async (path) => {
        const [matching, annotated] = await Promise.all([
          logCase.queries.count(filters),
          logCase.queries.annotated(),
        ]);
        const summary = buildSummary(logCase.info(), filters, matching, annotated, now());
        await writeFile(
          path,
          format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : summaryMarkdown(summary),
          'utf8',
        );
        return annotated.length;
      });
    },

    listKeys: async (): Promise<{ keys: TrustedKey[] }> => ({ keys: await keys.list() }),

    /** Saves the connected provider's export-signing key, for checks made later offline. */
    trustProviderKey: async (): Promise<TrustedKey> => {
      const read = await readProvider(() => deps.getClient().GET('/v1/exports/public-key'));
      if (!read.ok) throw failureToServiceError(read.failure);
      const parsed = publicKeyDocumentSchema.safeParse(read.data);
      if (!parsed.success) throw new ServiceError('provider_error', userText().logs.unusableKey);
      return keys
        .add(parsed.data.publicKeyPem, parsed.data.keyId, 'provider', deps.providerUrl())
        .catch(keyError);
    },

    importKeyFile: async (title: string) => {
      const path = await deps.dialogs.chooseFileToOpen({
        title,
        filters: [
          { name: userText().dialogs.publicKeys, extensions: ['pem', 'pub', 'json', 'key'] },
        ],
      });
      if (path === null) return { status: 'cancelled' as const };
      const text = await readFile(path, 'utf8').catch(() => {
        throw new ServiceError('bad_request', userText().logs.keyFileUnreadable);
      });
      const parsed = (() => {
        try {
          return parseKeyFile(text.slice(0, 20_000));
        } catch (error) {
          return keyError(error);
        }
      })();
      const key = await keys
        .add(parsed.publicKeyPem, parsed.keyId, 'file', basename(path))
        .catch(keyError);
      return { status: 'added' as const, key };
    },

    removeKey: async (keyId: string) => {
      await keys.remove(keyId);
      return { keys: await keys.list() };
    },

    /** Checks a provider export's manifest again, with the keys trusted now. */
    verifyFile: async (fileId: number): Promise<CaseInfo> => {
      const logCase = open();
      const integrity = await logCase.reverify(fileId, await keys.verifying());
      if (integrity === null)
        throw new ServiceError('bad_request', userText().logs.notSignedExport);
      return logCase.info();
    },

    close: () => serialised(closeCurrent),
  };
}
