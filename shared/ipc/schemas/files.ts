import { z } from 'zod';

/**
 * A file the user handed the app outside a dialog (dropped on the window, or picked from the
 * recent list). The renderer gets an opaque id to open it with, never the path.
 */
export const fileIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'must be a file id the app gave out');

export const openedFileKindSchema = z.enum(['plan', 'log']);
export type OpenedFileKind = z.infer<typeof openedFileKindSchema>;

export const offeredFileSchema = z
  .object({
    fileId: fileIdSchema,
    name: z.string().min(1).max(1024),
    kind: openedFileKindSchema,
  })
  .strict();
export type OfferedFile = z.infer<typeof offeredFileSchema>;

/** Main → renderer: files were dropped on the window; the renderer opens each where it belongs. */
export const filesDroppedEventSchema = z
  .object({ files: z.array(offeredFileSchema).min(1).max(20) })
  .strict();
export type FilesDroppedEvent = z.infer<typeof filesDroppedEventSchema>;
