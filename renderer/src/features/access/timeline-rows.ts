import {
  actorKinds,
  type ActorKind,
  type EventFilter,
  type EventSummary,
} from '../../../../shared/ipc/schemas/access-events';

export type TimelineRow = { readonly date: string; readonly total: number } & Readonly<
  Record<ActorKind, number>
>;

const dayMs = 86_400_000;
/** Longer ranges are shown as the days that have events, without the empty ones between. */
const maxFilledDays = 400;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const startOf = (iso: string) => Math.floor(Date.parse(iso) / dayMs) * dayMs;

function row(date: string, counts: Readonly<Record<ActorKind, number>> | undefined): TimelineRow {
  const values = Object.fromEntries(actorKinds.map((k) => [k, counts?.[k] ?? 0])) as Record<
    ActorKind,
    number
  >;
  const total = actorKinds.reduce((sum, k) => sum + values[k], 0);
  return { date, total, ...values };
}

/**
 * One bar per UTC day of the filter's range (or of the days with events when it is open),
 * days without events included as zero so gaps show as gaps.
 */
export function timelineRows(summary: EventSummary, filter: EventFilter): TimelineRow[] {
  const byDay = new Map(summary.days.map((d) => [d.date, d.counts]));
  const first = summary.days[0]?.date;
  const last = summary.days.at(-1)?.date;
  const start = filter.from !== undefined ? startOf(filter.from) : first && Date.parse(first);
  const end =
    filter.to !== undefined
      ? startOf(new Date(Date.parse(filter.to) - 1).toISOString())
      : last && Date.parse(last);
  if (typeof start !== 'number' || typeof end !== 'number' || end < start) {
    return summary.days.map((d) => row(d.date, d.counts));
  }
  if ((end - start) / dayMs > maxFilledDays) return summary.days.map((d) => row(d.date, d.counts));
  const rows: TimelineRow[] = [];
  for (let t = start; t <= end; t += dayMs) rows.push(row(dayOf(t), byDay.get(dayOf(t))));
  return rows;
}
