// case.json: the human-readable half of a review case (what was imported, with hashes and
// the integrity check; the saved view; every flag, tag and note). It is the source of truth
// for the notes, mirrored into DuckDB so filters can use them; a revision number tells on
// open whether the mirror is current, so reopening a case never reloads what is there.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  annotationSchema,
  caseFileSchema,
  eventFiltersSchema,
  type CaseFile,
} from '../../../shared/ipc/schemas/logs';
import { writeTextAtomic } from './atomic-text';

export const storedFileSchema = caseFileSchema.extend({
  /** The signed manifest found beside a provider export, kept to re-check it offline later. */
  manifest: z.unknown().optional(),
  /**
   * The names of the cells an audit-log CSV keeps beside AuditData, whose values its table
   * stores as a JSON array (format-plans.ts). Absent for other formats, and for files imported
   * before the array form, whose table holds the object itself.
   */
  otherCells: z.array(z.string()).optional(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

/** What the renderer sees of a stored file (the manifest stays in main). */
export function publicFile(file: StoredFile): CaseFile {
  return caseFileSchema.parse(file);
}

export const caseDocumentSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
  lastOpenedAt: z.string(),
  files: z.array(storedFileSchema),
  filters: eventFiltersSchema,
  annotations: z.record(z.string().regex(/^\d+$/), annotationSchema),
  annotationsRevision: z.number().int().nonnegative(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export class CaseFileError extends Error {
  override readonly name = 'CaseFileError';
}

export async function readCaseDocument(path: string): Promise<CaseDocument> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new CaseFileError(
      `case.json cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = caseDocumentSchema.safeParse(json);
  if (!parsed.success)
    throw new CaseFileError(`case.json is not a valid case file: ${parsed.error.message}`);
  return parsed.data;
}

/** Written to a temporary file and renamed, so a crash never leaves half a case.json. */
export async function writeCaseDocument(path: string, document: CaseDocument): Promise<void> {
  await writeTextAtomic(path, `${JSON.stringify(document, null, 2)}\n`);
}
