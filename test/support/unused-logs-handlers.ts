// Log-review handlers for tests about other channels: every one fails if called.
import { logsChannelNames } from '../../shared/ipc/logs-channel-names';
import type { LogReviewHandlers } from '../../electron/services/log-review/log-review-handlers';

export function unusedLogsHandlers(): LogReviewHandlers {
  const notUsed = () => Promise.reject(new Error('log review not used in this test'));
  return Object.fromEntries(
    logsChannelNames.map((name) => [name, notUsed]),
  ) as unknown as LogReviewHandlers;
}
