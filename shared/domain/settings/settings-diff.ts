import {
  categoriesUnion,
  feedsOfValue,
  isAllowedValue,
  type DataCategory,
  type SettingLike,
  type StagedValues,
} from './setting-like';

/** One line of the review screen: what changes, and the version the change was based on. */
export interface ReviewRow {
  readonly id: string;
  readonly title: string;
  readonly product: string;
  readonly oldValue: string;
  readonly newValue: string;
  /** Sent as ifMatch, so a change made by someone else meanwhile is a 412, not an overwrite. */
  readonly baseVersion: string;
  /** Categories this setting stops / starts feeding on its own (the overall effect may differ). */
  readonly stopsFeeding: readonly DataCategory[];
  readonly startsFeeding: readonly DataCategory[];
}

/** Which categories flow to the provider overall, before and after the staged changes. */
export interface DataFlowEffect {
  readonly before: readonly DataCategory[];
  readonly after: readonly DataCategory[];
  readonly stops: readonly DataCategory[];
  readonly starts: readonly DataCategory[];
}

export interface StagedProblem {
  readonly id: string;
  readonly value: string;
  readonly problem: 'unknown-setting' | 'value-not-allowed';
}

export interface SettingsDiff {
  readonly rows: readonly ReviewRow[];
  readonly effect: DataFlowEffect;
  /** Staged entries that cannot be sent; they are left out of rows and effect. */
  readonly problems: readonly StagedProblem[];
}

const difference = (a: readonly DataCategory[], b: readonly DataCategory[]): DataCategory[] =>
  a.filter((category) => !b.includes(category));

/**
 * Staged values against the current snapshot. A staged value equal to the current one is not a
 * change (so diffing a snapshot against itself is empty). A category flows while ANY setting's
 * value feeds it, so turning one setting off stops a category only if no other setting feeds it.
 */
export function diffSettings(settings: readonly SettingLike[], staged: StagedValues): SettingsDiff {
  const byId = new Map(settings.map((s) => [s.id, s]));
  const problems: StagedProblem[] = [];
  const accepted = new Map<string, string>();
  for (const [id, value] of Object.entries(staged)) {
    const setting = byId.get(id);
    if (!setting) problems.push({ id, value, problem: 'unknown-setting' });
    else if (!isAllowedValue(setting, value))
      problems.push({ id, value, problem: 'value-not-allowed' });
    else if (value !== setting.currentValue) accepted.set(id, value);
  }

  const rows: ReviewRow[] = [];
  for (const setting of settings) {
    const newValue = accepted.get(setting.id);
    if (newValue === undefined) continue;
    const oldFeeds = feedsOfValue(setting, setting.currentValue);
    const newFeeds = feedsOfValue(setting, newValue);
    rows.push({
      id: setting.id,
      title: setting.title,
      product: setting.product,
      oldValue: setting.currentValue,
      newValue,
      baseVersion: setting.version,
      stopsFeeding: categoriesUnion([difference(oldFeeds, newFeeds)]),
      startsFeeding: categoriesUnion([difference(newFeeds, oldFeeds)]),
    });
  }

  const before = categoriesUnion(settings.map((s) => feedsOfValue(s, s.currentValue)));
  const after = categoriesUnion(
    settings.map((s) => feedsOfValue(s, accepted.get(s.id) ?? s.currentValue)),
  );
  return {
    rows,
    effect: { before, after, stops: difference(before, after), starts: difference(after, before) },
    problems,
  };
}
