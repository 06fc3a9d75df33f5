import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type {
  EventExportStatus,
  EventFilter,
  EventPage,
} from '../../../../shared/ipc/schemas/access-events';
import {
  createAccessEventsStore,
  dayRange,
} from '../../../../renderer/src/features/access/access-events-store';
import { deferred, fakeBridge, inTurn } from '../../fake-bridge';
import { sampleAlert, sampleEvent, sampleSummary } from './access-sample';

type PageRequest = { filter: EventFilter; cursor?: string; limit: number };

/** A provider of `count` events that pages by cursor, newest first, and records every request. */
function pagingBridge(count: number, matching: (filter: EventFilter) => boolean = () => true) {
  const pages: PageRequest[] = [];
  const summaries: EventFilter[] = [];
  const ids = Array.from({ length: count }, (_, i) => `ev-${String(count - i)}`);
  const bridge = fakeBridge({
    access: {
      listEvents: (request: PageRequest): Promise<IpcResult<EventPage>> => {
        pages.push(request);
        const rows = matching(request.filter) ? ids : [];
        const start = request.cursor === undefined ? 0 : Number(request.cursor);
        const items = rows.slice(start, start + request.limit).map((id) => sampleEvent(id));
        const end = start + items.length;
        return Promise.resolve({
          ok: true,
          value: { items, nextCursor: end < rows.length ? String(end) : null },
        });
      },
      getSummary: ({ filter }: { filter: EventFilter }) => {
        summaries.push(filter);
        return Promise.resolve({ ok: true, value: sampleSummary(matching(filter) ? count : 0) });
      },
    },
  });
  return { bridge, pages, summaries };
}

