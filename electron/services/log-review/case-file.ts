// case.json: the human-readable half of a review case (what was imported, with hashes; the
// saved view; every flag, tag and note). Notes live here as the source of truth and are
// mirrored into DuckDB on open so filters can join them.
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { annotationSchema, eventFiltersSchema } from './event-model';

export const caseFileEntrySchema = z.object({
  fileId: z.number().int().nonnegative(),
  name: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  format: z.string(),
  importedAt: z.string(),
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  integrity: z
    .object({ status: z.enum(['verified', 'tampered', 'unsigned']), detail: z.string() })
    .nullable(),
});
export type CaseFileEntry = z.infer<typeof caseFileEntrySchema>;

export const caseDocumentSchema = z.object({
  version: z.literal(1),
  name: z.string(),
  createdAt: z.string(),
  files: z.array(caseFileEntrySchema),
  filters: eventFiltersSchema,
  annotations: z.record(z.string().regex(/^\d+$/), annotationSchema),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export async function readCaseDocument(path: string): Promise<CaseDocument> {
  const parsed = caseDocumentSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`case.json is not a valid case file: ${parsed.error.message}`);
  return parsed.data;
}

/** Written to a temporary file and renamed, so a crash never leaves half a case.json. */
export async function writeCaseDocument(path: string, document: CaseDocument): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(document, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
