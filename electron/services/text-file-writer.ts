import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ServiceError } from './service-error';
import { userText } from './user-text/user-text';

function describeFsError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const words = userText().files;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return words.noPermission;
    case 'ENOENT':
      return words.noFolder;
    case 'ENOSPC':
      return words.diskFull;
    case 'EROFS':
      return words.readOnly;
    default:
      return words.writeFailed;
  }
}

/**
 * Writes text chunks to the file the user chose as they are produced (pipeline() waits for the
 * disk before pulling the next chunk, so a large export never sits in memory). The text goes to
 * a hidden `.partial` file beside the target and is renamed only when complete, so a failed or
 * interrupted export never leaves a truncated file under the name the user picked.
 */
export async function writeTextFile(
  path: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.partial`);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(partial, { encoding: 'utf8' }));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof ServiceError) throw error;
    throw new ServiceError(
      'file_error',
      userText().files.notSaved(basename(path), describeFsError(error)),
    );
  }
}
