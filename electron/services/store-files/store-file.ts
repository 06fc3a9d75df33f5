import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** What a store's JSON file held when the app opened it. */
export type StoreFileContent =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'not-json' };

/**
 * Reads a store file before `conf` / electron-store opens it: both throw on a file that is not
 * JSON (with `clearInvalidConfig: false`, which we keep so nothing is silently wiped), and a
 * throw there would stop the app at start-up.
 */
export function readStoreFile(file: string): StoreFileContent {
  if (!existsSync(file)) return { kind: 'none' };
  try {
    return { kind: 'json', value: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch {
    return { kind: 'not-json' };
  }
}

/**
 * Moves an unusable store file aside (never deletes it: the user or support may want it back)
 * and returns its new name, `<name>.corrupt-<time>.json` in the same folder.
 */
export function moveStoreFileAside(directory: string, name: string, at: Date): string {
  // Colons are not allowed in Windows file names.
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const aside = `${name}.corrupt-${stamp}.json`;
  renameSync(join(directory, `${name}.json`), join(directory, aside));
  return aside;
}
