import { ByteArena } from './byte-arena';
import { Column, Dictionary, zeroCounts } from './event-columns';
import { accessEventJson } from './event-json';
import type { AccessEvent, ActorKind, ActorKindCounts } from './types';

export type EventFilter = {
  readonly from?: number;
  readonly to?: number;
  readonly actor?: string;
  readonly actorKind?: ActorKind;
  readonly category?: string;
  readonly purpose?: string;
  readonly result?: string;
};

/** Matching indices, newest first, and the exclusive bound the next page starts below. */
export type EventPage = { readonly indices: readonly number[]; readonly next: number | null };

type CompiledFilter = { from: number; to: number; codes: [Column, number][] };

const FIELDS = ['actor', 'actorKind', 'category', 'purpose', 'result'] as const;

/**
 * Access events in arrival order: index i is sequence number i + 1 and never changes, because
 * events are only ever appended. "Newest first" paging walks indices downwards from an exclusive
 * bound carried in the cursor, so events that arrive while a client pages (higher indices) can
 * neither shift nor repeat what it has still to read.
 *
 * Each event is serialised once into a ByteArena; filters run on typed-array columns (time and
 * interned codes), so the 200k demo events cost little heap and a page is a byte copy. The demo
 * events come sorted by time, so a time range is found there by binary search.
 */
export class EventStore {
  private readonly arena: ByteArena;
  private times: Float64Array;
  private readonly dictionaries = new Map<string, Dictionary>(
    FIELDS.map((f) => [f, new Dictionary()]),
  );
  private readonly columns: Map<string, Column>;
  private readonly sortedPrefix: number;

  constructor(initial: readonly AccessEvent[]) {
    const capacity = initial.length + 1024;
    // ~400 bytes of JSON per demo event; the arena doubles if that is short.
    this.arena = new ByteArena(capacity * 420, capacity);
    this.times = new Float64Array(capacity);
    this.columns = new Map(FIELDS.map((f) => [f, new Column(capacity)]));
    const sorted = initial.every((e, i) => i === 0 || (initial[i - 1]?.time ?? '') <= e.time)
      ? initial
      : [...initial].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    for (const event of sorted) this.append(event);
    this.sortedPrefix = this.size;
  }

  get size(): number {
    return this.arena.size;
  }