describe('access events store', () => {
  it('loads the first page and the timeline with the same filter', async () => {
    const { bridge, pages, summaries } = pagingBridge(350);
    const store = createAccessEventsStore(bridge, { firstPage: 100, nextPages: 200 });
    await store.getState().open();
    const table = store.getState().table;
    expect(table.status === 'ready' && table.rows.length).toBe(100);
    expect(store.getState().summary).toMatchObject({ status: 'ready', value: { total: 350 } });

    await store.getState().applyFilter({ actorKind: 'provider-operator', actor: '  ' });
    expect(pages.at(-1)).toEqual({ filter: { actorKind: 'provider-operator' }, limit: 100 });
    expect(summaries.at(-1)).toEqual({ actorKind: 'provider-operator' });
    expect(store.getState().range).toBe('all');
    await store.getState().applyFilter({ from: '2025-06-01T00:00:00.000Z' });
    expect(store.getState().range).toBe('custom');
  });

  it('pages on with the cursor and stops at the last page', async () => {
    const { bridge, pages } = pagingBridge(350);
    const store = createAccessEventsStore(bridge, { firstPage: 100, nextPages: 200 });
    await store.getState().open();
    await store.getState().loadMore();
    await store.getState().loadMore();
    await store.getState().loadMore();
    const table = store.getState().table;
    expect(table.status === 'ready' && table.rows.map((r) => r.id).slice(-1)).toEqual(['ev-1']);
    expect(table.status === 'ready' && table.rows.length).toBe(350);
    expect(table.status === 'ready' && table.nextCursor).toBeNull();
    expect(pages.map((p) => [p.cursor, p.limit])).toEqual([
      [undefined, 100],
      ['100', 200],
      ['300', 200],
    ]);
  });

  it('drops the answers to a filter that was replaced meanwhile', async () => {
    const slow = deferred<IpcResult<EventPage>>();
    let call = 0;
    const store = createAccessEventsStore(
      fakeBridge({
        access: {
          listEvents: () => {
            call += 1;
            return call === 1
              ? slow.promise
              : Promise.resolve({
                  ok: true,
                  value: { items: [sampleEvent('new')], nextCursor: null },
                });
          },
          getSummary: () => Promise.resolve({ ok: true, value: sampleSummary(1) }),
        },
      }),
    );
    const first = store.getState().applyFilter({ result: 'denied' });
    await store.getState().applyFilter({ result: 'failed' });
    slow.resolve({ ok: true, value: { items: [sampleEvent('old')], nextCursor: null } });
    await first;
    const table = store.getState().table;
    expect(table.status === 'ready' && table.rows.map((r) => r.id)).toEqual(['new']);
    expect(store.getState().filter).toEqual({ result: 'failed' });
  });

  it('keeps the rows and says why when a further page fails', async () => {
    let call = 0;
    const store = createAccessEventsStore(
      fakeBridge({
        access: {
          listEvents: () =>
            ++call === 1
              ? Promise.resolve({ ok: true, value: { items: [sampleEvent('a')], nextCursor: 'c' } })
              : Promise.resolve({ ok: false, error: { code: 'provider_error', message: '503' } }),
          getSummary: () => Promise.resolve({ ok: true, value: sampleSummary(2) }),
        },
      }),
    );
    await store.getState().open();
    await store.getState().loadMore();
    expect(store.getState().table).toMatchObject({
      status: 'ready',
      rows: [{ id: 'a' }],
      nextCursor: 'c',
      loadingMore: false,
      moreError: { message: '503' },
    });
  });

  it('follows an alert to its event: the actor on that UTC day, paging until found', async () => {
    const { bridge, pages } = pagingBridge(450);
    const store = createAccessEventsStore(bridge, { firstPage: 100, nextPages: 200 });
    const alert = sampleAlert({ eventId: 'ev-200', time: '2025-06-01T22:30:00.000Z' });
    await store.getState().showAlertEvent(alert);
    expect(store.getState().filter).toEqual({
      actor: alert.actor,
      from: '2025-06-01T00:00:00.000Z',
      to: '2025-06-02T00:00:00.000Z',
    });
    expect(store.getState().range).toBe('custom');
    expect(store.getState().selectedId).toBe('ev-200');
    expect(store.getState().locate).toEqual({ status: 'found', eventId: 'ev-200' });
    expect(pages).toHaveLength(2); // ev-200 is row 251: the first page of 100 and one more of 200
  });

  it('says so when the alert event is not among its day', async () => {
    const { bridge } = pagingBridge(50);
    const store = createAccessEventsStore(bridge);
    await store.getState().showAlertEvent(sampleAlert({ eventId: 'ev-gone' }));
    expect(store.getState().locate).toEqual({ status: 'not-found', eventId: 'ev-gone' });
  });

  it('exports the current filter and polls the job until it is done', async () => {
    const statuses: EventExportStatus[] = [
      { state: 'running', fileName: 'x.csv', written: 0, total: 5 },
      { state: 'running', fileName: 'x.csv', written: 3, total: 5 },
      { state: 'done', fileName: 'x.csv', written: 5 },
    ];
    const seen: unknown[] = [];
    const store = createAccessEventsStore(
      fakeBridge({
        access: {
          listEvents: () => Promise.resolve({ ok: true, value: { items: [], nextCursor: null } }),
          getSummary: () => Promise.resolve({ ok: true, value: sampleSummary(0) }),
          exportEvents: (request) => {
            seen.push(request);
            return Promise.resolve({
              ok: true,
              value: { status: 'started', jobId: 'j1', fileName: 'x.csv' },
            });
          },
          getExportStatus: () =>
            Promise.resolve({
              ok: true,
              value: statuses.shift() ?? { state: 'done', fileName: 'x.csv', written: 5 },
            }),
        },
      }),
      { pollMs: 1 },
    );
    await store.getState().applyFilter({ purpose: 'advertising' });
    const states: string[] = [];
    const stop = store.subscribe((s) => states.push(s.exported.status));
    await store.getState().exportEvents('csv');
    stop();
    expect(seen).toEqual([{ filter: { purpose: 'advertising' }, format: 'csv' }]);
    expect(store.getState().exported).toEqual({
      status: 'done',
      format: 'csv',
      fileName: 'x.csv',
      written: 5,
    });
    expect(states).toContain('running');
  });

  it('reports a cancelled dialog and a failed job as such', async () => {
    const answers = [
      { ok: true as const, value: { status: 'cancelled' as const } },
      { ok: true as const, value: { status: 'started' as const, jobId: 'j', fileName: 'y.jsonl' } },
    ];
    const store = createAccessEventsStore(
      fakeBridge({
        access: {
          exportEvents: inTurn(answers),
          getExportStatus: () =>
            Promise.resolve({
              ok: true,
              value: { state: 'failed', fileName: 'y.jsonl', written: 2, message: 'disk full' },
            }),
        },
      }),
      { pollMs: 1 },
    );
    await store.getState().exportEvents('jsonl');
    expect(store.getState().exported).toEqual({ status: 'cancelled' });
    await store.getState().exportEvents('jsonl');
    expect(store.getState().exported).toMatchObject({
      status: 'failed',
      error: { message: 'disk full' },
    });
  });
});

describe('dayRange', () => {
  it('is the UTC day around an instant, end exclusive', () => {
    expect(dayRange('2025-06-01T00:00:00.000Z')).toEqual({
      from: '2025-06-01T00:00:00.000Z',
      to: '2025-06-02T00:00:00.000Z',
    });
    expect(dayRange('2025-12-31T23:59:59.999Z').to).toBe('2026-01-01T00:00:00.000Z');
  });
});
