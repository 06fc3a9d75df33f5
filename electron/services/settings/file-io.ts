import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';

/**
 * Writes so a reader (or the next start after a crash) sees the old file or the new one, never
 * half of either: a temp file beside the target, flushed, then renamed over it.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Plans and profiles are a few kilobytes; anything far larger is not one. */
export const maxUserFileBytes = 1024 * 1024;

/** The files people carry between the app and each other. */
export type UserFileKind = 'plan' | 'profile';

/** The kind's name in the user's language ("change plan"), for a sentence about the file. */
export function userFileNoun(kind: UserFileKind): string {
  const words = userText().files;
  return kind === 'plan' ? words.planNoun : words.profileNoun;
}

/** Reads a file the user chose, as text, with a message for the user when that is impossible. */
export async function readUserFile(path: string, kind: UserFileKind): Promise<string> {
  const words = userText().files;
  const noun = userFileNoun(kind);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ServiceError('bad_request', words.notAFile(noun));
    if (info.size > maxUserFileBytes) {
      throw new ServiceError('bad_request', words.tooLarge(Math.ceil(info.size / 1024), noun));
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('bad_request', words.unreadable(noun));
  }
}

/** Writes a file the user chose; a failure says so in words (never with the error's path). */
export async function writeUserFile(path: string, text: string, kind: UserFileKind): Promise<void> {
  try {
    await writeFileAtomically(path, text);
  } catch {
    throw new ServiceError(
      'internal',
      userText().files.notWritten(userFileNoun(kind), basename(path)),
    );
  }
}
