// The events an auditor must find: provider operators working inside approved windows, a
// handful outside any window at night, prohibited-purpose accesses and legal demands.
import { berlinOffsetHours } from './berlin-time';
import { ipIn, type EventDraft } from './event-draft';
import { operators, subprocessors, tenantDomain } from './people';
import type { Random } from './prng';
import type { DemoAccessRequest } from './types';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

function operatorFor(alias: string) {
  return operators.find((o) => o.alias === alias) ?? operators[0];
}

/** Events of provider operators inside the windows of approved (and completed) requests. */
export function inWindowOperatorEvents(
  rng: Random,
  requests: readonly DemoAccessRequest[],
  endMs: number,
): EventDraft[] {
  return requests.flatMap((request) => {
    const window = request.approvedWindow;
    if (!window) return [];
    const start = Date.parse(window.start);
    const end = Math.min(Date.parse(window.end), endMs);
    if (end <= start) return [];
    const operator = operatorFor(request.requester);
    return Array.from({ length: rng.int(3, 12) }, (): EventDraft => ({
      timeMs: start + Math.floor(rng.next() * (end - start)),
      actor: request.requester,
      actorKind: 'provider-operator',
      category: rng.chance(0.7) ? 'customer' : 'diagnostic',
      resource: rng.pick(request.resources),
      operation: rng.pick(['content.read', 'metadata.read', 'diagnostics.read', 'config.read']),
      purpose: 'troubleshooting',
      justification: request.justification,
      ticket: request.ticket,
      accessRequestId: request.id,
      location: { countryCode: operator?.countryCode ?? 'US', city: operator?.city ?? 'Redmond' },
      ip: ipIn(rng, operator?.ipPrefix ?? '20.42'),
      result: 'success',
    }));
  });
}

/** An instant at the given Berlin local hour on the day `dayStartMs` falls in. */
function atBerlinNight(rng: Random, dayMs0: number): number {
  const midnightUtc = Math.floor(dayMs0 / dayMs) * dayMs;
  const localHour = rng.int(1, 4);
  const t = midnightUtc + localHour * hourMs + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
  return t - berlinOffsetHours(t) * hourMs;
}

/** Provider-operator events outside any approved window, at night in Berlin. */
export function outsideWindowOperatorEvents(
  rng: Random,
  requests: readonly DemoAccessRequest[],
  startMs: number,
  endMs: number,
): EventDraft[] {
  const completed = requests.filter(
    (r) =>
      r.status === 'completed' &&
      r.approvedWindow &&
      Date.parse(r.approvedWindow.end) < endMs - 4 * dayMs,
  );
  const late = completed.slice(-3).map((request): EventDraft => {
    const windowEnd = Date.parse(request.approvedWindow?.end ?? request.expiresAt);
    const operator = operatorFor(request.requester);
    return {
      timeMs: atBerlinNight(rng, windowEnd + rng.int(1, 3) * dayMs),
      actor: request.requester,
      actorKind: 'provider-operator',
      category: 'customer',
      resource: rng.pick(request.resources),
      operation: 'content.read',
      purpose: 'troubleshooting',
      justification: request.justification,
      ticket: request.ticket,
      accessRequestId: request.id,
      location: { countryCode: operator?.countryCode ?? 'US', city: operator?.city ?? 'Redmond' },
      ip: ipIn(rng, operator?.ipPrefix ?? '20.42'),
      result: 'success',
    };
  });
  const unannounced = [40, 95].map((daysAgo): EventDraft => {
    const operator = rng.pick(operators);
    return {
      timeMs: Math.max(startMs, atBerlinNight(rng, endMs - daysAgo * dayMs)),
      actor: operator.alias,
      actorKind: 'provider-operator',
      category: 'customer',
      resource: `mailbox:board@${tenantDomain}`,
      operation: 'content.read',
      purpose: 'maintenance-improvement',
      justification: null,
      ticket: null,
      accessRequestId: null,
      location: { countryCode: operator.countryCode, city: operator.city },
      ip: ipIn(rng, operator.ipPrefix),
      result: 'success',
    };
  });
  return [...late, ...unannounced];
}

/** Accesses for purposes the provider promised never to use. */
export function prohibitedPurposeEvents(rng: Random, startMs: number, endMs: number): EventDraft[] {
  const cases = [
    [
      'subprocessor',
      'user-profiling',
      'diagnostic',
      'usage-profile.build',
      'telemetry:device-usage',
    ],
    ['application', 'advertising', 'diagnostic', 'ad-audience.export', 'telemetry:advertising-id'],
    [
      'subprocessor',
      'market-research',
      'service-generated',
      'survey-panel.sample',
      `directory:all-users`,
    ],
    [
      'provider-operator',
      'user-profiling',
      'customer',
      'mailbox.analyse',
      `mailbox:sales@${tenantDomain}`,
    ],
    [
      'application',
      'market-research',
      'service-generated',
      'usage-report.export',
      'reports:feature-usage',
    ],
  ] as const;
  return cases.map(([actorKind, purpose, category, operation, resource], i): EventDraft => {
    const actor =
      actorKind === 'subprocessor'
        ? rng.pick(subprocessors)
        : actorKind === 'application'
          ? 'app:Partner Insights (9c03ab77)'
          : (operators[1]?.alias ?? 'operator');
    return {
      timeMs: startMs + Math.floor(((i + rng.next()) / cases.length) * (endMs - startMs - hourMs)),
      actor,
      actorKind,
      category,
      resource,
      operation,
      purpose,
      justification: actorKind === 'provider-operator' ? 'Account health review.' : null,
      ticket: null,
      accessRequestId: null,
      location: { countryCode: 'US', city: 'Boydton' },
      ip: ipIn(rng, '13.77'),
      result: i === 2 ? 'denied' : 'success',
    };
  });
}

/** Legal demands that reached the tenant's data (answered or rejected). */
export function legalDemandEvents(rng: Random, startMs: number, endMs: number): EventDraft[] {
  const demands = [
    ['US law enforcement request LE-3318 (via provider legal)', 'US', 'Washington', 'denied'],
    ['Court order, Regional Court Munich I', 'DE', 'Munich', 'success'],
    ['US law enforcement request LE-4471 (via provider legal)', 'US', 'Washington', 'denied'],
  ] as const;
  return demands.map(([actor, countryCode, city, result]): EventDraft => ({
    timeMs: startMs + Math.floor(rng.next() * (endMs - startMs - hourMs)),
    actor,
    actorKind: 'legal-demand',
    category: 'customer',
    resource: `mailbox:${rng.pick(['anna.schmidt', 'felix.weber', 'olivia.koch'])}@${tenantDomain}`,
    operation: result === 'success' ? 'metadata.disclose' : 'content.request',
    purpose: 'service-delivery',
    justification:
      result === 'success'
        ? 'Compelled disclosure of non-content data.'
        : 'Rejected: no valid legal basis for EU data.',
    ticket: `LGL-${String(rng.int(10_000, 99_999))}`,
    accessRequestId: null,
    location: { countryCode, city },
    ip: ipIn(rng, '13.107'),
    result,
  }));
}
