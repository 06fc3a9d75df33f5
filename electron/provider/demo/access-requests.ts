// Provider engineers' lockbox requests: a history of decided ones over the last 180 days and
// five that are pending right now (created in the last few hours, expiring 12 h after).
import type { Random } from './prng';
import { operators, tenantAdmins, tenantDomain } from './people';
import type { DemoAccessRequest } from './types';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
export const requestLifetimeMs = 12 * hourMs;
/** The same words the provider uses when it expires a request itself. */
export const expiryReason = 'Not decided within 12 hours of the request.';

const reasons = [
  [
    'Customer reported mailbox sync failures; need to inspect mailbox folder metadata.',
    'mailbox:finance@' + tenantDomain,
  ],
  ['Restore of deleted site collection requested by the customer.', 'site:/sites/legal'],
  [
    'Investigating failed device enrolment for multiple users.',
    'device-management:enrolment-profiles',
  ],
  ['Search index corruption affecting the HR site.', 'site:/sites/hr'],
  [
    'Meeting recordings fail to process; need to read transcoding logs and one recording.',
    'meetings:recording-store',
  ],
  ['Directory synchronisation errors for guest users.', 'directory:guest-users'],
] as const;

const historicStatuses = [
  ...Array<'completed'>(13).fill('completed'),
  ...Array<'denied'>(4).fill('denied'),
  ...Array<'expired'>(3).fill('expired'),
  'revoked',
] as const;

const iso = (ms: number): string => new Date(ms).toISOString();

function base(rng: Random, index: number, createdMs: number, durationHours: number) {
  const operator = rng.pick(operators);
  const [justification, resource] = rng.pick(reasons);
  return {
    id: `ar-${String(index + 1).padStart(4, '0')}`,
    requester: operator.alias,
    requesterOrg: operator.org,
    justification,
    ticket: `INC-${String(rng.int(1_000_000, 9_999_999))}`,
    resources: [resource],
    requestedDurationHours: durationHours,
    createdAt: iso(createdMs),
    expiresAt: iso(createdMs + requestLifetimeMs),
  };
}

export function buildAccessRequests(rng: Random, asOf: Date): DemoAccessRequest[] {
  const now = asOf.getTime();
  const statuses = [...historicStatuses];
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [statuses[i], statuses[j]] = [statuses[j] ?? 'completed', statuses[i] ?? 'completed'];
  }
  const created: number[] = statuses.map(
    () => now - rng.int(3 * 24, 178 * 24) * hourMs - rng.int(0, 59) * 60_000,
  );
  created.sort((a, b) => a - b);
  const historic = statuses.map((status, i): DemoAccessRequest => {
    const createdMs = created[i] ?? now - 30 * dayMs;
    const duration = rng.pick([2, 4, 4, 8, 8, 12]);
    const common = base(rng, i, createdMs, duration);
    if (status === 'expired') {
      return {
        ...common,
        status,
        decision: { by: 'system', at: common.expiresAt, reason: expiryReason },
        approvedWindow: null,
      };
    }
    const decidedMs = createdMs + rng.int(15, 8 * 60) * 60_000;
    const by = rng.pick(tenantAdmins.slice(0, 3));
    if (status === 'denied') {
      return {
        ...common,
        status,
        decision: {
          by,
          at: iso(decidedMs),
          reason: 'Not needed: the issue can be fixed without access to content.',
        },
        approvedWindow: null,
      };
    }
    const endMs =
      status === 'revoked'
        ? decidedMs + Math.floor((duration * hourMs) / 3)
        : decidedMs + duration * hourMs;
    return {
      ...common,
      status,
      decision: {
        by,
        at: iso(decidedMs),
        reason:
          status === 'revoked'
            ? 'Approved; revoked early once the mailbox was repaired.'
            : 'Approved for the ticket.',
      },
      approvedWindow: { start: iso(decidedMs), end: iso(endMs) },
    };
  });

  // One approval whose window is open right now.
  const activeCreated = now - 5 * hourMs;
  const activeDecided = activeCreated + 2 * hourMs;
  const active: DemoAccessRequest = {
    ...base(rng, historic.length, activeCreated, 8),
    status: 'approved',
    decision: {
      by: tenantAdmins[0] ?? 'admin',
      at: iso(activeDecided),
      reason: 'Approved for the ticket.',
    },
    approvedWindow: { start: iso(activeDecided), end: iso(activeDecided + 8 * hourMs) },
  };

  const pendingCreated = Array.from({ length: 5 }, () => now - rng.int(10, 270) * 60_000).sort(
    (a, b) => a - b,
  );
  const pending = pendingCreated.map((createdMs, i): DemoAccessRequest => ({
    ...base(rng, historic.length + 1 + i, createdMs, rng.pick([2, 4, 8])),
    status: 'pending',
    decision: null,
    approvedWindow: null,
  }));
  return [...historic, active, ...pending];
}
