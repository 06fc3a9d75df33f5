import { z } from 'zod';

export const recentFileKindSchema = z.enum(['log', 'plan']);
export type RecentFileKind = z.infer<typeof recentFileKindSchema>;

/**
 * A file the user opened before, as the renderer sees it: to open it again a channel takes
 * the `id`, never a path, so the renderer still names no file itself.
 */
export const recentFileSchema = z.object({
  id: z.string(),
  kind: recentFileKindSchema,
  name: z.string(),
  folder: z.string(),
  openedAt: z.string(),
  /** False when the file has since been moved or deleted. */
  available: z.boolean(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const recentFilesSchema = z.object({ entries: z.array(recentFileSchema) });
export type RecentFiles = z.infer<typeof recentFilesSchema>;
