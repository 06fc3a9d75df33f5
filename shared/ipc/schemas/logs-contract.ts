// The log review's part of the IPC contract (spread into contract.ts).
import { z } from 'zod';
import { fileIdSchema } from './files';
import { channel } from '../channel';
import {
  addedKeySchema,
  annotationSchema,
  caseIdSchema,
  caseInfoSchema,
  caseListSchema,
  eventFiltersSchema,
  eventIdSchema,
  eventPageSchema,
  eventRecordSchema,
  eventRowSchema,
  exportRequestSchema,
  facetsSchema,
  histogramSchema,
  importJobSchema,
  pageRequestSchema,
  rejectPageSchema,
  savedFileSchema,
  startImportSchema,
  trustedKeySchema,
  trustedKeysSchema,
} from './logs';

const none = z.undefined();
/** The title of the file dialog main opens, in the user's language. */
const dialogTitle = z.string().trim().min(1).max(200);
const jobId = z.object({ jobId: z.uuid() }).strict();
const fileId = z.number().int().positive().max(2_000_000);

export const logsContract = {
  'logs:list-cases': channel(none, caseListSchema),
  'logs:create-case': channel(
    z.object({ name: z.string().trim().min(1).max(200) }).strict(),
    caseInfoSchema,
  ),
  'logs:open-case': channel(z.object({ caseId: caseIdSchema }).strict(), caseInfoSchema),
  'logs:close-case': channel(none, z.null()),
  'logs:get-case': channel(none, caseInfoSchema.nullable()),
  // With a fileId (a dropped or recent file) the file is imported without a dialog.
  'logs:start-import': channel(
    z.object({ title: dialogTitle, fileId: fileIdSchema.optional() }).strict(),
    startImportSchema,
  ),
  'logs:get-import': channel(jobId, importJobSchema),
  'logs:cancel-import': channel(jobId, importJobSchema),
  'logs:query-events': channel(pageRequestSchema, eventPageSchema),
  'logs:get-facets': channel(z.object({ filters: eventFiltersSchema }).strict(), facetsSchema),
  'logs:get-histogram': channel(
    z.object({ filters: eventFiltersSchema, buckets: z.number().int().min(1).max(500) }).strict(),
    histogramSchema,
  ),
  'logs:get-event': channel(z.object({ eventId: eventIdSchema }).strict(), eventRecordSchema),
  'logs:list-rejects': channel(
    z
      .object({
        fileId,
        offset: z.number().int().nonnegative().max(100_000_000),
        limit: z.number().int().positive().max(500),
      })
      .strict(),
    rejectPageSchema,
  ),
  'logs:annotate-event': channel(
    z.object({ eventId: eventIdSchema, annotation: annotationSchema }).strict(),
    eventRowSchema,
  ),
  'logs:save-view': channel(z.object({ filters: eventFiltersSchema }).strict(), z.null()),
  'logs:export-events': channel(
    exportRequestSchema.extend({ title: dialogTitle }).strict(),
    savedFileSchema,
  ),
  'logs:export-summary': channel(
    z
      .object({
        filters: eventFiltersSchema,
        format: z.enum(['json', 'markdown']),
        title: dialogTitle,
      })
      .strict(),
    savedFileSchema,
  ),
  'logs:list-keys': channel(none, trustedKeysSchema),
  'logs:trust-provider-key': channel(none, trustedKeySchema),
  'logs:import-key': channel(z.object({ title: dialogTitle }).strict(), addedKeySchema),
  'logs:remove-key': channel(
    z.object({ keyId: z.string().min(1).max(200) }).strict(),
    trustedKeysSchema,
  ),
  'logs:verify-file': channel(z.object({ fileId }).strict(), caseInfoSchema),
} as const;
