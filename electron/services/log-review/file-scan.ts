// Runs byte-level file work (hashing, JSON normalising, CSV line counting) in a worker thread,
// one worker per task, so the main process's event loop stays free while a gigabyte is read.
// From source (tests, the harness) the worker is the .ts file loaded through tsx; in the
// built app it is dist/electron/file-scan-worker.js next to the bundled main process.
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { CsvLineAnswer, CsvLineQuery } from './csv-record-lines';
import { workerMessageSchema, type ScanTask, type WorkerMessage } from './file-scan-protocol';
import { runScanTask } from './file-scan-tasks';

export type ScanOptions = {
  readonly signal?: AbortSignal;
  /** Files smaller than this are scanned inline (starting a worker costs more). */
  readonly inlineBelowBytes?: number;
  /** Bytes read so far, every 16 MB. */
  readonly onProgress?: (bytes: number) => void;
};

export class ScanCancelledError extends Error {
  override readonly name = 'ScanCancelledError';
  constructor() {
    super('The file scan was cancelled.');
  }
}

function workerEntry(): { readonly url: URL; readonly execArgv?: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts'))
    return { url: new URL('./file-scan-worker.ts', here), execArgv: ['--import', 'tsx'] };
  return { url: new URL('./file-scan-worker.js', here) };
}

/** Below this a scan takes milliseconds: done inline, it never stalls the event loop. */
export const INLINE_SCAN_BYTES = 4 * 1024 * 1024;

async function runTask(task: ScanTask, options: ScanOptions = {}): Promise<WorkerMessage> {
  if (options.signal?.aborted === true) throw new ScanCancelledError();
  const size = await stat(task.path).then(
    (s) => s.size,
    () => Number.MAX_SAFE_INTEGER,
  );
  if (size < (options.inlineBelowBytes ?? INLINE_SCAN_BYTES)) {
    const message = await runScanTask(task, (m) => {
      if (m.type === 'progress') options.onProgress?.(m.bytes);
    });
    if (message.type === 'error') throw new Error(message.message);
    return message;
  }
  return runInWorker(task, options);
}

function runInWorker(task: ScanTask, options: ScanOptions): Promise<WorkerMessage> {
  const { signal } = options;
  const entry = workerEntry();
  const worker = new Worker(entry.url, {
    workerData: task,
    ...(entry.execArgv === undefined ? {} : { execArgv: entry.execArgv }),
  });
  return new Promise<WorkerMessage>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      action();
      void worker.terminate();
    };
    const onAbort = (): void => {
      settle(() => {
        reject(new ScanCancelledError());
      });
    };
    signal?.addEventListener('abort', onAbort);
    worker.on('message', (raw: unknown) => {
      const parsed = workerMessageSchema.safeParse(raw);
      if (!parsed.success) {
        settle(() => {
          reject(new Error('The file-scan worker sent a malformed message.'));
        });
        return;
      }
      const message = parsed.data;
      if (message.type === 'progress') options.onProgress?.(message.bytes);
      else if (message.type === 'error')
        settle(() => {
          reject(new Error(message.message));
        });
      else
        settle(() => {
          resolve(message);
        });
    });
    worker.on('error', (error: unknown) => {
      settle(() => {
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
    worker.on('exit', (code) => {
      settle(() => {
        reject(new Error(`The file-scan worker stopped (exit code ${code}).`));
      });
    });
  });
}

function expect<T extends WorkerMessage['type']>(
  message: WorkerMessage,
  type: T,
): Extract<WorkerMessage, { type: T }> {
  if (message.type !== type) throw new Error(`The file-scan worker answered ${message.type}.`);
  return message as Extract<WorkerMessage, { type: T }>;
}

/** Hex SHA-256 of a file, computed off the main thread. */
export async function hashFile(path: string, options?: ScanOptions): Promise<string> {
  return expect(await runTask({ kind: 'hash', path }, options), 'hashed').sha256;
}

/** Writes the numbered-lines copy of a JSON export (see json-normaliser.ts). */
export async function normaliseJson(
  path: string,
  layout: 'json-array' | 'jsonl',
  outPath: string,
  options?: ScanOptions,
): Promise<{ records: number; notAnArray: boolean }> {
  const message = expect(
    await runTask({ kind: 'normalise', path, layout, outPath }, options),
    'normalised',
  );
  return { records: message.records, notAnArray: message.notAnArray };
}

/** Physical line numbers of CSV records (see csv-record-lines.ts). */
export async function csvRecordLines(
  path: string,
  query: CsvLineQuery & { readonly needLastRecord: boolean },
  options?: ScanOptions,
): Promise<CsvLineAnswer> {
  const message = expect(await runTask({ kind: 'csv-lines', path, query }, options), 'csv-lines');
  return {
    offsetLines: new Map(message.offsetLines),
    ordinalLines: new Map(message.ordinalLines),
    lastRecordLine: message.lastRecordLine,
  };
}
