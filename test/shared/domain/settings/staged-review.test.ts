import { describe, expect, it } from 'vitest';
import type { ChangePlan } from '../../../../shared/domain/settings/change-plan';
import type { PushPlan } from '../../../../shared/domain/settings/push-state';
import {
  commentForPlan,
  conflictsFromSettings,
  reviewStaged,
} from '../../../../shared/domain/settings/staged-review';
import { catalogue } from './catalogue-fixture';

const byId = (id: string) => {
  const found = catalogue.find((s) => s.id === id);
  if (!found) throw new Error(`fixture lacks ${id}`);
  return found;
};

describe('reviewStaged', () => {
  it('reviews against the fresh values and flags settings moved since they were staged', () => {
    const telemetry = byId('windows.allow-telemetry');
    const tailored = byId('windows.tailored-experiences');
    const moved = catalogue.map((s) =>
      s.id === tailored.id ? { ...s, currentValue: 'disabled', version: 'moved-2' } : s,
    );
    const review = reviewStaged(moved, [
      { settingId: telemetry.id, value: '1', baseVersion: telemetry.version },
      // Staged "disabled" while it was enabled; someone else disabled it meanwhile.
      { settingId: tailored.id, value: 'disabled', baseVersion: tailored.version },
    ]);
    expect(review.diff.rows.map((r) => [r.id, r.oldValue, r.newValue, r.baseVersion])).toEqual([
      [telemetry.id, '3', '1', telemetry.version],
    ]);
    expect(review.changedSince).toEqual([
      {
        settingId: tailored.id,
        stagedVersion: tailored.version,
        currentVersion: 'moved-2',
        currentValue: 'disabled',
      },
    ]);
  });
});

describe('conflictsFromSettings', () => {
  const plan: PushPlan = {
    planId: 'p',
    createdAt: '2025-11-03T12:00:00Z',
    changes: [
      { settingId: 'windows.allow-telemetry', value: '1', baseVersion: 'old-version' },
      {
        settingId: 'windows.tailored-experiences',
        value: 'disabled',
        baseVersion: byId('windows.tailored-experiences').version,
      },
    ],
  };

  it('names the settings whose version moved, with their value now', () => {
    expect(conflictsFromSettings(plan, catalogue)).toEqual([
      {
        id: 'windows.allow-telemetry',
        expectedVersion: 'old-version',
        current: { currentValue: '3', version: byId('windows.allow-telemetry').version },
      },
    ]);
  });

  it('offers every change when nothing visibly moved', () => {
    const unmoved = {
      ...plan,
      changes: plan.changes.map((c) => ({ ...c, baseVersion: byId(c.settingId).version })),
    };
    expect(conflictsFromSettings(unmoved, catalogue).map((c) => c.id)).toEqual([
      'windows.allow-telemetry',
      'windows.tailored-experiences',
    ]);
  });
});

describe('commentForPlan', () => {
  const plan: ChangePlan = {
    format: 'pcc-change-plan',
    version: 1,
    tenantId: 't',
    author: 'helpdesk@contoso.example',
    createdAt: '2025-11-03T12:00:00.000Z',
    baseVersions: { a: 'v1', b: 'v2' },
    changes: [
      { settingId: 'a', value: '0', reason: ' Ticket 42 ' },
      { settingId: 'b', value: '1', reason: 'Works council' },
    ],
    integrity: '0'.repeat(64),
  };

  it('says who prepared the plan and why, per setting', () => {
    expect(commentForPlan(plan)).toBe(
      'Change plan by helpdesk@contoso.example (2025-11-03T12:00:00.000Z). a: Ticket 42; b: Works council',
    );
  });

  it('stays within the provider limit', () => {
    const long = { ...plan, changes: [{ settingId: 'a', value: '0', reason: 'x'.repeat(2000) }] };
    const comment = commentForPlan(long);
    expect(comment).toHaveLength(1000);
    expect(comment.endsWith('…')).toBe(true);
  });
});
