/**
 * The events main sends to the renderer, apart from their zod schemas (events.ts) so the
 * preload bundles only the names. An event `area:noun` becomes
 * `window.pcc.area.onNoun(listener)`, which returns a function that unsubscribes.
 * events.ts checks this list against its own keys both ways.
 */
export const eventNames = ['menu:command', 'files:dropped'] as const;

export type EventName = (typeof eventNames)[number];
