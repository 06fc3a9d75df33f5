import {
  accessEventCsvHeader,
  accessEventCsvRow,
  accessEventsToJsonl,
} from '../../../shared/domain/access/event-csv';
import type { EventExportFormat, EventFilter } from '../../../shared/ipc/schemas/access-events';
import type { ProviderClient } from '../provider-client';
import { writeTextFile } from '../text-file-writer';
import { eventPages, readEventSummary } from './event-query';
import type { ExportProgress } from './export-jobs';

/** Events per provider request while exporting; one page is the most the app holds at once. */
const exportPageSize = 2000;

/**
 * Writes the events matching `filter` (newest first, like the table) to `path` as JSON Lines or
 * neutralised CSV, page by page as the provider sends them. Returns how many were written.
 */
export async function exportEvents(
  client: ProviderClient,
  filter: EventFilter,
  format: EventExportFormat,
  path: string,
  progress: ExportProgress,
): Promise<number> {
  const { total } = await readEventSummary(client, filter);
  let written = 0;
  progress.report(written, total);
  async function* chunks(): AsyncGenerator<string> {
    if (format === 'csv') yield accessEventCsvHeader();
    for await (const items of eventPages(client, filter, exportPageSize)) {
      yield format === 'csv'
        ? items.map(accessEventCsvRow).join('')
        : [...accessEventsToJsonl(items)].join('');
      written += items.length;
      progress.report(written, Math.max(total, written));
    }
  }
  await writeTextFile(path, chunks());
  return written;
}
