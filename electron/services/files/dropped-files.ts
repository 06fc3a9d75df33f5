import { basename, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { OfferedFile } from '../../../shared/ipc/schemas/files';
import type { FileGrants } from './file-grants';
import { openedFileKind } from './opened-file-kind';

/** What the preload sends: the absolute paths of the files dropped on the window. */
export const droppedPathsSchema = z
  .array(z.string().min(1).max(4096).refine(isAbsolute, 'must be an absolute path'))
  .min(1)
  .max(20);

/**
 * Turns dropped paths into files the renderer can open by id. A path that cannot be read
 * (a folder, a file gone since) is left out; null when nothing usable was dropped.
 */
export async function offerDroppedFiles(
  paths: unknown,
  grants: FileGrants,
): Promise<OfferedFile[] | null> {
  const parsed = droppedPathsSchema.safeParse(paths);
  if (!parsed.success) return null;
  const offered: OfferedFile[] = [];
  for (const path of parsed.data) {
    try {
      const kind = await openedFileKind(path);
      offered.push({ fileId: grants.grant(path), name: basename(path), kind });
    } catch {
      // Not a readable file (a folder dropped with the files, say): nothing to open.
    }
  }
  return offered.length === 0 ? null : offered;
}
