import { weightedPicker, type Random } from './prng';
import type { Place } from './people';
import type { DemoAccessEvent } from './types';

/** An access event before it gets its place in the timeline (id and ISO time). */
export type EventDraft = Omit<DemoAccessEvent, 'id' | 'time'> & { readonly timeMs: number };

export function ipIn(rng: Random, prefix: string): string {
  return `${prefix}.${String(rng.int(0, 255))}.${String(rng.int(1, 254))}`;
}

/** A picker over places by their weight. */
export function placePicker(places: readonly Place[]): (rng: Random) => Place {
  return weightedPicker(places.map((p) => [p, p.weight] as const));
}
