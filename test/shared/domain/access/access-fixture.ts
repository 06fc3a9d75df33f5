import type {
  AccessEventLike,
  AccessRequestLike,
} from '../../../../shared/domain/access/access-like';

export function accessEvent(overrides: Partial<AccessEventLike> = {}): AccessEventLike {
  return {
    id: 'evt-000123',
    time: '2025-10-14T09:30:00.000Z',
    actor: 'anna.schmidt@contoso.example',
    actorKind: 'tenant-user',
    category: 'customer',
    resource: 'mailbox:anna.schmidt',
    operation: 'read',
    purpose: 'service-delivery',
    justification: null,
    ticket: null,
    accessRequestId: null,
    location: { countryCode: 'DE', city: 'Berlin' },
    ip: '203.0.113.10',
    result: 'success',
    ...overrides,
  };
}

export const approvedRequest: AccessRequestLike = {
  id: 'req-42',
  status: 'approved',
  approvedWindow: { start: '2025-10-14T08:00:00.000Z', end: '2025-10-14T12:00:00.000Z' },
};

export function operatorEvent(overrides: Partial<AccessEventLike> = {}): AccessEventLike {
  return accessEvent({
    id: 'evt-op-7',
    actor: 'engineer-4411@provider.example',
    actorKind: 'provider-operator',
    purpose: 'troubleshooting',
    justification: 'Mailbox migration stuck',
    ticket: 'INC-99812',
    accessRequestId: 'req-42',
    ...overrides,
  });
}
