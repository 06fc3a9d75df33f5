import {
  alertBase,
  alertSeverity,
  outcomeWords,
  type AccessAlert,
  type AccessEventLike,
  type AccessRequestLike,
  type AlertRule,
} from './access-like';

const PROMISE =
  'The provider promised that its engineers reach tenant data only through an access request the tenant approved, and only within the approved window.';

/**
 * Statuses whose approvedWindow counts. A completed request was approved and has ended; a revoked
 * one was approved and then cut short (the provider closes its window at revocation), so access
 * inside the window it still shows was legitimate. Pending, denied and expired never were.
 */
const APPROVED_STATUSES = new Set(['approved', 'completed', 'revoked']);

function violation(
  event: AccessEventLike,
  requests: ReadonlyMap<string, AccessRequestLike>,
): { rule: AlertRule; why: string; request: AccessRequestLike | null } | null {
  if (event.actorKind !== 'provider-operator') return null;
  const requestId = event.accessRequestId;
  if (requestId === null || requestId === '') {
    return { rule: 'operator-without-request', why: 'without any access request', request: null };
  }
  const request = requests.get(requestId);
  if (!request) {
    return {
      rule: 'operator-unknown-request',
      why: `under access request ${requestId}, which the tenant has no record of`,
      request: null,
    };
  }
  if (!APPROVED_STATUSES.has(request.status) || request.approvedWindow === null) {
    return {
      rule: 'operator-request-not-approved',
      why: `under access request ${requestId}, which is ${request.status}, not approved`,
      request,
    };
  }
  const at = Date.parse(event.time);
  const start = Date.parse(request.approvedWindow.start);
  const end = Date.parse(request.approvedWindow.end);
  // Both ends inclusive; an unreadable time cannot be shown to be inside, so it is outside.
  if (!(at >= start && at <= end)) {
    return {
      rule: 'operator-outside-window',
      why: `under access request ${requestId} but outside its approved window ${request.approvedWindow.start} to ${request.approvedWindow.end}`,
      request,
    };
  }
  return null;
}

/** Provider-operator access that no approved request covers, or that falls outside its window. */
export function lockboxAlert(
  event: AccessEventLike,
  requests: ReadonlyMap<string, AccessRequestLike>,
): AccessAlert | null {
  const found = violation(event, requests);
  if (!found) return null;
  return {
    id: `${found.rule}:${event.id}`,
    rule: found.rule,
    severity: alertSeverity(event),
    ...alertBase(event),
    accessRequestId: event.accessRequestId === '' ? null : event.accessRequestId,
    requestStatus: found.request?.status ?? null,
    approvedWindow: found.request?.approvedWindow ?? null,
    promise: PROMISE,
    message: `Provider operator ${event.actor} ${outcomeWords(event)} ${event.category} data (${event.resource}) at ${event.time} ${found.why}, event ${event.id}.`,
  };
}

export function indexRequests(
  requests: Iterable<AccessRequestLike>,
): Map<string, AccessRequestLike> {
  return new Map([...requests].map((r) => [r.id, r]));
}

export function lockboxAlerts(
  events: Iterable<AccessEventLike>,
  requests: Iterable<AccessRequestLike>,
): AccessAlert[] {
  const byId = indexRequests(requests);
  const alerts: AccessAlert[] = [];
  for (const event of events) {
    const alert = lockboxAlert(event, byId);
    if (alert) alerts.push(alert);
  }
  return alerts;
}
