import { describe, expect, it } from 'vitest';
import { EventStore, type EventFilter } from '../../../electron/provider/event-store';
import type { AccessEvent, ActorKind } from '../../../electron/provider/types';

const KINDS: ActorKind[] = ['tenant-user', 'tenant-admin', 'application', 'provider-operator'];
const BASE = Date.parse('2025-01-01T00:00:00.000Z');

function event(i: number, time: number): AccessEvent {
  return {
    id: `e${i}`,
    time: new Date(time).toISOString(),
    actor: `user${i % 7}@contoso.example`,
    actorKind: KINDS[i % KINDS.length] ?? 'tenant-user',
    category: i % 3 === 0 ? 'diagnostic' : 'customer',
    resource: `mailbox:${i}`,
    operation: 'mail.read',
    purpose: 'service-delivery',
    justification: null,
    ticket: null,
    accessRequestId: null,
    location: { countryCode: 'DE', city: 'Berlin' },
    ip: '10.0.0.1',
    result: 'success',
  };
}

const initial = Array.from({ length: 1000 }, (_, i) => event(i, BASE + i * 3_600_000));

function pageAll(store: EventStore, filter: EventFilter, limit: number): string[] {
  const ids: string[] = [];
  let before = store.size;
  for (;;) {
    const page = store.page(filter, before, limit);
    const body = JSON.parse(store.pageBody(page.indices, null).toString()) as {
      items: AccessEvent[];
    };
    ids.push(...body.items.map((e) => e.id));
    if (page.next === null) return ids;
    before = page.next;
  }
}

const naive = (events: AccessEvent[], f: EventFilter) =>
  events
    .filter((e) => {
      const t = Date.parse(e.time);
      return (
        (f.from === undefined || t >= f.from) &&
        (f.to === undefined || t < f.to) &&
        (f.actorKind === undefined || e.actorKind === f.actorKind) &&
        (f.category === undefined || e.category === f.category) &&
        (f.actor === undefined || e.actor === f.actor)
      );
    })
    .map((e) => e.id)
    .reverse();

describe('EventStore', () => {
  const filters: EventFilter[] = [
    {},
    { actorKind: 'tenant-admin' },
    { from: BASE + 100 * 3_600_000, to: BASE + 321 * 3_600_000 },
    { from: BASE + 500 * 3_600_000, category: 'diagnostic', actor: 'user3@contoso.example' },
    { to: BASE },
    { from: BASE + 10_000 * 3_600_000 },
  ];

  it.each(filters.map((f, i) => [i, f] as const))(
    'paging matches a naive filter, newest first (filter %i)',
    (_i, f) => {
      const store = new EventStore(initial);
      store.append(event(5000, BASE + 400 * 3_600_000 + 1)); // out of time order on purpose
      const expected = naive([...initial, event(5000, BASE + 400 * 3_600_000 + 1)], f);
      for (const limit of [1, 7, 1000, 5000]) expect(pageAll(store, f, limit)).toEqual(expected);
    },
  );

  it('a cursor pins the position: events appended mid-paging neither repeat nor shift the rest', () => {
    const store = new EventStore(initial);
    const seen: string[] = [];
    let before = store.size;
    let n = 0;
    for (;;) {
      const page = store.page({}, before, 37);
      seen.push(...page.indices.map((i) => store.at(i)?.id ?? ''));
      store.append(event(10_000 + n, BASE + 2000 * 3_600_000 + n));
      n += 1;
      if (page.next === null) break;
      before = page.next;
    }
    expect(seen).toEqual(initial.map((e) => e.id).reverse());
    expect(store.size).toBe(1000 + n);
  });

  it('last page has a null cursor exactly when nothing is left', () => {
    const store = new EventStore(initial.slice(0, 10));
    expect(store.page({}, store.size, 10).next).toBeNull();
    const first = store.page({}, store.size, 9);
    expect(first.next).not.toBeNull();
    expect(store.page({}, first.next ?? 0, 9).indices).toHaveLength(1);
  });

  it('summarises per kind and per UTC day over the range', () => {
    const store = new EventStore(initial);
    const s = store.summary({ from: BASE, to: BASE + 48 * 3_600_000 });
    expect(s.total).toBe(48);
    expect(s.days.map((d) => d.date)).toEqual(['2025-01-01', '2025-01-02']);
    expect(s.byKind['tenant-user']).toBe(12);
    expect(Object.values(s.days[0]?.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(24);
  });

  it('iterates ascending for exports and caches JSON text', () => {
    const store = new EventStore(initial);
    const idx = [...store.ascending({ from: BASE + 3 * 3_600_000, to: BASE + 6 * 3_600_000 })];
    expect(idx).toEqual([3, 4, 5]);
    expect(store.at(4)).toEqual(initial[4]);
    expect(JSON.parse(store.bytesAt(4).toString())).toEqual(initial[4]);
  });

  it('builds a page body of stored bytes, with non-ASCII text intact, and keeps it after growth', () => {
    const odd = {
      ...event(1, BASE),
      actor: 'zoë@contoso.example',
      location: { countryCode: 'JP', city: '東京' },
    };
    const store = new EventStore([odd]);
    for (let i = 0; i < 5000; i += 1) store.append(event(100 + i, BASE + i)); // forces the arena to grow
    const body = JSON.parse(store.pageBody([0, 1], 'next').toString('utf8')) as {
      items: AccessEvent[];
      nextCursor: string | null;
    };
    expect(body.items[0]).toEqual(odd);
    expect(body.items[1]?.id).toBe('e100');
    expect(body.nextCursor).toBe('next');
    expect(JSON.parse(store.pageBody([], null).toString())).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(store.lastIndexOfKind('tenant-admin')).toBeGreaterThan(0);
  });
});
