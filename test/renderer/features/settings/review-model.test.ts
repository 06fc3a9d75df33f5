import { describe, expect, it } from 'vitest';
import type { ChangePlan } from '../../../../shared/domain/settings/change-plan';
import { planReview, stagedReview } from '../../../../renderer/src/features/settings/review-model';
import { sampleSettings } from './sample-catalogue';

describe('stagedReview', () => {
  it('lists each change with labels and the flows it stops, and sends fresh versions', () => {
    const model = stagedReview(sampleSettings, {
      'os.location': { value: '0', baseVersion: 'os.location-v1', reason: '' },
      'os.allow-telemetry': { value: '1', baseVersion: 'old', reason: 'why' },
      'browser.suggestions': { value: '0', baseVersion: 'browser.suggestions-v1', reason: '' },
    });
    expect(model.lines.map((l) => [l.id, l.oldLabel, l.newLabel, l.stopsFeeding])).toEqual([
      ['os.allow-telemetry', 'Optional', 'Required', []],
      ['os.location', 'On', 'Off', ['customer']],
    ]);
    // Staged against an older version: flagged, and sent with the version reviewed now.
    expect(model.lines[0]?.movedSince).toEqual({ currentLabel: 'Optional' });
    expect(model.changes).toEqual([
      { settingId: 'os.allow-telemetry', value: '1', baseVersion: 'os.allow-telemetry-v1' },
      { settingId: 'os.location', value: '0', baseVersion: 'os.location-v1' },
    ]);
    expect(model.effect.stops).toEqual(['customer']);
    expect(model.effect.starts).toEqual([]);
  });

  it('reports staged values the catalogue does not offer, and leaves them out', () => {
    const model = stagedReview(sampleSettings, {
      'os.location': { value: '2', baseVersion: 'v', reason: '' },
      'no.such': { value: '1', baseVersion: 'v', reason: '' },
    });
    expect(model.changes).toEqual([]);
    expect(model.problems.map((p) => p.problem)).toEqual(['value-not-allowed', 'unknown-setting']);
  });
});

describe('planReview', () => {
  it('keeps the plan versions (a stale one will conflict) and its reasons and comment', () => {
    const plan: ChangePlan = {
      format: 'pcc-change-plan',
      version: 1,
      tenantId: 'tenant-1',
      author: 'helpdesk@contoso.example',
      createdAt: '2025-06-01T09:00:00.000Z',
      baseVersions: {
        'os.location': 'os.location-v0',
        'chat.crash-reports': 'chat.crash-reports-v1',
      },
      changes: [
        { settingId: 'os.location', value: '0', reason: 'Ticket 1' },
        { settingId: 'chat.crash-reports', value: '0', reason: 'Ticket 2' },
      ],
      integrity: 'a'.repeat(64),
    };
    const model = planReview(sampleSettings, plan);
    expect(model.changes).toEqual([
      { settingId: 'os.location', value: '0', baseVersion: 'os.location-v0' },
      { settingId: 'chat.crash-reports', value: '0', baseVersion: 'chat.crash-reports-v1' },
    ]);
    expect(model.lines.map((l) => [l.id, l.reason, l.movedSince !== null])).toEqual([
      ['os.location', 'Ticket 1', true],
      ['chat.crash-reports', 'Ticket 2', false],
    ]);
    expect(model.comment).toMatch(/^Change plan by helpdesk@contoso\.example/);
  });
});
