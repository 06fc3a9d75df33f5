import { describe, expect, it } from 'vitest';
import {
  createRequestNotifier,
  decideNotices,
  expiryWarningMs,
  pollRequestNotices,
  type ConnectionMemory,
  type RequestNotice,
} from '../../../../electron/services/access/request-notifier';
import type { ProviderClient } from '../../../../electron/services/provider-client';
import { ServiceError } from '../../../../electron/services/service-error';
import type { AccessRequest } from '../../../../shared/ipc/schemas/access-requests';
import { fakeSchedule } from '../fake-schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.parse('2025-11-20T10:00:00.000Z');

function request(
  id: string,
  expiresInMs: number,
  overrides: Partial<AccessRequest> = {},
  at = T0,
): AccessRequest {
  return {
    id,
    requester: 'operator-17',
    requesterOrg: 'Provider Support Engineering',
    justification: 'Restore of deleted site collection requested by the customer.',
    ticket: 'INC-1234567',
    resources: ['site:/sites/legal'],
    requestedDurationHours: 4,
    createdAt: new Date(at + expiresInMs - 12 * HOUR).toISOString(),
    expiresAt: new Date(at + expiresInMs).toISOString(),
    status: 'pending',
    decision: null,
    approvedWindow: null,
    ...overrides,
  };
}

const kinds = (notices: readonly RequestNotice[]) => notices.map((n) => `${n.kind} ${n.requestId}`);

/** Runs reads one after another on one connection, as the poller would. */
function reads(steps: { requests: AccessRequest[]; now?: number; background?: boolean }[]) {
  let memory: ConnectionMemory | null = null;
  return steps.map((step) => {
    const decision = decideNotices({
      memory,
      requests: step.requests,
      now: step.now ?? T0,
      background: step.background ?? true,
    });
    memory = decision.memory;
    return kinds(decision.notices);
  });
}

describe('decideNotices', () => {
  it('announces a pending request that arrived since the last read, once', () => {
    const a = request('ar-1', 8 * HOUR);
    const b = request('ar-2', 11 * HOUR);
    expect(reads([{ requests: [a] }, { requests: [b, a] }, { requests: [b, a] }])).toEqual([
      [],
      ['arrived ar-2'],
      [],
    ]);
  });

  it('at the first read announces only what is inside its last hour, so a background start hears of it', () => {
    const soon = request('ar-1', 40 * MINUTE);
    const later = request('ar-2', 5 * HOUR);
    expect(reads([{ requests: [later, soon] }, { requests: [later, soon] }])).toEqual([
      ['expiring ar-1'],
      [],
    ]);
  });

  it('warns once when a known request enters its last hour, with the time left', () => {
    const r = request('ar-1', 2 * HOUR);
    let memory: ConnectionMemory | null = null;
    const at = (now: number) => {
      const decision = decideNotices({ memory, requests: [r], now, background: true });
      memory = decision.memory;
      return decision.notices;
    };
    expect(at(T0)).toEqual([]);
    expect(at(T0 + HOUR - 1)).toEqual([]);
    const [warning, ...rest] = at(T0 + HOUR + 5 * MINUTE);
    expect(rest).toEqual([]);
    expect(warning).toEqual({
      kind: 'expiring',
      requestId: 'ar-1',
      requester: 'operator-17',
      requesterOrg: 'Provider Support Engineering',
      justification: 'Restore of deleted site collection requested by the customer.',
      expiresAt: r.expiresAt,
      msLeft: 55 * MINUTE,
    });
    expect(at(T0 + HOUR + 30 * MINUTE)).toEqual([]);
    expect(at(T0 + 2 * HOUR - 1)).toEqual([]);
  });

  it('gives a request that arrives inside its last hour one notice, the arrival', () => {
    const known = request('ar-1', 6 * HOUR);
    const late = request('ar-2', expiryWarningMs - 10 * MINUTE);
    expect(
      reads([
        { requests: [known] },
        { requests: [late, known] },
        { requests: [late, known], now: T0 + 5 * MINUTE },
      ]),
    ).toEqual([[], ['arrived ar-2'], []]);
  });

  it('ignores decided requests and pending ones already past their expiry', () => {
    const known = request('ar-1', 6 * HOUR);
    const approved = request('ar-2', 30 * MINUTE, { status: 'approved' });
    const denied = request('ar-3', 6 * HOUR, { status: 'denied' });
    const lapsed = request('ar-4', -1);
    const exactlyNow = request('ar-5', 0);
    expect(
      reads([{ requests: [known] }, { requests: [known, approved, denied, lapsed, exactlyNow] }]),
    ).toEqual([[], []]);
  });

  it('shows nothing in the foreground and does not bring it up again in the background', () => {
    const known = request('ar-1', 6 * HOUR);
    const arrived = request('ar-2', 8 * HOUR);
    const soon = request('ar-3', 2 * HOUR);
    expect(
      reads([
        { requests: [known, soon] },
        // In front: the screen shows the new request and the one entering its last hour.
        { requests: [arrived, known, soon], now: T0 + HOUR + MINUTE, background: false },
        { requests: [arrived, known, soon], now: T0 + HOUR + 2 * MINUTE, background: true },
      ]),
    ).toEqual([[], [], []]);
  });

  it('still warns in the background of a request seen arriving in the foreground, once its last hour comes', () => {
    const arrived = request('ar-1', 3 * HOUR);
    expect(
      reads([
        { requests: [] },
        { requests: [arrived], background: false },
        { requests: [arrived], now: T0 + 2 * HOUR + MINUTE },
        { requests: [arrived], now: T0 + 2 * HOUR + 2 * MINUTE },
      ]),
    ).toEqual([[], [], ['expiring ar-1'], []]);
  });

  it('puts the most urgent first', () => {
    const a = request('ar-1', 9 * HOUR);
    const b = request('ar-2', 2 * HOUR);
    const c = request('ar-3', 30 * MINUTE);
    expect(reads([{ requests: [] }, { requests: [a, b, c] }])).toEqual([
      [],
      ['arrived ar-3', 'arrived ar-2', 'arrived ar-1'],
    ]);
  });

  it('forgets requests that are no longer pending', () => {
    const a = request('ar-1', 3 * HOUR);
    const first = decideNotices({ memory: null, requests: [a], now: T0, background: true });
    expect([...first.memory.known]).toEqual(['ar-1']);
    const decided = decideNotices({
      memory: first.memory,
      requests: [{ ...a, status: 'approved' }],
      now: T0,
      background: true,
    });
    expect([...decided.memory.known]).toEqual([]);
  });
});

