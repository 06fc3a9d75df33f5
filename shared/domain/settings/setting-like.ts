/**
 * Minimal structural views of the provider's settings resources (field names as in the provider
 * API), so the generated API types are assignable without this folder importing them.
 */

/** A data category of the provider's data protection addendum (customer, diagnostic, ...). */
export type DataCategory = string;

export interface SettingValueLike {
  readonly value: string;
  readonly label: string;
  readonly sends: string;
  /** Categories THIS value sends to the provider; empty when it sends nothing. */
  readonly feeds: readonly DataCategory[];
}

export interface SettingLike {
  readonly id: string;
  readonly product: string;
  readonly title: string;
  readonly values: readonly SettingValueLike[];
  readonly defaultValue: string;
  readonly currentValue: string;
  readonly feeds: readonly DataCategory[];
  /** Opaque ETag the provider checks on PATCH (ifMatch). */
  readonly version: string;
  readonly enterpriseOnlyValues?: readonly string[] | null;
}

/** Staged values keyed by setting id: what the administrator wants, before review. */
export type StagedValues = Readonly<Record<string, string>>;

/** Categories a given value of a setting feeds; falls back to the setting's own list. */
export function feedsOfValue(setting: SettingLike, value: string): readonly DataCategory[] {
  const found = setting.values.find((v) => v.value === value);
  return found ? found.feeds : setting.feeds;
}

export function isAllowedValue(setting: SettingLike, value: string): boolean {
  return setting.values.some((v) => v.value === value);
}

/** Sorted, de-duplicated union: stable output for review screens and tests. */
export function categoriesUnion(lists: Iterable<readonly DataCategory[]>): DataCategory[] {
  const all = new Set<DataCategory>();
  for (const list of lists) for (const category of list) all.add(category);
  return [...all].sort();
}
