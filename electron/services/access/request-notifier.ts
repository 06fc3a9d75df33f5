import type { AccessRequest } from '../../../shared/ipc/schemas/access-requests';
import type { ProviderClient } from '../provider-client';
import { startPolling, type Poller, type Schedule } from '../poll-scheduler';
import { ServiceError } from '../service-error';
import { readAllRequests } from './requests-service';

/** "An hour from expiry": a pending request inside its last hour gets one warning. */
export const expiryWarningMs = 3_600_000;

/**
 * One desktop notification about one pending request. It carries only what the Access
 * requests screen shows anyway (never a token, never the connection's address).
 */
export interface RequestNotice {
  /** `arrived`: pending and new since the last read; `expiring`: in its last hour. */
  readonly kind: 'arrived' | 'expiring';
  readonly requestId: string;
  readonly requester: string;
  readonly requesterOrg: string;
  readonly justification: string;
  readonly expiresAt: string;
  /** Time left when the notice was decided (positive). */
  readonly msLeft: number;
}

/** What one connection's reads have already made known, by request id. */
export interface ConnectionMemory {
  /** Pending requests already read: announced, seen on screen, or there at the first read. */
  readonly known: ReadonlySet<string>;
  /** Pending requests whose last hour was announced or came while the window was in front. */
  readonly warned: ReadonlySet<string>;
}

export interface NoticeInput {
  /** Null before the connection's first successful read. */
  readonly memory: ConnectionMemory | null;
  /** Every request the provider listed (any status); only pending ones matter. */
  readonly requests: readonly AccessRequest[];
  readonly now: number;
  /** The window is not in front (unfocused, minimised or hidden). */
  readonly background: boolean;
}

export interface NoticeDecision {
  /** What to show now: empty whenever the window is in front. */
  readonly notices: readonly RequestNotice[];
  readonly memory: ConnectionMemory;
}

/**
 * Decides the notifications for one read of one connection's requests. Pure.
 *
 * - The first read establishes what is known: requests pending then are not announced as
 *   new (the app cannot tell whether the admin saw them elsewhere), but one already inside
 *   its last hour is warned about at once, so an admin who starts the app in the background
 *   still hears of a request about to lapse.
 * - Later reads announce each pending request not read before ("arrived"), and each pending
 *   request that entered its last hour ("expiring"), each once. A request that arrives inside
 *   its last hour gets one notice, the arrival, whose text says the time left.
 * - In the foreground nothing is shown, but everything is remembered as if it had been: the
 *   app's own screen shows it, and going to the background later must not bring it up again.
 */
export function decideNotices(input: NoticeInput): NoticeDecision {
  const { memory } = input;
  const known = new Set<string>();
  const warned = new Set<string>();
  const notices: RequestNotice[] = [];
  for (const request of input.requests) {
    if (request.status !== 'pending') continue;
    const msLeft = Date.parse(request.expiresAt) - input.now;
    // The provider expires on read, but a clock a little ahead of it must not warn of the past.
    if (!(msLeft > 0)) continue;
    const lastHour = msLeft <= expiryWarningMs;
    // Before the first read there is no memory, so nothing counts as new.
    const isNew = memory !== null && !memory.known.has(request.id);
    const wasWarned = memory?.warned.has(request.id) ?? false;
    known.add(request.id);
    if (lastHour || wasWarned) warned.add(request.id);
    const kind = isNew ? 'arrived' : lastHour && !wasWarned ? 'expiring' : null;
    if (kind === null) continue;
    notices.push({
      kind,
      requestId: request.id,
      requester: request.requester,
      requesterOrg: request.requesterOrg,
      justification: request.justification,
      expiresAt: request.expiresAt,
      msLeft,
    });
  }
  // Requests no longer pending are forgotten: a request never becomes pending again, and the
  // memory stays as small as the pending list.
  notices.sort((a, b) => a.msLeft - b.msLeft);
  return { notices: input.background ? notices : [], memory: { known, warned } };
}

export interface RequestNotifierDeps {
  /** The active connection's id and client, read together at the start of every check. */
  readonly activeConnectionId: () => string;
  readonly getClient: () => ProviderClient;
  /** Asked after the read, when the answer is in: the read may take seconds. */
  readonly isBackground: () => boolean;
  readonly now?: () => Date;
  /** The provider read (the Access requests screen's own); replaceable in tests. */
  readonly readRequests?: (client: ProviderClient) => Promise<readonly AccessRequest[]>;
  /** A failure that is not the provider's (a bug): still quiet for the user, but for the log. */
  readonly onUnexpectedError?: (error: unknown) => void;
}

export interface RequestNotifier {
  /** Reads the active connection's requests and returns what to show; never rejects. */
  check(): Promise<readonly RequestNotice[]>;
}

/**
 * Keeps a memory per connection, so switching connections neither re-announces the other
 * connection's requests nor misses what arrived there meanwhile (those are announced when
 * the connection is active again, in the background only, like any arrival).
 */
export function createRequestNotifier(deps: RequestNotifierDeps): RequestNotifier {
  const memories = new Map<string, ConnectionMemory>();
  const now = deps.now ?? (() => new Date());
  const read = deps.readRequests ?? readAllRequests;
  return {
    async check() {
      const connectionId = deps.activeConnectionId();
      let requests: readonly AccessRequest[];
      try {
        requests = await read(deps.getClient());
      } catch (error) {
        // Offline, signed out, or a role without requests.read (auditor, 403): nothing to
        // announce, and nothing learnt, so the next good read compares with the last good one.
        if (!(error instanceof ServiceError)) deps.onUnexpectedError?.(error);
        return [];
      }
      const decision = decideNotices({
        memory: memories.get(connectionId) ?? null,
        requests,
        now: now().getTime(),
        background: deps.isBackground(),
      });
      memories.set(connectionId, decision.memory);
      return decision.notices;
    },
  };
}

/** How often the provider is asked (the "every minute" is plenty for a 12 h lifetime). */
export const requestPollIntervalMs = 60_000;
/**
 * The first read waits a little: the window shows only once its page is ready, and a window
 * not shown yet would count as "in the background" and announce what the screen is about to show.
 */
export const firstRequestPollDelayMs = 5_000;

export interface RequestNoticePollOptions {
  readonly notifier: RequestNotifier;
  readonly show: (notices: readonly RequestNotice[]) => void;
  readonly intervalMs?: number;
  readonly firstDelayMs?: number;
  readonly schedule?: Schedule;
  readonly onError?: (error: unknown) => void;
}

/** Checks every interval until stopped; shows nothing once stopped, even from a read under way. */
export function pollRequestNotices(options: RequestNoticePollOptions): Poller {
  return startPolling({
    intervalMs: options.intervalMs ?? requestPollIntervalMs,
    firstDelayMs: options.firstDelayMs ?? firstRequestPollDelayMs,
    ...(options.schedule === undefined ? {} : { schedule: options.schedule }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
    task: async (round) => {
      const notices = await options.notifier.check();
      if (!round.stopped() && notices.length > 0) options.show(notices);
    },
  });
}
