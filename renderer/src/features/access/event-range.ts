import type { EventFilter } from '../../../../shared/ipc/schemas/access-events';

export const rangePresets = ['all', '24h', '7d', '30d', '90d', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const presetMs: Readonly<Record<Exclude<RangePreset, 'all' | 'custom'>, number>> = {
  '24h': dayMs,
  '7d': 7 * dayMs,
  '30d': 30 * dayMs,
  '90d': 90 * dayMs,
};

type Range = Pick<EventFilter, 'from' | 'to'>;

/** The time part of a filter for a relative preset, counted back from `now`. */
export function presetRange(preset: RangePreset, now: Date): Range {
  if (preset === 'all' || preset === 'custom') return { from: undefined, to: undefined };
  return { from: new Date(now.getTime() - presetMs[preset]).toISOString(), to: undefined };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The filter's range as the inclusive UTC days a date input shows ('' where open). */
export function rangeDays(filter: Range): { fromDay: string; toDay: string } {
  const fromDay = filter.from === undefined ? '' : filter.from.slice(0, 10);
  const toDay =
    filter.to === undefined ? '' : new Date(Date.parse(filter.to) - 1).toISOString().slice(0, 10);
  return { fromDay, toDay };
}

/** Inclusive UTC days to a filter range; null when the end is before the start. */
export function daysRange(fromDay: string, toDay: string): Range | null {
  const from = isoDay.test(fromDay) ? Date.parse(`${fromDay}T00:00:00.000Z`) : Number.NaN;
  const toStart = isoDay.test(toDay) ? Date.parse(`${toDay}T00:00:00.000Z`) : Number.NaN;
  const range: Range = {
    from: Number.isNaN(from) ? undefined : new Date(from).toISOString(),
    to: Number.isNaN(toStart) ? undefined : new Date(toStart + dayMs).toISOString(),
  };
  if (range.from !== undefined && range.to !== undefined && range.from >= range.to) return null;
  return range;
}

/** Drops the fields that are not set, so the filter crosses the bridge as the user meant it. */
export function cleanFilter(filter: EventFilter): EventFilter {
  const { from, to, actor, actorKind, category, purpose, result } = filter;
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(actor === undefined || actor.trim() === '' ? {} : { actor: actor.trim() }),
    ...(actorKind === undefined ? {} : { actorKind }),
    ...(category === undefined ? {} : { category }),
    ...(purpose === undefined ? {} : { purpose }),
    ...(result === undefined ? {} : { result }),
  };
}
