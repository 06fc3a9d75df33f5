import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { EventExportFormat, EventFilter } from '../../../../shared/ipc/schemas/access-events';

export type EventExport =
  | { readonly status: 'idle' }
  | { readonly status: 'choosing'; readonly format: EventExportFormat }
  | {
      readonly status: 'running';
      readonly format: EventExportFormat;
      readonly fileName: string;
      readonly written: number;
      readonly total: number | null;
    }
  | {
      readonly status: 'done';
      readonly format: EventExportFormat;
      readonly fileName: string;
      readonly written: number;
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: IpcError };

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Starts an export in main (which asks the user for the file) and polls its status until it
 * is done or failed: the IPC contract is request/response only, so a long job is polled.
 */
export function createEventExporter(
  bridge: Pick<PccBridge, 'access'>,
  publish: (state: EventExport) => void,
  pollMs = 250,
) {
  return {
    async start(filter: EventFilter, format: EventExportFormat): Promise<void> {
      publish({ status: 'choosing', format });
      const started = await bridge.access.exportEvents({ filter, format });
      if (!started.ok) {
        publish({ status: 'failed', error: started.error });
        return;
      }
      if (started.value.status === 'cancelled') {
        publish({ status: 'cancelled' });
        return;
      }
      const { jobId, fileName } = started.value;
      publish({ status: 'running', format, fileName, written: 0, total: null });
      for (;;) {
        const result = await bridge.access.getExportStatus({ jobId });
        if (!result.ok) {
          publish({ status: 'failed', error: result.error });
          return;
        }
        const job = result.value;
        switch (job.state) {
          case 'running':
            publish({
              status: 'running',
              format,
              fileName,
              written: job.written,
              total: job.total,
            });
            await wait(pollMs);
            break;
          case 'done':
            publish({ status: 'done', format, fileName, written: job.written });
            return;
          case 'failed':
            publish({ status: 'failed', error: { code: 'file_error', message: job.message } });
            return;
        }
      }
    },
  };
}
