import { describe, expect, it } from 'vitest';
import type { AccessRequestLike } from '../../../../shared/domain/access/access-like';
import {
  indexRequests,
  lockboxAlert,
  lockboxAlerts,
} from '../../../../shared/domain/access/lockbox-rules';
import { accessEvent, approvedRequest, operatorEvent } from './access-fixture';
import { must } from '../settings/must';

const requests = indexRequests([
  approvedRequest,
  { id: 'req-pending', status: 'pending', approvedWindow: null },
  { id: 'req-denied', status: 'denied', approvedWindow: null },
  { id: 'req-expired', status: 'expired', approvedWindow: null },
  { ...approvedRequest, id: 'req-done', status: 'completed' },
]);

describe('lockbox rules: must not raise', () => {
  it('for the tenant own people and applications, with or without a request', () => {
    for (const actorKind of [
      'tenant-admin',
      'tenant-user',
      'application',
      'subprocessor',
      'legal-demand',
    ]) {
      expect(lockboxAlert(accessEvent({ actorKind, accessRequestId: null }), requests)).toBeNull();
    }
  });

  it('for an operator inside the approved window, boundaries included', () => {
    for (const time of [
      '2025-10-14T09:30:00.000Z',
      '2025-10-14T08:00:00.000Z',
      '2025-10-14T12:00:00.000Z',
    ]) {
      expect(lockboxAlert(operatorEvent({ time }), requests)).toBeNull();
    }
    expect(lockboxAlert(operatorEvent({ accessRequestId: 'req-done' }), requests)).toBeNull();
  });
});

describe('lockbox rules: must raise', () => {
  it('operator access with no access request', () => {
    const alert = lockboxAlert(operatorEvent({ accessRequestId: null }), requests);
    expect(alert).toMatchObject({
      rule: 'operator-without-request',
      severity: 'critical',
      eventId: 'evt-op-7',
      actor: 'engineer-4411@provider.example',
    });
    expect(must(alert).message).toContain('without any access request');
    expect(must(alert).promise).toContain('access request the tenant approved');
  });

  it('operator access under a request the tenant has no record of', () => {
    expect(lockboxAlert(operatorEvent({ accessRequestId: 'req-ghost' }), requests)).toMatchObject({
      rule: 'operator-unknown-request',
    });
  });

  it('operator access under a request that was not approved', () => {
    for (const id of ['req-pending', 'req-denied', 'req-expired']) {
      const alert = lockboxAlert(operatorEvent({ accessRequestId: id }), requests);
      expect(alert, id).toMatchObject({ rule: 'operator-request-not-approved' });
      expect(must(alert).message).toContain(id);
    }
  });

  it('operator access just outside the approved window, or at an unreadable time', () => {
    for (const time of [
      '2025-10-14T07:59:59.999Z',
      '2025-10-14T12:00:00.001Z',
      '2025-10-15T09:30:00.000Z',
      'yesterday',
    ]) {
      const alert = lockboxAlert(operatorEvent({ time }), requests);
      expect(alert, time).toMatchObject({ rule: 'operator-outside-window' });
    }
  });

  it('a denied attempt outside any request is a warning, not silence', () => {
    expect(
      lockboxAlert(operatorEvent({ accessRequestId: null, result: 'denied' }), requests),
    ).toMatchObject({ severity: 'warning' });
  });
});

it('lockboxAlerts checks every event against the request list', () => {
  const list: AccessRequestLike[] = [approvedRequest];
  const alerts = lockboxAlerts(
    [
      operatorEvent({ id: 'ok' }),
      operatorEvent({ id: 'late', time: '2025-10-14T13:00:00.000Z' }),
      accessEvent({ id: 'user' }),
    ],
    list,
  );
  expect(alerts.map((a) => [a.eventId, a.rule])).toEqual([['late', 'operator-outside-window']]);
});

describe('lockbox alerts carry what a UI needs to word them', () => {
  it('the request, its status and its window', () => {
    expect(
      lockboxAlert(operatorEvent({ time: '2025-10-14T13:00:00.000Z' }), requests),
    ).toMatchObject({
      accessRequestId: 'req-42',
      requestStatus: 'approved',
      approvedWindow: approvedRequest.approvedWindow,
      category: 'customer',
      resource: 'mailbox:anna.schmidt',
      result: 'success',
      purpose: 'troubleshooting',
    });
    expect(lockboxAlert(operatorEvent({ accessRequestId: 'req-denied' }), requests)).toMatchObject({
      accessRequestId: 'req-denied',
      requestStatus: 'denied',
      approvedWindow: null,
    });
    expect(lockboxAlert(operatorEvent({ accessRequestId: 'req-ghost' }), requests)).toMatchObject({
      accessRequestId: 'req-ghost',
      requestStatus: null,
    });
    expect(lockboxAlert(operatorEvent({ accessRequestId: '' }), requests)).toMatchObject({
      rule: 'operator-without-request',
      accessRequestId: null,
    });
  });
});
