import type { SettingLike, SettingValueLike, StagedValues } from './setting-like';

export const BASELINE_PROFILE_IDS = ['provider-default', 'required-only', 'minimum-data'] as const;
export type BaselineProfileId = (typeof BASELINE_PROFILE_IDS)[number];

export interface ProfileOptions {
  /** Enterprise editions may choose values the provider reserves for them (e.g. telemetry "0"). */
  readonly enterpriseEdition: boolean;
}

export interface ProfileDifference {
  readonly id: string;
  readonly title: string;
  readonly product: string;
  readonly currentValue: string;
  readonly targetValue: string;
}

export interface ProfileDistance {
  readonly profile: BaselineProfileId;
  readonly count: number;
  readonly total: number;
  readonly differing: readonly ProfileDifference[];
}

const OFF_WORDS = /\b(off|disabled?|none|neither|never|security|do not send|don't send)\b/i;
const REQUIRED_WORDS = /\b(required|basic)\b/i;
const MORE_WORDS = /\b(optional|full|enhanced|enabled?|on|always|allow(ed)?)\b/i;
const REQUIRED_VALUE = /\brequired\b/i;

const mentions = (v: SettingValueLike, pattern: RegExp): boolean =>
  pattern.test(v.value) || pattern.test(v.label);

/**
 * How much a value sends when two values feed the same categories: the catalogue labels are the
 * only other signal (Windows "Security" < "Required" < "Optional" all feed diagnostic data).
 */
function dataLevel(v: SettingValueLike): number {
  if (mentions(v, OFF_WORDS)) return 0;
  if (mentions(v, REQUIRED_WORDS)) return 1;
  if (mentions(v, MORE_WORDS)) return 3;
  return 2;
}

function allowedValues(setting: SettingLike, options: ProfileOptions): SettingValueLike[] {
  const reserved = options.enterpriseEdition ? [] : (setting.enterpriseOnlyValues ?? []);
  return setting.values.filter((v) => !reserved.includes(v.value));
}

type RankKey = (v: SettingValueLike) => readonly number[];

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The candidate with the lexicographically smallest key (first one on a full tie). */
function pick(values: readonly SettingValueLike[], key: RankKey): SettingValueLike | undefined {
  let best: { value: SettingValueLike; key: readonly number[] } | undefined;
  for (const value of values) {
    const k = key(value);
    if (best === undefined || compareKeys(k, best.key) < 0) best = { value, key: k };
  }
  return best?.value;
}

/**
 * The value a profile asks of one setting. The rules (shown to administrators as such):
 * - provider-default: the provider's default value.
 * - required-only: where the setting offers a "required" level (value or label says required),
 *   the allowed value that still sends something with the fewest data categories, ties going to
 *   the value labelled required, then to the one that sends less; settings without such a level
 *   keep the provider default (the profile is about the diagnostic level, not every feature).
 * - minimum-data: every optional flow off: the allowed value with the fewest categories (so
 *   connected experiences that send content are off), ties going to the value that sends less by
 *   its label, then catalogue order.
 * "Allowed" leaves out enterprise-only values unless the tenant is on an enterprise edition; when
 * nothing is allowed the current value stays, since the provider would refuse any other.
 */
export function profileValue(
  setting: SettingLike,
  profile: BaselineProfileId,
  options: ProfileOptions,
): string {
  const allowed = allowedValues(setting, options);
  const index = (v: SettingValueLike): number => allowed.indexOf(v);
  switch (profile) {
    case 'provider-default':
      return setting.defaultValue;
    case 'required-only': {
      const required = allowed.filter((v) => mentions(v, REQUIRED_VALUE));
      if (required.length === 0) return setting.defaultValue;
      const sending = allowed.filter((v) => v.feeds.length > 0);
      const chosen = pick(sending.length > 0 ? sending : required, (v) => [
        v.feeds.length,
        mentions(v, REQUIRED_VALUE) ? 0 : 1,
        dataLevel(v),
        index(v),
      ]);
      return chosen?.value ?? setting.defaultValue;
    }
    case 'minimum-data': {
      const chosen = pick(allowed, (v) => [v.feeds.length, dataLevel(v), index(v)]);
      return chosen?.value ?? setting.currentValue;
    }
  }
}

/** Target value of every setting under a profile, keyed by setting id. */
export function profileValues(
  settings: readonly SettingLike[],
  profile: BaselineProfileId,
  options: ProfileOptions,
): StagedValues {
  return Object.fromEntries(settings.map((s) => [s.id, profileValue(s, profile, options)]));
}

/** How far the tenant is from a profile: the settings whose current value differs. */
export function distanceFromProfile(
  settings: readonly SettingLike[],
  profile: BaselineProfileId,
  options: ProfileOptions,
): ProfileDistance {
  const differing: ProfileDifference[] = [];
  for (const s of settings) {
    const targetValue = profileValue(s, profile, options);
    if (targetValue !== s.currentValue) {
      differing.push({
        id: s.id,
        title: s.title,
        product: s.product,
        currentValue: s.currentValue,
        targetValue,
      });
    }
  }
  return { profile, count: differing.length, total: settings.length, differing };
}

/** The staged values that apply a profile in one step (only the settings that change). */
export function stageProfile(
  settings: readonly SettingLike[],
  profile: BaselineProfileId,
  options: ProfileOptions,
): StagedValues {
  const { differing } = distanceFromProfile(settings, profile, options);
  return Object.fromEntries(differing.map((d) => [d.id, d.targetValue]));
}
