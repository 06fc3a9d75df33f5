import type { AccessAlertItem } from '../../../../shared/ipc/schemas/access-alerts';
import type { AccessEvent, EventSummary } from '../../../../shared/ipc/schemas/access-events';
import type { AccessRequest } from '../../../../shared/ipc/schemas/access-requests';

export function sampleEvent(id: string, patch: Partial<AccessEvent> = {}): AccessEvent {
  return {
    id,
    time: '2025-06-01T10:00:00.000Z',
    actor: 'anna@contoso.example',
    actorKind: 'tenant-user',
    category: 'customer',
    resource: 'mailbox:anna',
    operation: 'mail.read',
    purpose: 'service-delivery',
    justification: null,
    ticket: null,
    accessRequestId: null,
    location: { countryCode: 'DE', city: 'Berlin' },
    ip: '203.0.113.1',
    result: 'success',
    ...patch,
  };
}

export const emptyCounts = {
  'tenant-admin': 0,
  'tenant-user': 0,
  application: 0,
  'provider-operator': 0,
  subprocessor: 0,
  'legal-demand': 0,
};

export function sampleSummary(total: number): EventSummary {
  return {
    total,
    byKind: { ...emptyCounts, 'tenant-user': total },
    days:
      total === 0 ? [] : [{ date: '2025-06-01', counts: { ...emptyCounts, 'tenant-user': total } }],
  };
}

export function sampleAlert(patch: Partial<AccessAlertItem> = {}): AccessAlertItem {
  return {
    id: 'prohibited-purpose:ev-9',
    rule: 'prohibited-purpose',
    severity: 'critical',
    eventId: 'ev-9',
    time: '2025-06-01T22:30:00.000Z',
    actor: 'app:Partner Insights',
    actorKind: 'application',
    category: 'diagnostic',
    resource: 'telemetry:ad-id',
    result: 'success',
    purpose: 'advertising',
    accessRequestId: null,
    requestStatus: null,
    approvedWindow: null,
    promise: 'The provider promised never to use tenant data for advertising.',
    message: 'app:Partner Insights (application) accessed …',
    ...patch,
  };
}

export function sampleRequest(id: string, patch: Partial<AccessRequest> = {}): AccessRequest {
  return {
    id,
    requester: 'p.raman@ops.provider.example',
    requesterOrg: 'Mail Service Engineering',
    justification: 'Mailbox sync failures.',
    ticket: 'INC-1',
    resources: ['mailbox:finance@contoso.example'],
    requestedDurationHours: 4,
    createdAt: '2025-06-01T08:00:00.000Z',
    expiresAt: '2025-06-01T20:00:00.000Z',
    status: 'pending',
    decision: null,
    approvedWindow: null,
    ...patch,
  };
}
