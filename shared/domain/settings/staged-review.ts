import type { ChangePlan } from './change-plan';
import type { ConflictDetail, PushPlan } from './push-state';
import { diffSettings, type SettingsDiff } from './settings-diff';
import type { SettingLike } from './setting-like';

/** A staged change as the staging store keeps it: the value and the version it was staged on. */
export interface StagedLike {
  readonly settingId: string;
  readonly value: string;
  readonly baseVersion: string;
}

export interface ChangedSinceStaged {
  readonly settingId: string;
  readonly stagedVersion: string;
  readonly currentVersion: string;
  readonly currentValue: string;
}

export interface StagedReview {
  /** Against the FRESH values: rows carry the versions the administrator now reviews. */
  readonly diff: SettingsDiff;
  /** Settings someone changed after they were staged (the review shows their new old value). */
  readonly changedSince: readonly ChangedSinceStaged[];
}

/**
 * Staged changes against a fresh snapshot (after being offline, or simply later). The review is
 * what will be sent, so its rows are based on the versions the administrator is looking at;
 * settings that moved since they were staged are flagged so the new "old" value is noticed.
 */
export function reviewStaged(
  settings: readonly SettingLike[],
  staged: readonly StagedLike[],
): StagedReview {
  const byId = new Map(settings.map((s) => [s.id, s]));
  const diff = diffSettings(
    settings,
    Object.fromEntries(staged.map((c) => [c.settingId, c.value])),
  );
  const changedSince: ChangedSinceStaged[] = [];
  for (const change of staged) {
    const setting = byId.get(change.settingId);
    if (setting && setting.version !== change.baseVersion) {
      changedSince.push({
        settingId: setting.id,
        stagedVersion: change.baseVersion,
        currentVersion: setting.version,
        currentValue: setting.currentValue,
      });
    }
  }
  return { diff, changedSince };
}

/**
 * A 412 that names no conflicts (a provider that only says "stale"): the conflicts are read back
 * from the settings as they are now. Settings whose version moved are the conflicts; when none
 * moved (the provider refused without a visible reason) every change is offered for the choice,
 * so the administrator still decides instead of the app guessing.
 */
export function conflictsFromSettings(
  plan: PushPlan,
  settings: readonly SettingLike[],
): ConflictDetail[] {
  const byId = new Map(settings.map((s) => [s.id, s]));
  const all = plan.changes.flatMap((change): ConflictDetail[] => {
    const setting = byId.get(change.settingId);
    return setting
      ? [
          {
            id: change.settingId,
            expectedVersion: change.baseVersion,
            current: { currentValue: setting.currentValue, version: setting.version },
          },
        ]
      : [];
  });
  const moved = all.filter((c) => c.current.version !== c.expectedVersion);
  return moved.length > 0 ? moved : all;
}

/** The PATCH comment for an applied plan: who prepared it and why, within the provider's limit. */
export function commentForPlan(plan: ChangePlan, limit = 1000): string {
  const reasons = plan.changes.map((c) => `${c.settingId}: ${c.reason.trim()}`).join('; ');
  const text = `Change plan by ${plan.author} (${plan.createdAt}). ${reasons}`;
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
