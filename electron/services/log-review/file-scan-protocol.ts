// The messages between file-scan.ts and its worker thread, checked on arrival like any other
// boundary.
import { z } from 'zod';
import type { CsvLineQuery } from './csv-record-lines';

export type ScanTask =
  | { readonly kind: 'hash'; readonly path: string }
  | {
      readonly kind: 'normalise';
      readonly path: string;
      readonly layout: 'json-array' | 'jsonl';
      readonly outPath: string;
    }
  | {
      readonly kind: 'csv-lines';
      readonly path: string;
      readonly query: CsvLineQuery & { readonly needLastRecord: boolean };
    };

const pairs = z.array(z.tuple([z.number(), z.number()]));

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), bytes: z.number().nonnegative() }),
  z.object({ type: z.literal('hashed'), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({
    type: z.literal('normalised'),
    records: z.number().int().nonnegative(),
    notAnArray: z.boolean(),
  }),
  z.object({
    type: z.literal('csv-lines'),
    offsetLines: pairs,
    ordinalLines: pairs,
    lastRecordLine: z.number().int().positive().nullable(),
  }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
