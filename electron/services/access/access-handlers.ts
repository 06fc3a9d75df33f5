import { basename } from 'node:path';
import type { AlertsReport } from '../../../shared/ipc/schemas/access-alerts';
import { transparencyReportSchema } from '../../../shared/ipc/schemas/access-requests';
import type { FileDialogs } from '../file-dialogs';
import type { ChannelHandlers } from '../ipc-registry';
import { fetchChecked } from '../provider-call';
import type { ProviderClient } from '../provider-client';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';
import { scanAlerts } from './alerts-scan';
import { exportEvents } from './event-export';
import { readEventPage, readEventSummary } from './event-query';
import { createExportJobs } from './export-jobs';
import { decideRequest, listRequests } from './requests-service';

export interface AccessHandlerDeps {
  readonly getClient: () => ProviderClient;
  readonly dialogs: FileDialogs;
  readonly now?: () => Date;
  /** Where an unexpected failure inside a background export goes (main logs it). */
  readonly onUnexpected?: (error: unknown) => void;
}

type AccessChannels = Extract<keyof ChannelHandlers, `access:${string}`>;

const exportFilters = {
  csv: { name: 'CSV', extensions: ['csv'] },
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] },
} as const;

/** The access channels: events, their timeline, alerts, exports, requests and legal demands. */
export function createAccessHandlers(
  deps: AccessHandlerDeps,
): Pick<ChannelHandlers, AccessChannels> {
  const now = deps.now ?? (() => new Date());
  const jobs = createExportJobs(deps.onUnexpected);
  // The overview and the access view may ask at the same moment: one scan answers both.
  let scanning: Promise<AlertsReport> | null = null;

  return {
    'access:list-events': ({ filter, cursor, limit }) =>
      readEventPage(deps.getClient(), filter, cursor, limit),
    'access:get-summary': ({ filter }) => readEventSummary(deps.getClient(), filter),
    'access:list-alerts': () => {
      scanning ??= scanAlerts(deps.getClient(), now()).finally(() => {
        scanning = null;
      });
      return scanning;
    },
    'access:export-events': async ({ filter, format }) => {
      const path = await deps.dialogs.chooseFileToSave({
        title: userText().dialogs.exportAccessEvents,
        defaultName: `access-events-${now().toISOString().slice(0, 10)}.${format}`,
        filters: [exportFilters[format]],
      });
      if (path === null) return { status: 'cancelled' };
      const client = deps.getClient();
      const fileName = basename(path);
      const jobId = jobs.start(fileName, (progress) =>
        exportEvents(client, filter, format, path, progress),
      );
      return { status: 'started', jobId, fileName };
    },
    'access:get-export-status': ({ jobId }) => {
      const status = jobs.status(jobId);
      return status === undefined
        ? Promise.reject(new ServiceError('not_found', userText().access.noSuchExport))
        : Promise.resolve(status);
    },
    'access:list-requests': () => listRequests(deps.getClient(), now()),
    'access:decide-request': ({ id, decision, reason }) =>
      decideRequest(deps.getClient(), id, decision, reason),
    'access:get-transparency-report': () => {
      const client = deps.getClient();
      return fetchChecked(
        () => client.GET('/v1/transparency-report'),
        transparencyReportSchema,
        'a transparency report',
      );
    },
  };
}
