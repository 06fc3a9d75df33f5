import { z } from 'zod';

/** What "Export diagnostics" did: saved to the file the user chose, or cancelled. */
export const diagnosticsExportSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    /** The file's name only: the renderer never needs the folder. */
    fileName: z.string(),
    logFiles: z.number().int().nonnegative(),
    crashDumps: z.number().int().nonnegative(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type DiagnosticsExport = z.infer<typeof diagnosticsExportSchema>;
