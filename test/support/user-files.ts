import type { RecentFileKind } from '../../shared/ipc/schemas/recent-files';
import { createFileGrants, type UserFiles } from '../../electron/services/files/file-grants';

/** UserFiles for feature tests: real grants with no recent list, and what was remembered. */
export function recordingUserFiles(): UserFiles & {
  readonly remembered: { kind: RecentFileKind; path: string }[];
  grant(path: string): string;
} {
  const grants = createFileGrants({ recent: { find: () => null } });
  const remembered: { kind: RecentFileKind; path: string }[] = [];
  return {
    remembered,
    grant: (path) => grants.grant(path),
    resolve: (fileId, kind) => grants.resolve(fileId, kind),
    remember: (kind, path) => {
      remembered.push({ kind, path });
    },
  };
}
