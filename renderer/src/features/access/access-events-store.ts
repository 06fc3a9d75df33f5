import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { AccessAlertItem } from '../../../../shared/ipc/schemas/access-alerts';
import type {
  AccessEvent,
  EventExportFormat,
  EventFilter,
  EventSummary,
} from '../../../../shared/ipc/schemas/access-events';
import { settle, startLoading, type Load } from '../common/load';
import { createEventExporter, type EventExport } from './event-exporter';
import { cleanFilter, type RangePreset } from './event-range';

/** The rows read so far, newest first; more come a page at a time as the table scrolls. */
export type TableLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly rows: readonly AccessEvent[];
      readonly nextCursor: string | null;
      readonly loadingMore: boolean;
      readonly moreError: IpcError | null;
    }
  | { readonly status: 'failed'; readonly error: IpcError };

/** Following an alert to its event: the event is looked for in the pages of its day. */
export type Locate =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly eventId: string }
  | { readonly status: 'found'; readonly eventId: string }
  | { readonly status: 'not-found'; readonly eventId: string };

export interface AccessEventsState {
  readonly filter: EventFilter;
  /** How the time range was chosen, so the controls show it again. */
  readonly range: RangePreset;
  readonly table: TableLoad;
  readonly summary: Load<EventSummary>;
  /** The filter the shown summary was counted for (the filter may be newer while it loads). */
  readonly summaryFilter: EventFilter;
  readonly selectedId: string | null;
  readonly locate: Locate;
  readonly exported: EventExport;
  /** Loads the first page and the timeline unless they are already there. */
  readonly open: () => Promise<void>;
  /** Replaces the filter: the table and the timeline reload together. */
  readonly applyFilter: (filter: EventFilter, range?: RangePreset) => Promise<void>;
  readonly loadMore: () => Promise<void>;
  readonly select: (eventId: string | null) => void;
  /** Narrows to the alert's actor on the alert's day and selects its event. */
  readonly showAlertEvent: (alert: AccessAlertItem) => Promise<void>;
  readonly exportEvents: (format: EventExportFormat) => Promise<void>;
}

export type AccessEventsStore = StoreApi<AccessEventsState>;

export interface AccessEventsOptions {
  /** Rows in the first page (small, so the table shows fast) and in each later one. */
  readonly firstPage?: number;
  readonly nextPages?: number;
  /** How many pages of a day are searched for an alert's event before giving up. */
  readonly locatePages?: number;
  readonly pollMs?: number;
}

const dayMs = 86_400_000;

/** The UTC day around an instant, as a filter range [start of day, start of next day). */
export function dayRange(iso: string): { from: string; to: string } {
  const start = Math.floor(Date.parse(iso) / dayMs) * dayMs;
  return { from: new Date(start).toISOString(), to: new Date(start + dayMs).toISOString() };
}

export function createAccessEventsStore(
  bridge: Pick<PccBridge, 'access'>,
  options: AccessEventsOptions = {},
): AccessEventsStore {
  const firstPage = options.firstPage ?? 100;
  const nextPages = options.nextPages ?? 200;
  const locatePages = options.locatePages ?? 25;
  // Each filter is a generation: answers to an older one are dropped.
  let generation = 0;
  let opening: Promise<void> = Promise.resolve();

  return createStore<AccessEventsState>()((set, get) => {
    const exporter = createEventExporter(
      bridge,
      (exported) => {
        set({ exported });
      },
      options.pollMs,
    );

    async function loadTable(current: number, filter: EventFilter): Promise<void> {
      const result = await bridge.access.listEvents({ filter, limit: firstPage });
      if (current !== generation) return;
      set({
        table: result.ok
          ? {
              status: 'ready',
              rows: result.value.items,
              nextCursor: result.value.nextCursor,
              loadingMore: false,
              moreError: null,
            }
          : { status: 'failed', error: result.error },
      });
    }

    async function loadSummary(current: number, filter: EventFilter): Promise<void> {
      const result = await bridge.access.getSummary({ filter });
      if (current === generation) {
        set({
          summary: settle(get().summary, result),
          ...(result.ok ? { summaryFilter: filter } : {}),
        });
      }
    }

    async function applyFilter(wanted: EventFilter, range: RangePreset): Promise<void> {
      const current = ++generation;
      const filter = cleanFilter(wanted);
      set({ filter, range, table: { status: 'loading' }, summary: startLoading(get().summary) });
      await Promise.all([loadTable(current, filter), loadSummary(current, filter)]);
    }

    async function loadMore(): Promise<void> {
      const table = get().table;
      if (table.status !== 'ready' || table.nextCursor === null || table.loadingMore) return;
      const current = generation;
      set({ table: { ...table, loadingMore: true, moreError: null } });
      const result = await bridge.access.listEvents({
        filter: get().filter,
        cursor: table.nextCursor,
        limit: nextPages,
      });
      const now = get().table;
      if (current !== generation || now.status !== 'ready') return;
      set({
        table: result.ok
          ? {
              ...now,
              rows: [...now.rows, ...result.value.items],
              nextCursor: result.value.nextCursor,
              loadingMore: false,
            }
          : { ...now, loadingMore: false, moreError: result.error },
      });
    }

    function loaded(eventId: string): boolean {
      const table = get().table;
      return table.status === 'ready' && table.rows.some((row) => row.id === eventId);
    }

    return {
      filter: {},
      range: 'all',
      table: { status: 'idle' },
      summary: { status: 'idle' },
      summaryFilter: {},
      selectedId: null,
      locate: { status: 'idle' },
      exported: { status: 'idle' },
      open: () => {
        // A second caller while the first page is on its way waits for the same answer.
        if (get().table.status === 'idle') opening = applyFilter(get().filter, get().range);
        return opening;
      },
      applyFilter: async (filter, range) => {
        set({ locate: { status: 'idle' } });
        const timed = filter.from !== undefined || filter.to !== undefined;
        await applyFilter(filter, range ?? (timed ? 'custom' : 'all'));
      },
      loadMore,
      select: (eventId) => {
        set({ selectedId: eventId, locate: { status: 'idle' } });
      },
      showAlertEvent: async (alert) => {
        const { eventId } = alert;
        set({ selectedId: eventId, locate: { status: 'searching', eventId } });
        await applyFilter({ actor: alert.actor, ...dayRange(alert.time) }, 'custom');
        const current = generation;
        for (let page = 1; page < locatePages && !loaded(eventId); page += 1) {
          const table = get().table;
          if (table.status !== 'ready' || table.nextCursor === null) break;
          await loadMore();
          if (current !== generation) return;
        }
        if (current === generation) {
          set({ locate: { status: loaded(eventId) ? 'found' : 'not-found', eventId } });
        }
      },
      exportEvents: (format) => exporter.start(get().filter, format),
    };
  });
}
