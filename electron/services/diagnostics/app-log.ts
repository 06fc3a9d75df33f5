import { join } from 'node:path';
import log from 'electron-log/node';
import type { LogFunctions } from 'electron-log';
import { redactLogData } from './redact';

export interface AppLog {
  readonly logger: LogFunctions;
  /** The current log file (electron-log rotates it to main.old.log past maxLogFileBytes). */
  readonly file: string;
  readonly dir: string;
}

export interface AppLogOptions {
  /** userData/logs in the app. */
  readonly dir: string;
  /** Echo to the terminal too (development runs); off in packaged builds. */
  readonly echo: boolean;
  /** electron-log keeps one logger per id; tests use their own. */
  readonly logId?: string;
}

export const maxLogFileBytes = 5 * 1024 * 1024;

/**
 * The app's local log, written by electron-log's Node entry: unlike electron-log/main it
 * registers no IPC listener, so the registry stays the only way in from a page. Every call's
 * arguments pass through the redaction hook before any transport sees them, so tokens and
 * personal data never reach the file or the terminal.
 */
export function createAppLog(options: AppLogOptions): AppLog {
  const logger = log.create({ logId: options.logId ?? 'privacy-control-center' });
  const file = join(options.dir, 'main.log');
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = maxLogFileBytes;
  logger.transports.console.level = options.echo ? 'silly' : false;
  logger.hooks.push((message) => ({ ...message, data: redactLogData(message.data) }));
  return { logger: logger.functions, file, dir: options.dir };
}
