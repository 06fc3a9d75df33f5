import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProvider } from '../../../../electron/provider/server';
import { createAccessHandlers } from '../../../../electron/services/access/access-handlers';
import { createProviderClient } from '../../../../electron/services/provider-client';
import { ACCESS_EVENT_CSV_COLUMNS } from '../../../../shared/domain/access/event-csv';
import { lockboxAlerts } from '../../../../shared/domain/access/lockbox-rules';
import { purposeAlerts } from '../../../../shared/domain/access/purpose-rules';
import type { EventExportStatus } from '../../../../shared/ipc/schemas/access-events';
import { createScriptedDialogs } from '../../../harness/scripted-dialogs';
import { providerJson, startSmallProvider } from '../provider-fixture';
import {
  allProviderEvents,
  allProviderRequests,
  plantEventWithJustification,
} from './provider-events';

let provider: RunningProvider;
let stop: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-access-'));
  ({ provider, stop } = await startSmallProvider());
});
afterAll(async () => {
  await stop?.();
  rmSync(dir, { recursive: true, force: true });
});

function setup(token = provider.tokens.admin) {
  const dialogs = createScriptedDialogs();
  const client = createProviderClient({ baseUrl: provider.url, token });
  const handlers = createAccessHandlers({ getClient: () => client, dialogs });
  return { handlers, dialogs };
}

