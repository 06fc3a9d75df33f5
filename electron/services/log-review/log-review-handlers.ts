// The log review's IPC handlers: thin adapters from validated requests to the service.
import type { ChannelName } from '../../../shared/ipc/contract';
import type { logsChannelNames } from '../../../shared/ipc/logs-channel-names';
import type { ChannelHandlers } from '../ipc-registry';
import { createLogReviewService, type LogReviewDeps } from './log-review-service';

type LogsChannel = Extract<ChannelName, (typeof logsChannelNames)[number]>;
export type LogReviewHandlers = Pick<ChannelHandlers, LogsChannel>;

export function createLogReviewHandlers(deps: LogReviewDeps): LogReviewHandlers {
  const service = createLogReviewService(deps);
  return {
    'logs:list-cases': () => service.listCases(),
    'logs:create-case': ({ name }) => service.createCase(name),
    'logs:open-case': ({ caseId }) => service.openCase(caseId),
    'logs:close-case': () => service.closeCase(),
    'logs:get-case': () => Promise.resolve(service.currentCase()),
    'logs:start-import': ({ title, fileId }) => service.startImport(title, fileId),
    'logs:get-import': ({ jobId }) => Promise.resolve(service.getImport(jobId)),
    'logs:cancel-import': ({ jobId }) => Promise.resolve(service.cancelImport(jobId)),
    'logs:query-events': (request) => service.page(request),
    'logs:get-facets': async ({ filters }) => ({ facets: await service.facets(filters) }),
    'logs:get-histogram': async ({ filters, buckets }) => ({
      buckets: await service.histogram(filters, buckets),
    }),
    'logs:get-event': ({ eventId }) => service.event(eventId),
    'logs:list-rejects': ({ fileId, offset, limit }) => service.rejects(fileId, offset, limit),
    'logs:annotate-event': ({ eventId, annotation }) => service.annotate(eventId, annotation),
    'logs:save-view': ({ filters }) => service.saveView(filters),
    'logs:export-events': ({ title, ...request }) => service.exportEvents(request, title),
    'logs:export-summary': ({ filters, format, title }) =>
      service.exportSummary(filters, format, title),
    'logs:list-keys': () => service.listKeys(),
    'logs:trust-provider-key': () => service.trustProviderKey(),
    'logs:import-key': ({ title }) => service.importKeyFile(title),
    'logs:remove-key': ({ keyId }) => service.removeKey(keyId),
    'logs:verify-file': ({ fileId }) => service.verifyFile(fileId),
  };
}
