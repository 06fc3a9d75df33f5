import type { WebContents } from 'electron';
import { ipcEvents, type EventName, type EventPayload } from '../../shared/ipc/events';

/**
 * The only way main talks to a page unasked: a contract event, its payload validated
 * against the event's schema before it is sent (the page checks it again on receipt).
 */
export function sendRendererEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayload<E>,
): void {
  if (contents.isDestroyed()) return;
  contents.send(event, ipcEvents[event].parse(payload));
}
