import {
  alertBase,
  alertSeverity,
  outcomeWords,
  type AccessAlert,
  type AccessEventLike,
} from './access-like';

/** The provider's purposes: what its data protection addendum lets it use data for, and not. */
export const PERMITTED_PURPOSES = [
  'service-delivery',
  'troubleshooting',
  'maintenance-improvement',
] as const;
export const PROHIBITED_PURPOSES = ['user-profiling', 'advertising', 'market-research'] as const;

export type PurposeClass = 'permitted' | 'prohibited' | 'unrecognised';

/** Purpose rules judge the purpose alone; the request fields belong to the lockbox rules. */
const noRequest = { accessRequestId: null, requestStatus: null, approvedWindow: null } as const;

const LABELS: Readonly<Record<string, string>> = {
  'service-delivery': 'service delivery',
  troubleshooting: 'troubleshooting',
  'maintenance-improvement': 'maintenance and improvement',
  'user-profiling': 'user profiling',
  advertising: 'advertising',
  'market-research': 'market research',
};

export function purposeLabel(purpose: string): string {
  return LABELS[purpose] ?? purpose;
}

export function classifyPurpose(purpose: string): PurposeClass {
  if ((PERMITTED_PURPOSES as readonly string[]).includes(purpose)) return 'permitted';
  if ((PROHIBITED_PURPOSES as readonly string[]).includes(purpose)) return 'prohibited';
  return 'unrecognised';
}

/**
 * A prohibited purpose is an alarm whoever the actor is (the promise is about the tenant's data,
 * not about who touches it). A purpose the app does not know is a warning: it is not among the
 * permitted ones, so it cannot be taken as kept within the promises.
 */
export function purposeAlert(event: AccessEventLike): AccessAlert | null {
  const kind = classifyPurpose(event.purpose);
  if (kind === 'permitted') return null;
  const label = purposeLabel(event.purpose);
  const who = `${event.actor} (${event.actorKind})`;
  const what = `${outcomeWords(event)} ${event.category} data (${event.resource}) at ${event.time}`;
  if (kind === 'prohibited') {
    return {
      id: `prohibited-purpose:${event.id}`,
      rule: 'prohibited-purpose',
      severity: alertSeverity(event),
      ...alertBase(event),
      ...noRequest,
      promise: `The provider promised never to use tenant data for ${label}.`,
      message: `${who} ${what} for ${label}, event ${event.id}.`,
    };
  }
  return {
    id: `unrecognised-purpose:${event.id}`,
    rule: 'unrecognised-purpose',
    severity: 'warning',
    ...alertBase(event),
    ...noRequest,
    promise:
      'The provider promised to use tenant data only for service delivery, troubleshooting, and maintenance and improvement.',
    message: `${who} ${what} for an undeclared purpose "${event.purpose}", event ${event.id}.`,
  };
}

export function purposeAlerts(events: Iterable<AccessEventLike>): AccessAlert[] {
  const alerts: AccessAlert[] = [];
  for (const event of events) {
    const alert = purposeAlert(event);
    if (alert) alerts.push(alert);
  }
  return alerts;
}