async function finished(
  handlers: ReturnType<typeof setup>['handlers'],
  jobId: string,
): Promise<EventExportStatus> {
  for (let i = 0; i < 200; i += 1) {
    const status = await handlers['access:get-export-status']({ jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('export did not finish');
}

describe('access events and their timeline', () => {
  it('pages the provider events with the filter and follows the cursor', async () => {
    const { handlers } = setup();
    const filter = { actorKind: 'tenant-admin' as const };
    const expected = await allProviderEvents(provider, filter);
    const first = await handlers['access:list-events']({ filter, limit: 50 });
    expect(first.items).toEqual(expected.slice(0, 50));
    expect(first.nextCursor).not.toBeNull();
    const second = await handlers['access:list-events']({
      filter,
      limit: 50,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items).toEqual(expected.slice(50, 100));
  });

  it('summarises per day by actor kind with the same filter as the table', async () => {
    const { handlers } = setup();
    const filter = { purpose: 'troubleshooting' as const, result: 'success' as const };
    const events = await allProviderEvents(provider, filter);
    const summary = await handlers['access:get-summary']({ filter });
    expect(summary.total).toBe(events.length);
    const perDay = new Map<string, number>();
    for (const e of events)
      perDay.set(e.time.slice(0, 10), (perDay.get(e.time.slice(0, 10)) ?? 0) + 1);
    expect(
      summary.days.map((d) => [d.date, Object.values(d.counts).reduce((a, b) => a + b, 0)]),
    ).toEqual([...perDay].sort(([a], [b]) => a.localeCompare(b)));
  });
});

describe('access:list-alerts', () => {
  it('finds the same alerts as the rules over every single event, by asking for few', async () => {
    const { handlers } = setup();
    const [everything, requests] = await Promise.all([
      allProviderEvents(provider),
      allProviderRequests(provider),
    ]);
    const expected = [...purposeAlerts(everything), ...lockboxAlerts(everything, requests)];
    const report = await handlers['access:list-alerts'](undefined);
    expect(report.alerts.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(report.alerts.length).toBeGreaterThanOrEqual(5);
    const rules = new Set(report.alerts.map((a) => a.rule));
    expect(rules).toContain('prohibited-purpose');
    expect(rules).toContain('operator-outside-window');
    expect(rules).toContain('operator-without-request');
    // Far fewer events were read than exist: the provider did the filtering.
    const read = report.checked.operatorEvents + report.checked.prohibitedPurposeEvents;
    expect(read).toBeLessThan(everything.length / 5);
    expect(report.checked.accessRequests).toBe(requests.length);
    const times = report.alerts.map((a) => a.time);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('access:export-events', () => {
  it('writes the filtered events as CSV with formula cells neutralised', async () => {
    const actor = await plantEventWithJustification(provider, '=HYPERLINK("http://evil.example")');
    const { handlers, dialogs } = setup();
    const path = join(dir, 'admin.csv');
    dialogs.queueSave(path);
    const filter = { actor };
    const started = await handlers['access:export-events']({ filter, format: 'csv' });
    expect(started).toMatchObject({ status: 'started', fileName: 'admin.csv' });
    const done = await finished(handlers, started.status === 'started' ? started.jobId : '');
    const expected = await allProviderEvents(provider, filter);
    expect(done).toEqual({ state: 'done', fileName: 'admin.csv', written: expected.length });
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...ACCESS_EVENT_CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    expect(parsed.data[0]?.justification).toBe('\'=HYPERLINK("http://evil.example")');
  });

  it('writes JSON Lines of every matching event, across pages', async () => {
    const { handlers, dialogs } = setup();
    const path = join(dir, 'users.jsonl');
    dialogs.queueSave(path);
    const filter = {};
    const started = await handlers['access:export-events']({ filter, format: 'jsonl' });
    const done = await finished(handlers, started.status === 'started' ? started.jobId : '');
    const expected = await allProviderEvents(provider, filter);
    expect(expected.length).toBeGreaterThan(2000); // more than one export page
    expect(done).toMatchObject({ state: 'done', written: expected.length });
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected);
  });

  it('reports a failed write as a failed job and a cancelled dialog as cancelled', async () => {
    const { handlers, dialogs } = setup();
    dialogs.queueSave(null);
    expect(await handlers['access:export-events']({ filter: {}, format: 'csv' })).toEqual({
      status: 'cancelled',
    });
    dialogs.queueSave(join(dir, 'missing', 'x.csv'));
    const started = await handlers['access:export-events']({ filter: {}, format: 'csv' });
    const failed = await finished(handlers, started.status === 'started' ? started.jobId : '');
    expect(failed).toMatchObject({
      state: 'failed',
      message: 'x.csv could not be saved: the folder does not exist.',
    });
    await expect(handlers['access:get-export-status']({ jobId: 'nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('access requests', () => {
  it('lists every request and says the admin may decide', async () => {
    const { handlers } = setup();
    const list = await handlers['access:list-requests'](undefined);
    expect(list.requests.map((r) => r.id).sort()).toEqual(
      (await allProviderRequests(provider)).map((r) => r.id).sort(),
    );
    expect(list.decider).toEqual({ status: 'allowed', role: 'admin' });
    expect(list.requests.filter((r) => r.status === 'pending')).toHaveLength(5);
  });

  it('approves and denies pending requests as admin, and refuses a second decision', async () => {
    const { handlers } = setup();
    const pending = (await allProviderRequests(provider)).filter((r) => r.status === 'pending');
    const [first, second] = pending;
    if (!first || !second) throw new Error('demo has pending requests');
    const approved = await handlers['access:decide-request']({
      id: first.id,
      decision: 'approve',
      reason: 'Needed for the ticket.',
    });
    expect(approved).toMatchObject({
      status: 'approved',
      decision: { reason: 'Needed for the ticket.' },
    });
    expect(approved.approvedWindow).not.toBeNull();
    const denied = await handlers['access:decide-request']({
      id: second.id,
      decision: 'deny',
      reason: 'Not without a call first.',
    });
    expect(denied).toMatchObject({ status: 'denied', approvedWindow: null });
    await expect(
      handlers['access:decide-request']({ id: first.id, decision: 'deny', reason: 'late' }),
    ).rejects.toThrow(/no longer pending/);
    await expect(
      handlers['access:decide-request']({ id: 'ar-none', decision: 'deny', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('tells helpdesk it may not decide, and the provider refuses with 403 anyway', async () => {
    const { handlers } = setup(provider.tokens.helpdesk);
    const list = await handlers['access:list-requests'](undefined);
    expect(list.decider).toEqual({ status: 'not-allowed', role: 'helpdesk' });
    const pending = list.requests.find((r) => r.status === 'pending');
    if (!pending) throw new Error('demo has pending requests');
    await expect(
      handlers['access:decide-request']({ id: pending.id, decision: 'approve', reason: 'try' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      handlers['access:decide-request']({ id: pending.id, decision: 'deny', reason: 'try' }),
    ).rejects.toThrow(
      /may not approve or deny access requests \(403\)\. The provider said: .*requests\.decide/,
    );
    const after = (await providerJson(provider, `/v1/access-requests/${pending.id}`)) as {
      status: string;
    };
    expect(after.status).toBe('pending');
  });

  it('reads the transparency report', async () => {
    const { handlers } = setup();
    const report = await handlers['access:get-transparency-report'](undefined);
    expect(report).toEqual(await providerJson(provider, '/v1/transparency-report'));
    expect(report.periods.length).toBeGreaterThan(0);
  });
});
