import type { SSEStreamingApi } from 'hono/streaming';
import { ipcEvents, type EventName, type EventPayload } from '../../shared/ipc/events';

/**
 * The harness's main → renderer events: what `webContents.send` is in the app, as
 * Server-Sent Events to every open page. Payloads are validated like main validates them.
 */
export interface HarnessEvents {
  /** Sends a contract event to every connected page (a test's "the user chose a menu item"). */
  send<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Pages listening now. */
  readonly connected: number;
  /** Resolves once at least `count` pages listen (a page subscribes as it boots). */
  waitForConnected(count?: number, timeoutMs?: number): Promise<void>;
}

export interface HarnessEventHub extends HarnessEvents {
  /** Keeps the stream until the page goes away; resolves then. */
  attach(stream: SSEStreamingApi): Promise<void>;
  /**
   * Tells every page to stop listening, then ends the streams cleanly, so pages that are
   * still open when the harness stops neither log a broken stream nor try to reconnect.
   */
  closeAll(): Promise<void>;
}

/** Not a contract event: the harness's own "stop listening" (see pcc-bridge.ts). */
export const harnessCloseEvent = 'harness:close';

export function createHarnessEventHub(): HarnessEventHub {
  const streams = new Set<SSEStreamingApi>();
  const waiters = new Set<() => void>();

  return {
    get connected() {
      return streams.size;
    },
    attach: (stream) =>
      new Promise<void>((resolve) => {
        streams.add(stream);
        stream.onAbort(() => {
          streams.delete(stream);
          resolve();
        });
        for (const wake of waiters) wake();
      }),
    closeAll: async () => {
      const open = [...streams];
      await Promise.all(
        open.map(async (stream) => {
          await stream.writeSSE({ event: harnessCloseEvent, data: '{}' });
          await stream.close();
        }),
      );
    },
    send: async (event, payload) => {
      const data = JSON.stringify(ipcEvents[event].parse(payload));
      await Promise.all([...streams].map((stream) => stream.writeSSE({ event, data })));
    },
    waitForConnected: (count = 1, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (streams.size >= count) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No ${count} page(s) listened for events within ${timeoutMs} ms.`));
        }, timeoutMs);
        const check = () => {
          if (streams.size < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      }),
  };
}
