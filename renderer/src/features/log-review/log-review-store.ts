// The log review's state: the cases, the open one, its import job (polled), the view
// (filters and sort), what the view shows besides its rows (facets, histogram), the event
// being read, and the trusted keys. Rows themselves live in the row cache, a page at a time.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { CaseInfo, EventFilters, EventSort } from '../../../../shared/ipc/schemas/logs';
import { cleanFilters } from './format';
import { createRowCache } from './row-cache';
import type { Load, LogReviewState } from './log-review-types';

export type { CaseState, Load, LogReviewState, Notice } from './log-review-types';

export type LogReviewStore = StoreApi<LogReviewState>;

const POLL_MS = 250;
const DEFAULT_SORT: EventSort = { column: 'time', direction: 'asc' };

function toLoad<T>(result: IpcResult<T>): Load<T> {
  return result.ok
    ? { status: 'ready', value: result.value }
    : { status: 'failed', error: result.error };
}

export function loadedValue<T>(load: Load<T>): T | null {
  if (load.status === 'ready') return load.value;
  return load.status === 'loading' ? load.previous : null;
}

export function createLogReviewStore(
  bridge: Pick<PccBridge, 'logs'>,
  options: { readonly pollMs?: number; readonly saveDelayMs?: number } = {},
): LogReviewStore {
  const logs = bridge.logs;
  const rows = createRowCache((request) => logs.queryEvents(request));
  let summaryRequest = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingSave: EventFilters | null = null;
  /** Saves a view change still waiting for its delay (before the case closes). */
  const flushSave = async (): Promise<void> => {
    clearTimeout(saveTimer);
    const filters = pendingSave;
    pendingSave = null;
    if (filters !== null) await logs.saveView({ filters });
  };

  return createStore<LogReviewState>()((set, get) => {
    /** Facets and histogram of the current view; a newer view supersedes an older answer. */
    const refreshSummary = async (): Promise<void> => {
      const request = ++summaryRequest;
      const { filters } = get();
      set({
        facets: { status: 'loading', previous: loadedValue(get().facets) },
        histogram: { status: 'loading', previous: loadedValue(get().histogram) },
      });
      const [facets, histogram] = await Promise.all([
        logs.getFacets({ filters }),
        logs.getHistogram({ filters, buckets: 60 }),
      ]);
      if (request !== summaryRequest) return;
      set({
        facets: facets.ok ? { status: 'ready', value: facets.value.facets } : toLoad(facets),
        histogram: histogram.ok
          ? { status: 'ready', value: histogram.value.buckets }
          : toLoad(histogram),
      });
    };
    /** A new view: rows from the top, and what the view shows besides them. */
    const newView = (): void => {
      rows.reset(get().filters, get().sort);
      void refreshSummary();
    };
    /** Same view, newer data. */
    const newData = (): void => {
      rows.refresh();
      void refreshSummary();
    };
    const refreshCase = async (): Promise<void> => {
      const result = await logs.getCase();
      if (result.ok && result.value !== null)
        set({ current: { status: 'open', info: result.value } });
    };
    const opened = (info: CaseInfo): void => {
      set({
        current: { status: 'open', info },
        filters: info.filters,
        sort: DEFAULT_SORT,
        selected: null,
        rejects: null,
        job: null,
      });
      newView();
    };
    const poll = async (jobId: string, shownFirstRows: boolean): Promise<void> => {
      const result = await logs.getImport({ jobId });
      if (!result.ok) {
        set({ notice: { kind: 'error', what: 'import', error: result.error } });
        return;
      }
      const job = result.value;
      if (get().job?.jobId !== jobId) return;
      set({ job });
      if (job.state === 'running') {
        if (job.firstRowsVisible && !shownFirstRows) newData();
        setTimeout(
          () => void poll(jobId, shownFirstRows || job.firstRowsVisible),
          options.pollMs ?? POLL_MS,
        );
        return;
      }
      await refreshCase();
      newData();
    };
    const saved = (
      result: IpcResult<
        { status: 'saved'; fileName: string; rows: number } | { status: 'cancelled' }
      >,
      kind: 'exported' | 'summary',
    ) => {
      if (!result.ok) set({ notice: { kind: 'error', what: 'export', error: result.error } });
      else if (result.value.status === 'saved')
        set({ notice: { kind, fileName: result.value.fileName, rows: result.value.rows } });
    };

    return {
      cases: { status: 'idle' },
      current: { status: 'none' },
      job: null,
      filters: {},
      sort: DEFAULT_SORT,
      facets: { status: 'idle' },
      histogram: { status: 'idle' },
      selected: null,
      rejects: null,
      keys: { status: 'idle' },
      notice: null,
      rows,

      loadCases: async () => {
        set({ cases: { status: 'loading', previous: loadedValue(get().cases) } });
        const [list, current] = await Promise.all([logs.listCases(), logs.getCase()]);
        set({ cases: toLoad(list) });
        if (current.ok && current.value !== null && get().current.status !== 'open')
          opened(current.value);
      },
      createCase: async (name) => {
        await flushSave();
        set({ current: { status: 'opening' } });
        const result = await logs.createCase({ name });
        if (result.ok) opened(result.value);
        else set({ current: { status: 'failed', error: result.error } });
      },
      openCase: async (caseId) => {
        await flushSave();
        set({ current: { status: 'opening' } });
        const result = await logs.openCase({ caseId });
        if (result.ok) opened(result.value);
        else set({ current: { status: 'failed', error: result.error } });
      },
      closeCase: async () => {
        await flushSave();
        await logs.closeCase();
        set({ current: { status: 'none' }, job: null, selected: null, rejects: null, filters: {} });
        await get().loadCases();
      },
      startImport: async (dialogTitle, fileId) => {
        const result = await logs.startImport(
          fileId === undefined ? { title: dialogTitle } : { title: dialogTitle, fileId },
        );
        if (!result.ok) {
          set({ notice: { kind: 'error', what: 'import', error: result.error } });
          return;
        }
        if (result.value.status === 'cancelled') return;
        const { jobId } = result.value;
        set({
          job: {
            state: 'running',
            jobId,
            fileName: '',
            phase: 'detecting',
            percent: null,
            elapsedMs: 0,
            estimateMs: null,
            firstRowsVisible: false,
          },
        });
        await poll(jobId, false);
      },
      cancelImport: async () => {
        const job = get().job;
        if (job?.state !== 'running') return;
        const result = await logs.cancelImport({ jobId: job.jobId });
        if (result.ok) set({ job: result.value });
      },
      setFilters: (filters) => {
        const clean = cleanFilters(filters);
        set({ filters: clean });
        newView();
        clearTimeout(saveTimer);
        // The view is saved with the case, so it reopens as it was left.
        pendingSave = clean;
        saveTimer = setTimeout(() => void flushSave(), options.saveDelayMs ?? 500);
      },
      toggleFacet: (column, value) => {
        const filters = get().filters;
        const current = filters.facets?.[column] ?? [];
        const next = current.includes(value)
          ? current.filter((v) => v !== value)
          : [...current, value];
        get().setFilters({ ...filters, facets: { ...filters.facets, [column]: next } });
      },
      sortBy: (column) => {
        const sort = get().sort;
        const direction = sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc';
        set({ sort: { column, direction } });
        rows.reset(get().filters, get().sort);
      },
      openEvent: async (eventId) => {
        set({ selected: { eventId, record: { status: 'loading', previous: null } } });
        const result = await logs.getEvent({ eventId });
        if (get().selected?.eventId === eventId)
          set({ selected: { eventId, record: toLoad(result) } });
      },
      closeEvent: () => {
        set({ selected: null });
      },
      annotate: async (annotation) => {
        const selected = get().selected;
        if (selected === null) return null;
        const result = await logs.annotateEvent({ eventId: selected.eventId, annotation });
        if (!result.ok) return result.error;
        rows.patch(result.value);
        const record = loadedValue(selected.record);
        if (record !== null && get().selected?.eventId === selected.eventId)
          set({
            selected: {
              eventId: selected.eventId,
              record: { status: 'ready', value: { ...record, row: result.value } },
            },
          });
        await refreshCase();
        const filters = get().filters;
        if (filters.flaggedOnly === true || filters.tag !== undefined) newData();
        return null;
      },
      showRejects: async (fileId, limit = 100) => {
        if (fileId === null) {
          set({ rejects: null });
          return;
        }
        set({ rejects: { fileId, page: { status: 'loading', previous: null } } });
        const result = await logs.listRejects({ fileId, offset: 0, limit });
        if (get().rejects?.fileId === fileId) set({ rejects: { fileId, page: toLoad(result) } });
      },
      exportEvents: async (scope, format, title) => {
        saved(
          await logs.exportEvents({
            scope,
            format,
            filters: get().filters,
            sort: get().sort,
            title,
          }),
          'exported',
        );
      },
      exportSummary: async (format, title) => {
        saved(await logs.exportSummary({ filters: get().filters, format, title }), 'summary');
      },
      loadKeys: async () => {
        set({ keys: { status: 'loading', previous: loadedValue(get().keys) } });
        const result = await logs.listKeys();
        set({ keys: result.ok ? { status: 'ready', value: result.value.keys } : toLoad(result) });
      },
      trustProviderKey: async () => {
        const result = await logs.trustProviderKey();
        if (!result.ok) set({ notice: { kind: 'error', what: 'key', error: result.error } });
        else set({ notice: { kind: 'key-added', keyId: result.value.keyId } });
        await get().loadKeys();
      },
      importKey: async (title) => {
        const result = await logs.importKey({ title });
        if (!result.ok) set({ notice: { kind: 'error', what: 'key', error: result.error } });
        else if (result.value.status === 'added')
          set({ notice: { kind: 'key-added', keyId: result.value.key.keyId } });
        await get().loadKeys();
      },
      removeKey: async (keyId) => {
        const result = await logs.removeKey({ keyId });
        set({ keys: result.ok ? { status: 'ready', value: result.value.keys } : toLoad(result) });
      },
      verifyFile: async (fileId) => {
        const result = await logs.verifyFile({ fileId });
        if (result.ok) set({ current: { status: 'open', info: result.value } });
        else set({ notice: { kind: 'error', what: 'key', error: result.error } });
      },
      dismissNotice: () => {
        set({ notice: null });
      },
    };
  });
}
