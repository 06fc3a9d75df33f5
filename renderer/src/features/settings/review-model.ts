import type { ChangePlan } from '../../../../shared/domain/settings/change-plan';
import { reviewChangePlan } from '../../../../shared/domain/settings/change-plan';
import type {
  DataFlowEffect,
  StagedProblem,
} from '../../../../shared/domain/settings/settings-diff';
import { commentForPlan, reviewStaged } from '../../../../shared/domain/settings/staged-review';
import type { DataCategory, Setting, StagedChange } from '../../../../shared/ipc/schemas/settings';
import { valueLabel } from './catalogue-filter';
import type { Staged } from './settings-state';

export interface ReviewLine {
  readonly id: string;
  readonly title: string;
  readonly product: Setting['product'];
  readonly oldLabel: string;
  readonly newLabel: string;
  readonly stopsFeeding: readonly DataCategory[];
  readonly startsFeeding: readonly DataCategory[];
  /** Someone changed the setting after it was staged / after the plan was written. */
  readonly movedSince: { readonly currentLabel: string } | null;
  readonly reason: string | null;
}

export interface ReviewModel {
  readonly lines: readonly ReviewLine[];
  readonly effect: DataFlowEffect;
  readonly problems: readonly StagedProblem[];
  /** Exactly what a confirm sends: one batch, with these base versions. */
  readonly changes: readonly Omit<StagedChange, 'reason'>[];
  readonly comment: string;
}

// The catalogue's categories are this closed set (the IPC schema checked them).
const asCategories = (list: readonly string[]) => list as readonly DataCategory[];

function lines(
  settings: readonly Setting[],
  rows: ReturnType<typeof reviewStaged>['diff']['rows'],
  moved: ReadonlyMap<string, string>,
  reasons: ReadonlyMap<string, string>,
): ReviewLine[] {
  const byId = new Map(settings.map((s) => [s.id, s]));
  return rows.flatMap((row) => {
    const setting = byId.get(row.id);
    if (!setting) return [];
    const movedValue = moved.get(row.id);
    return [
      {
        id: row.id,
        title: row.title,
        product: setting.product,
        oldLabel: valueLabel(setting, row.oldValue),
        newLabel: valueLabel(setting, row.newValue),
        stopsFeeding: asCategories(row.stopsFeeding),
        startsFeeding: asCategories(row.startsFeeding),
        movedSince:
          movedValue === undefined ? null : { currentLabel: valueLabel(setting, movedValue) },
        reason: reasons.get(row.id) ?? null,
      },
    ];
  });
}

/** The staged changes against the values just read: what the administrator confirms. */
export function stagedReview(settings: readonly Setting[], staged: Staged): ReviewModel {
  const entries = Object.entries(staged).map(([settingId, e]) => ({ settingId, ...e }));
  const review = reviewStaged(settings, entries);
  const moved = new Map(review.changedSince.map((c) => [c.settingId, c.currentValue]));
  const reasons = new Map(
    entries.filter((e) => e.reason !== '').map((e) => [e.settingId, e.reason]),
  );
  return {
    lines: lines(settings, review.diff.rows, moved, reasons),
    effect: review.diff.effect,
    problems: review.diff.problems,
    changes: review.diff.rows.map((r) => ({
      settingId: r.id,
      value: r.newValue,
      baseVersion: r.baseVersion,
    })),
    comment: '',
  };
}

/** A plan against the current values; changes keep the plan's versions (stale ones conflict). */
export function planReview(settings: readonly Setting[], plan: ChangePlan): ReviewModel {
  const review = reviewChangePlan(plan, settings);
  const moved = new Map(review.stale.map((s) => [s.settingId, s.currentValue]));
  const reasons = new Map(plan.changes.map((c) => [c.settingId, c.reason]));
  return {
    lines: lines(settings, review.diff.rows, moved, reasons),
    effect: review.diff.effect,
    problems: review.diff.problems,
    changes: review.diff.rows.map((r) => ({
      settingId: r.id,
      value: r.newValue,
      baseVersion: r.baseVersion,
    })),
    comment: commentForPlan(plan),
  };
}