  append(event: AccessEvent): void {
    const index = this.size;
    if (index === this.times.length) {
      const grown = new Float64Array(index * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[index] = Date.parse(event.time);
    for (const field of FIELDS) {
      const value = event[field];
      this.column(field).push(index, this.dictionary(field).code(value));
    }
    this.arena.push(accessEventJson(event));
  }

  /** The event at `index`, rebuilt from its stored JSON. */
  at(index: number): AccessEvent | undefined {
    return index >= 0 && index < this.size
      ? (JSON.parse(this.arena.text(index)) as AccessEvent)
      : undefined;
  }

  /** The event's JSON bytes (a view: copy before the next append if kept). */
  bytesAt(index: number): Buffer {
    return this.arena.view(index);
  }

  /** Events from `index` on, e.g. the ones appended after the demo (for snapshots). */
  from(index: number): AccessEvent[] {
    const out: AccessEvent[] = [];
    for (let i = index; i < this.size; i += 1) {
      const e = this.at(i);
      if (e !== undefined) out.push(e);
    }
    return out;
  }

  /** Index of the newest event of this actor kind, or -1. */
  lastIndexOfKind(kind: ActorKind): number {
    const code = this.dictionary('actorKind').lookup(kind);
    const data = this.column('actorKind').data;
    for (let i = this.size - 1; i >= 0; i -= 1) if (data[i] === code) return i;
    return -1;
  }

  /** Up to `limit` matching events with index < `before`, newest first. */
  page(filter: EventFilter, before: number, limit: number): EventPage {
    const f = this.compile(filter);
    const indices: number[] = [];
    let next: number | null = null;
    outer: for (const [hi, lo] of this.descendingRanges(f, Math.min(before, this.size) - 1)) {
      for (let i = hi; i >= lo; i -= 1) {
        if (!this.matches(i, f)) continue;
        if (indices.length === limit) {
          // One more match exists: the next page continues below the last event returned.
          next = indices[indices.length - 1] ?? null;
          break outer;
        }
        indices.push(i);
      }
    }
    return { indices, next };
  }

  /** `{"items":[...],"nextCursor":...}` assembled by copying stored bytes. */
  pageBody(indices: readonly number[], nextCursor: string | null): Buffer<ArrayBuffer> {
    const head = Buffer.from('{"items":[');
    const tail = Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}`);
    let total = head.length + tail.length + Math.max(0, indices.length - 1);
    for (const i of indices) total += this.arena.byteLength(i);
    const out = Buffer.allocUnsafe(total);
    let at = head.copy(out, 0);
    indices.forEach((index, k) => {
      if (k > 0) at = out.writeUInt8(0x2c, at);
      at = this.arena.copyTo(index, out, at);
    });
    tail.copy(out, at);
    return out;
  }

  /** Matching event indices, oldest first, among the events present now (for exports). */
  *ascending(filter: EventFilter): Generator<number> {
    const f = this.compile(filter);
    const ranges = this.descendingRanges(f, this.size - 1).reverse();
    for (const [hi, lo] of ranges) {
      for (let i = lo; i <= hi; i += 1) {
        if (this.matches(i, f)) yield i;
      }
    }
  }

  /**
   * Counts per actor kind, in total and per UTC day. The hot loop runs over typed arrays only
   * (one kind counter array per day, reused while consecutive events share a day, as the
   * time-sorted demo does), because the access view asks for it on every filter change.
   */
  summary(filter: EventFilter): {
    total: number;
    byKind: ActorKindCounts;
    days: { date: string; counts: ActorKindCounts }[];
  } {
    const f = this.compile(filter);
    const kinds = this.dictionary('actorKind').values as ActorKind[];
    const kindColumn = this.column('actorKind').data;
    const times = this.times;
    const perDay = new Map<number, Uint32Array>();
    let currentDay = Number.NaN;
    let current: Uint32Array = new Uint32Array(kinds.length);
    for (const [hi, lo] of this.descendingRanges(f, this.size - 1)) {
      for (let i = lo; i <= hi; i += 1) {
        if (!this.matches(i, f)) continue;
        const day = Math.floor((times[i] ?? 0) / 86_400_000);
        if (day !== currentDay) {
          currentDay = day;
          let counts = perDay.get(day);
          if (counts === undefined) {
            counts = new Uint32Array(kinds.length);
            perDay.set(day, counts);
          }
          current = counts;
        }
        const code = kindColumn[i] ?? -1;
        if (code >= 0) current[code] = (current[code] ?? 0) + 1;
      }
    }
    const byKind = zeroCounts();
    let total = 0;
    const days = [...perDay.entries()]
      .sort(([a], [b]) => a - b)
      .map(([day, counts]) => {
        const named = zeroCounts();
        counts.forEach((n, code) => {
          const kind = kinds[code];
          if (kind === undefined || n === 0) return;
          named[kind] += n;
          byKind[kind] += n;
          total += n;
        });
        return { date: new Date(day * 86_400_000).toISOString().slice(0, 10), counts: named };
      })
      .filter((d) => Object.values(d.counts).some((n) => n > 0));
    return { total, byKind, days };
  }

  private dictionary(field: string): Dictionary {
    const d = this.dictionaries.get(field);
    if (d === undefined) throw new Error(`no dictionary for ${field}`);
    return d;
  }

  private column(field: string): Column {
    const c = this.columns.get(field);
    if (c === undefined) throw new Error(`no column for ${field}`);
    return c;
  }

  private compile(filter: EventFilter): CompiledFilter {
    const codes: [Column, number][] = [];
    for (const field of FIELDS) {
      const value = filter[field];
      if (value !== undefined)
        codes.push([this.column(field), this.dictionary(field).lookup(value)]);
    }
    return { from: filter.from ?? -Infinity, to: filter.to ?? Infinity, codes };
  }

  private matches(i: number, f: CompiledFilter): boolean {
    const t = this.times[i] ?? Number.NaN;
    if (!(t >= f.from && t < f.to)) return false;
    for (const [column, code] of f.codes) if (column.data[i] !== code) return false;
    return true;
  }

  /** First index in the sorted prefix with time >= t (binary search). */
  private lowerBound(t: number): number {
    let lo = 0;
    let hi = this.sortedPrefix;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.times[mid] ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Index ranges [hi, lo] (inclusive, newest first) that can hold matches at or below `start`:
   * the appended events as they are, then the time-sorted prefix cut to [from, to) by binary
   * search. Appended events are not cut because their times need not follow the prefix.
   */
  private descendingRanges(f: CompiledFilter, start: number): [number, number][] {
    const ranges: [number, number][] = [];
    if (start >= this.sortedPrefix) ranges.push([start, this.sortedPrefix]);
    let hi = Math.min(start, this.sortedPrefix - 1);
    if (f.to !== Infinity) hi = Math.min(hi, this.lowerBound(f.to) - 1);
    const lo = f.from === -Infinity ? 0 : this.lowerBound(f.from);
    if (hi >= lo) ranges.push([hi, lo]);
    return ranges;
  }
}
