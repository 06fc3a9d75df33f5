/** Minimal structural views of the provider's access resources (field names as in the API). */

export interface AccessEventLike {
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly time: string;
  readonly actor: string;
  readonly actorKind: string;
  readonly category: string;
  readonly resource: string;
  readonly operation: string;
  readonly purpose: string;
  readonly justification: string | null;
  readonly ticket: string | null;
  readonly accessRequestId: string | null;
  readonly location: { readonly countryCode: string; readonly city: string };
  readonly ip: string;
  readonly result: string;
}

export interface AccessRequestLike {
  readonly id: string;
  readonly status: string;
  readonly approvedWindow: { readonly start: string; readonly end: string } | null;
}

export type AlertRule =
  | 'prohibited-purpose'
  | 'unrecognised-purpose'
  | 'operator-without-request'
  | 'operator-unknown-request'
  | 'operator-request-not-approved'
  | 'operator-outside-window';

/** Something the overview lists: which event, who, and which promise it breaks. */
export interface AccessAlert {
  /** Stable per rule and event, so the same alert is never listed twice. */
  readonly id: string;
  readonly rule: AlertRule;
  /** critical when access happened; warning for attempts that were denied or failed. */
  readonly severity: 'critical' | 'warning';
  readonly eventId: string;
  readonly time: string;
  readonly actor: string;
  readonly actorKind: string;
  /** What was touched and how it ended, so a UI can word the alert in its own language. */
  readonly category: string;
  readonly resource: string;
  readonly result: string;
  readonly purpose: string;
  /** The access request the event names (lockbox rules), its status and approved window. */
  readonly accessRequestId: string | null;
  readonly requestStatus: string | null;
  readonly approvedWindow: { readonly start: string; readonly end: string } | null;
  /** English wording, for logs and exported reports. */
  readonly promise: string;
  readonly message: string;
}

/** The fields every alert copies from its event. */
export function alertBase(
  event: AccessEventLike,
): Pick<
  AccessAlert,
  'eventId' | 'time' | 'actor' | 'actorKind' | 'category' | 'resource' | 'result' | 'purpose'
> {
  return {
    eventId: event.id,
    time: event.time,
    actor: event.actor,
    actorKind: event.actorKind,
    category: event.category,
    resource: event.resource,
    result: event.result,
    purpose: event.purpose,
  };
}

export function alertSeverity(event: AccessEventLike): AccessAlert['severity'] {
  return event.result === 'success' ? 'critical' : 'warning';
}

export function outcomeWords(event: AccessEventLike): string {
  return event.result === 'success' ? 'accessed' : `tried to access (${event.result})`;
}
