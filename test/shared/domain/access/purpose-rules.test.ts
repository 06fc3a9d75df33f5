import { describe, expect, it } from 'vitest';
import {
  classifyPurpose,
  PERMITTED_PURPOSES,
  PROHIBITED_PURPOSES,
  purposeAlert,
  purposeAlerts,
} from '../../../../shared/domain/access/purpose-rules';
import { accessEvent } from './access-fixture';
import { must } from '../settings/must';

describe('purpose rules', () => {
  it('classifies the provider purposes', () => {
    expect(PERMITTED_PURPOSES.map(classifyPurpose)).toEqual([
      'permitted',
      'permitted',
      'permitted',
    ]);
    expect(PROHIBITED_PURPOSES.map(classifyPurpose)).toEqual([
      'prohibited',
      'prohibited',
      'prohibited',
    ]);
    expect(classifyPurpose('research')).toBe('unrecognised');
  });

  it('raises no alert for a permitted purpose, whoever the actor', () => {
    for (const purpose of PERMITTED_PURPOSES) {
      for (const actorKind of ['tenant-user', 'provider-operator', 'subprocessor']) {
        expect(purposeAlert(accessEvent({ purpose, actorKind }))).toBeNull();
      }
    }
  });

  it('raises an alert naming the event, the actor and the promise for each prohibited purpose', () => {
    const labels = {
      'user-profiling': 'user profiling',
      advertising: 'advertising',
      'market-research': 'market research',
    };
    for (const purpose of PROHIBITED_PURPOSES) {
      const alert = purposeAlert(
        accessEvent({
          id: `evt-${purpose}`,
          purpose,
          actor: 'ads-pipeline',
          actorKind: 'subprocessor',
        }),
      );
      expect(alert).toMatchObject({
        id: `prohibited-purpose:evt-${purpose}`,
        rule: 'prohibited-purpose',
        severity: 'critical',
        eventId: `evt-${purpose}`,
        actor: 'ads-pipeline',
        actorKind: 'subprocessor',
        promise: `The provider promised never to use tenant data for ${labels[purpose]}.`,
      });
      expect(must(alert).message).toContain(`evt-${purpose}`);
      expect(must(alert).message).toContain('ads-pipeline (subprocessor) accessed customer data');
    }
  });

  it('keeps a denied prohibited attempt as a warning', () => {
    const alert = purposeAlert(accessEvent({ purpose: 'advertising', result: 'denied' }));
    expect(alert).toMatchObject({ severity: 'warning' });
    expect(must(alert).message).toContain('tried to access (denied)');
  });

  it('warns about a purpose outside the declared ones', () => {
    expect(purposeAlert(accessEvent({ purpose: 'model-training' }))).toMatchObject({
      rule: 'unrecognised-purpose',
      severity: 'warning',
    });
  });

  it('lists only the alerts, in event order', () => {
    const events = [
      accessEvent({ id: 'a' }),
      accessEvent({ id: 'b', purpose: 'market-research' }),
      accessEvent({ id: 'c', purpose: 'troubleshooting' }),
      accessEvent({ id: 'd', purpose: 'user-profiling' }),
    ];
    expect(purposeAlerts(events).map((a) => a.eventId)).toEqual(['b', 'd']);
  });
});

it('purpose alerts carry the purpose and the event, and no request fields', () => {
  expect(
    purposeAlert(
      accessEvent({ purpose: 'advertising', category: 'diagnostic', resource: 'telemetry:ad-id' }),
    ),
  ).toMatchObject({
    purpose: 'advertising',
    category: 'diagnostic',
    resource: 'telemetry:ad-id',
    result: 'success',
    accessRequestId: null,
    requestStatus: null,
    approvedWindow: null,
  });
});
