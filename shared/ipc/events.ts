import type { z } from 'zod';
import { eventNames, type EventName } from './event-names';
import { filesDroppedEventSchema } from './schemas/files';
import { menuCommandEventSchema } from './schemas/menu';

/**
 * Every main → renderer event with the schema of its payload. Main validates before it
 * sends (electron/main/renderer-events.ts, the harness likewise) and the renderer validates
 * again on receipt (renderer/src/bridge.ts), so a payload never crosses unchecked.
 */
export const ipcEvents = {
  'menu:command': menuCommandEventSchema,
  'files:dropped': filesDroppedEventSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type IpcEvents = typeof ipcEvents;
export { eventNames, type EventName };
export type EventPayload<E extends EventName> = z.output<IpcEvents[E]>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const eventsMatchEventNames: Same<keyof IpcEvents, EventName> = true;
