import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { CaseInfo, EventFilters, ImportJob } from '../../../../shared/ipc/schemas/logs';
import { createLogReviewStore } from '../../../../renderer/src/features/log-review/log-review-store';
import { fakeBridge } from '../../fake-bridge';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

function info(patch: Partial<CaseInfo> = {}): CaseInfo {
  return {
    id: '20260101-abcd1234',
    name: 'Case',
    createdAt: '2026-01-01T00:00:00.000Z',
    files: [],
    filters: {},
    totalEvents: 0,
    flaggedEvents: 0,
    tags: [],
    ...patch,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function bridge(overrides: Partial<ReturnType<typeof fakeBridge>['logs']> = {}) {
  const saved: EventFilters[] = [];
  const calls: string[] = [];
  const logs = {
    queryEvents: () => ok({ rows: [], total: 0 }),
    getFacets: () => ok({ facets: [] }),
    getHistogram: () => ok({ buckets: [] }),
    getCase: () => ok<CaseInfo | null>(null),
    listCases: () => ok({ cases: [], openCaseId: null }),
    saveView: ({ filters }: { filters: EventFilters }) => {
      saved.push(filters);
      calls.push('saveView');
      return ok(null);
    },
    closeCase: () => {
      calls.push('closeCase');
      return ok(null);
    },
    ...overrides,
  };
  return { bridge: fakeBridge({ logs }), saved, calls };
}

describe('log review store', () => {
  it('opens a case with its saved view and fetches rows, facets and histogram for it', async () => {
    const asked: EventFilters[] = [];
    const { bridge: b } = bridge({
      openCase: () => ok(info({ filters: { flaggedOnly: true } })),
      queryEvents: (request) => {
        asked.push(request.filters);
        return ok({ rows: [], total: 7 });
      },
    });
    const store = createLogReviewStore(b);
    await store.getState().openCase('20260101-abcd1234');
    await tick();
    expect(store.getState().current.status).toBe('open');
    expect(store.getState().filters).toEqual({ flaggedOnly: true });
    expect(asked).toEqual([{ flaggedOnly: true }]);
    expect(store.getState().rows.total()).toBe(7);
    expect(store.getState().facets).toEqual({ status: 'ready', value: [] });
  });

  it('polls an import until it ends, showing the first rows as soon as they are there', async () => {
    const answers: ImportJob[] = [
      {
        state: 'running',
        jobId: 'j',
        fileName: 'a.csv',
        phase: 'importing',
        percent: 10,
        elapsedMs: 100,
        estimateMs: 900,
        firstRowsVisible: false,
      },
      {
        state: 'running',
        jobId: 'j',
        fileName: 'a.csv',
        phase: 'importing',
        percent: 50,
        elapsedMs: 500,
        estimateMs: 500,
        firstRowsVisible: true,
      },
      {
        state: 'cancelled',
        jobId: 'j',
        fileName: 'a.csv',
      },
    ];
    let queries = 0;
    const { bridge: b } = bridge({
      openCase: () => ok(info()),
      startImport: () => ok({ status: 'started' as const, jobId: 'j' }),
      getImport: () => ok(answers.shift() ?? { state: 'cancelled', jobId: 'j', fileName: 'a.csv' }),
      queryEvents: () => {
        queries += 1;
        return ok({ rows: [], total: 0 });
      },
    });
    const store = createLogReviewStore(b, { pollMs: 1 });
    await store.getState().openCase('20260101-abcd1234');
    const before = queries;
    await store.getState().startImport('Choose');
    for (let i = 0; i < 20 && store.getState().job?.state === 'running'; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getState().job).toEqual({ state: 'cancelled', jobId: 'j', fileName: 'a.csv' });
    // Once when the first rows showed up, once at the end.
    expect(queries - before).toBe(2);
  });

  it('saves a view change before the case closes', async () => {
    const { bridge: b, saved, calls } = bridge({ openCase: () => ok(info()) });
    const store = createLogReviewStore(b, { saveDelayMs: 60_000 });
    await store.getState().openCase('20260101-abcd1234');
    store.getState().setFilters({ text: ' alex ', facets: { result: [] } });
    expect(store.getState().filters).toEqual({ text: 'alex' });
    expect(saved).toEqual([]);
    await store.getState().closeCase();
    expect(saved).toEqual([{ text: 'alex' }]);
    expect(calls.slice(0, 2)).toEqual(['saveView', 'closeCase']);
  });

  it('toggles facet values and flips sort direction on the same column', async () => {
    const { bridge: b } = bridge({ openCase: () => ok(info()) });
    const store = createLogReviewStore(b, { saveDelayMs: 60_000 });
    await store.getState().openCase('20260101-abcd1234');
    store.getState().toggleFacet('result', 'failed');
    store.getState().toggleFacet('result', 'denied');
    store.getState().toggleFacet('result', 'failed');
    expect(store.getState().filters).toEqual({ facets: { result: ['denied'] } });
    store.getState().sortBy('actor');
    expect(store.getState().sort).toEqual({ column: 'actor', direction: 'asc' });
    store.getState().sortBy('actor');
    expect(store.getState().sort).toEqual({ column: 'actor', direction: 'desc' });
  });

  it('exports the view with the sort the table shows', async () => {
    const asked: unknown[] = [];
    const { bridge: b } = bridge({
      openCase: () => ok(info()),
      exportEvents: (request) => {
        asked.push(request);
        return ok({ status: 'saved' as const, fileName: 'case-view.csv', rows: 3 });
      },
    });
    const store = createLogReviewStore(b, { saveDelayMs: 60_000 });
    await store.getState().openCase('20260101-abcd1234');
    store.getState().setFilters({ facets: { result: ['failed'] } });
    store.getState().sortBy('operation');
    store.getState().sortBy('operation');
    await store.getState().exportEvents('view', 'csv', 'Save');
    expect(asked).toEqual([
      {
        scope: 'view',
        format: 'csv',
        filters: { facets: { result: ['failed'] } },
        sort: { column: 'operation', direction: 'desc' },
        title: 'Save',
      },
    ]);
    expect(store.getState().notice).toEqual({
      kind: 'exported',
      fileName: 'case-view.csv',
      rows: 3,
    });
  });
});
