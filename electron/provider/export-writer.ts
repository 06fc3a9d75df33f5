import { createHash } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCsvRow } from '../../shared/domain/csv-cell';
import { fsyncDirectory } from './atomic-file';
import type { EventStore } from './event-store';
import type { AccessEvent } from './types';

export type ExportFormat = 'jsonl' | 'csv';

/** The document's CSV columns: the AccessEvent fields with `location` flattened. */
export const CSV_COLUMNS = [
  'id',
  'time',
  'actor',
  'actorKind',
  'category',
  'resource',
  'operation',
  'purpose',
  'justification',
  'ticket',
  'accessRequestId',
  'locationCountryCode',
  'locationCity',
  'ip',
  'result',
] as const;

const csvRow = (e: AccessEvent): string =>
  formatCsvRow([
    e.id,
    e.time,
    e.actor,
    e.actorKind,
    e.category,
    e.resource,
    e.operation,
    e.purpose,
    e.justification,
    e.ticket,
    e.accessRequestId,
    e.location.countryCode,
    e.location.city,
    e.ip,
    e.result,
  ]);

const CHUNK_BYTES = 256 * 1024;
const NEWLINE = Buffer.from('\n');

/**
 * Streams the events of [from, to) oldest first into `<dir>/<fileName>`, hashing the exact bytes
 * written. Written to a temp name, fsync'd, then renamed, so a file under its final name is
 * always complete and matches the sha256 that goes into the signed manifest.
 */
export async function writeExportFile(options: {
  dir: string;
  fileName: string;
  format: ExportFormat;
  events: EventStore;
  from: number;
  to: number;
}): Promise<{ sha256: string; eventCount: number }> {
  const { dir, fileName, format, events } = options;
  const temp = join(dir, `.${fileName}.partial`);
  const hash = createHash('sha256');
  const handle = await open(temp, 'w', 0o600);
  let eventCount = 0;
  try {
    let parts: Buffer[] = format === 'csv' ? [Buffer.from(formatCsvRow(CSV_COLUMNS))] : [];
    let pending = 0;
    const flush = async () => {
      const bytes = Buffer.concat(parts);
      hash.update(bytes);
      await handle.write(bytes);
      parts = [];
      pending = 0;
    };
    for (const i of events.ascending({ from: options.from, to: options.to })) {
      if (format === 'jsonl') {
        // A view into the store; stays valid (append-only) even if the store grows meanwhile.
        const bytes = events.bytesAt(i);
        parts.push(bytes, NEWLINE);
        pending += bytes.length + 1;
      } else {
        const event = events.at(i);
        if (event === undefined) continue;
        const bytes = Buffer.from(csvRow(event), 'utf8');
        parts.push(bytes);
        pending += bytes.length;
      }
      eventCount += 1;
      if (pending >= CHUNK_BYTES) await flush();
    }
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(dir, fileName));
  fsyncDirectory(dir);
  return { sha256: hash.digest('hex'), eventCount };
}
