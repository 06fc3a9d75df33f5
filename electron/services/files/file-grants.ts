import { randomBytes } from 'node:crypto';
import type { RecentFileKind } from '../../../shared/ipc/schemas/recent-files';
import type { StoredRecentFile } from '../recent-files/recent-files-store';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';

/** Dropped files stay openable for the session; a long session does not grow without end. */
const maxGranted = 200;

export interface FileGrants {
  /** Hands out an id for a path the user gave the app (by dropping it on the window). */
  grant(path: string): string;
  /** The path behind an id from `grant` or from the recent files list, for the kind asked. */
  resolve(fileId: string, kind: RecentFileKind): string;
}

export interface FileGrantDeps {
  readonly recent: { find(id: string): StoredRecentFile | null };
  readonly newId?: () => string;
}

/**
 * The one place a renderer-supplied id becomes a path: only paths the user chose (a drop,
 * or a file opened before and kept in the recent list) are behind an id, so a page that
 * misbehaves can still name no other file.
 */
export function createFileGrants(deps: FileGrantDeps): FileGrants {
  const granted = new Map<string, string>();
  const newId = deps.newId ?? (() => randomBytes(8).toString('hex'));
  return {
    grant(path) {
      const id = newId();
      granted.set(id, path);
      if (granted.size > maxGranted) {
        const oldest = granted.keys().next();
        if (oldest.done !== true) granted.delete(oldest.value);
      }
      return id;
    },
    resolve(fileId, kind) {
      const dropped = granted.get(fileId);
      if (dropped !== undefined) return dropped;
      const recent = deps.recent.find(fileId);
      if (recent?.kind === kind) return recent.path;
      throw new ServiceError('not_found', userText().files.noLongerOffered);
    },
  };
}

/** What a feature needs to open a file by id and to keep a file it opened in the recent list. */
export interface UserFiles {
  resolve(fileId: string, kind: RecentFileKind): string;
  /** Called once a file was opened well, so it shows in the recent list (the app's and the OS's). */
  remember(kind: RecentFileKind, path: string): void;
}