function notifierOn(options: {
  readonly connection: () => string;
  readonly read: () => Promise<readonly AccessRequest[]>;
  readonly background?: () => boolean;
  readonly now?: () => number;
  readonly unexpected?: unknown[];
}) {
  const client = {} as ProviderClient;
  return createRequestNotifier({
    activeConnectionId: options.connection,
    getClient: () => client,
    isBackground: options.background ?? (() => true),
    now: () => new Date(options.now?.() ?? T0),
    readRequests: options.read,
    onUnexpectedError: (error) => options.unexpected?.push(error),
  });
}

describe('createRequestNotifier', () => {
  it('keeps a memory per connection: switching neither re-announces nor forgets', async () => {
    let connection = 'embedded';
    const lists: Record<string, AccessRequest[]> = {
      embedded: [request('ar-1', 8 * HOUR)],
      remote: [request('rq-1', 8 * HOUR), request('rq-2', 9 * HOUR)],
    };
    const notifier = notifierOn({
      connection: () => connection,
      read: () => Promise.resolve(lists[connection] ?? []),
    });
    expect(await notifier.check()).toEqual([]);
    connection = 'remote';
    // The other connection's first read: what it holds is known, not new.
    expect(await notifier.check()).toEqual([]);
    connection = 'embedded';
    expect(await notifier.check()).toEqual([]);
    lists.embedded = [request('ar-2', 7 * HOUR), ...(lists.embedded ?? [])];
    connection = 'remote';
    expect(await notifier.check()).toEqual([]);
    connection = 'embedded';
    // What arrived while another connection was active is new here, once.
    expect(kinds(await notifier.check())).toEqual(['arrived ar-2']);
    expect(await notifier.check()).toEqual([]);
  });

  it('is quiet when the read fails, and compares the next good read with the last good one', async () => {
    const outcomes: (AccessRequest[] | Error)[] = [
      [request('ar-1', 8 * HOUR)],
      new ServiceError('provider_unreachable', 'The provider cannot be reached.'),
      [request('ar-2', 8 * HOUR), request('ar-1', 8 * HOUR)],
      [request('ar-2', 8 * HOUR), request('ar-1', 8 * HOUR)],
    ];
    const unexpected: unknown[] = [];
    const notifier = notifierOn({
      connection: () => 'embedded',
      read: () => {
        const next = outcomes.shift() ?? [];
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      },
      unexpected,
    });
    expect(await notifier.check()).toEqual([]);
    expect(await notifier.check()).toEqual([]);
    expect(kinds(await notifier.check())).toEqual(['arrived ar-2']);
    expect(await notifier.check()).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  it('gives a role that may not read requests none, and no first read until it can', async () => {
    let forbidden = true;
    const notifier = notifierOn({
      connection: () => 'embedded',
      read: () =>
        forbidden
          ? Promise.reject(new ServiceError('forbidden', 'Your role may not read this (403).'))
          : Promise.resolve([request('ar-1', 8 * HOUR)]),
    });
    expect(await notifier.check()).toEqual([]);
    expect(await notifier.check()).toEqual([]);
    forbidden = false;
    // Its first good read: what is there is known, not new.
    expect(await notifier.check()).toEqual([]);
  });

  it('passes a failure that is not the provider’s to the log hook, still quietly', async () => {
    const unexpected: unknown[] = [];
    const bug = new TypeError('x is undefined');
    const notifier = notifierOn({
      connection: () => 'embedded',
      read: () => Promise.reject(bug),
      unexpected,
    });
    expect(await notifier.check()).toEqual([]);
    expect(unexpected).toEqual([bug]);
  });

  it('asks whether the window is in the background after the read, not before', async () => {
    let background = true;
    // Set inside the read, so typed wide: TypeScript would narrow a plain `= null` to null.
    let release = null as (() => void) | null;
    let list: AccessRequest[] = [];
    const notifier = notifierOn({
      connection: () => 'embedded',
      background: () => background,
      read: () =>
        new Promise((resolve) => {
          release = () => {
            resolve(list);
          };
        }),
    });
    const first = notifier.check();
    release?.();
    await first;
    list = [request('ar-1', 8 * HOUR)];
    const second = notifier.check();
    background = false; // the admin came back to the window while the provider answered
    release?.();
    expect(await second).toEqual([]);
  });
});

describe('pollRequestNotices', () => {
  it('reads after the first delay and then every interval, showing what each check returns', async () => {
    const clock = fakeSchedule();
    let list: AccessRequest[] = [request('ar-1', 8 * HOUR)];
    const shown: string[][] = [];
    const poller = pollRequestNotices({
      notifier: notifierOn({
        connection: () => 'embedded',
        read: () => Promise.resolve(list),
        now: () => T0 + clock.now(),
      }),
      show: (notices) => shown.push(kinds(notices)),
      intervalMs: 60_000,
      firstDelayMs: 5_000,
      schedule: clock.schedule,
    });
    await clock.advance(4_999);
    expect(clock.pending()).toBe(1);
    await clock.advance(1); // first read at 5 s: known
    list = [request('ar-2', 8 * HOUR), ...list];
    await clock.advance(59_999);
    expect(shown).toEqual([]);
    await clock.advance(1); // 65 s
    expect(shown).toEqual([['arrived ar-2']]);
    await clock.advance(10 * 60_000);
    expect(shown).toEqual([['arrived ar-2']]);
    poller.stop();
    expect(clock.pending()).toBe(0);
  });

  it('shows nothing from a read that was under way when it stopped', async () => {
    const clock = fakeSchedule();
    let release = null as ((list: AccessRequest[]) => void) | null;
    let reads = 0;
    const shown: string[][] = [];
    const poller = pollRequestNotices({
      notifier: notifierOn({
        connection: () => 'embedded',
        read: () => {
          reads += 1;
          return reads === 1
            ? Promise.resolve([])
            : new Promise((resolve) => {
                release = resolve;
              });
        },
      }),
      show: (notices) => shown.push(kinds(notices)),
      intervalMs: 60_000,
      firstDelayMs: 0,
      schedule: clock.schedule,
    });
    await clock.advance(60_000);
    expect(reads).toBe(2);
    poller.stop();
    release?.([request('ar-1', 8 * HOUR)]);
    await clock.advance(10 * 60_000);
    expect(shown).toEqual([]);
    expect(reads).toBe(2);
    expect(clock.pending()).toBe(0);
  });
});
