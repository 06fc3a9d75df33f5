// The table's rows, fetched from main a page at a time as they scroll into view and dropped
// when far away, so a million-row view never sits on the JS heap: at most `maxPages` pages
// are held. A new view (filters, sort, data) starts a new generation; late answers for an
// older one are ignored.
import type {
  EventFilters,
  EventPage,
  EventRow,
  EventSort,
} from '../../../../shared/ipc/schemas/logs';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';

export type PageFetcher = (request: {
  readonly filters: EventFilters;
  readonly sort: EventSort;
  readonly offset: number;
  readonly limit: number;
}) => Promise<IpcResult<EventPage>>;

export type RowCache = ReturnType<typeof createRowCache>;

export function createRowCache(fetchPage: PageFetcher, pageSize = 100, maxPages = 24) {
  let filters: EventFilters = {};
  let sort: EventSort = { column: 'time', direction: 'asc' };
  let generation = 0;
  let total: number | null = null;
  let error: string | null = null;
  const pages = new Map<number, readonly EventRow[]>();
  const pending = new Set<number>();
  const listeners = new Set<() => void>();
  let version = 0;

  const changed = (): void => {
    version += 1;
    for (const listener of listeners) listener();
  };

  const load = (page: number): void => {
    if (pages.has(page) || pending.has(page)) return;
    pending.add(page);
    const asked = generation;
    void fetchPage({ filters, sort, offset: page * pageSize, limit: pageSize }).then((result) => {
      if (asked !== generation) return;
      pending.delete(page);
      if (!result.ok) {
        error = result.error.message;
        changed();
        return;
      }
      error = null;
      total = result.value.total;
      pages.set(page, result.value.rows);
      // Keep the pages nearest this one; drop the farthest beyond the budget.
      while (pages.size > maxPages) {
        let farthest = page;
        for (const held of pages.keys())
          if (Math.abs(held - page) > Math.abs(farthest - page)) farthest = held;
        pages.delete(farthest);
      }
      changed();
    });
  };

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    version: () => version,
    total: () => total,
    error: () => error,
    heldRows: () => [...pages.values()].reduce((n, rows) => n + rows.length, 0),
    /** Starts a new view; the first page is fetched at once (it also brings the total). */
    reset: (nextFilters: EventFilters, nextSort: EventSort): void => {
      filters = nextFilters;
      sort = nextSort;
      generation += 1;
      pages.clear();
      pending.clear();
      total = null;
      error = null;
      load(0);
      changed();
    },
    /** Same view, newer data (an import added rows, a note changed): refetch what is shown. */
    refresh: (): void => {
      const shown = [...pages.keys()];
      generation += 1;
      pages.clear();
      pending.clear();
      for (const page of shown.length > 0 ? shown : [0]) load(page);
    },
    /** The row at `index`, or undefined while its page loads (asking for it). */
    row: (index: number): EventRow | undefined => {
      const page = Math.floor(index / pageSize);
      const rows = pages.get(page);
      if (rows === undefined) {
        load(page);
        return undefined;
      }
      return rows[index - page * pageSize];
    },
    /** Replaces one row in place (after annotating it). */
    patch: (row: EventRow): void => {
      for (const [page, rows] of pages)
        if (rows.some((r) => r.eventId === row.eventId))
          pages.set(
            page,
            rows.map((r) => (r.eventId === row.eventId ? row : r)),
          );
      changed();
    },
  };
}
