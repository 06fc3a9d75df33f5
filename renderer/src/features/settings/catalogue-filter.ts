import { products, type Product, type Setting } from '../../../../shared/ipc/schemas/settings';
import type { Filters } from './settings-state';

export interface ProductGroup {
  readonly product: Product;
  readonly settings: readonly Setting[];
}

/** The label of one of a setting's values, or the raw value when the catalogue lacks it. */
export function valueLabel(setting: Setting, value: string): string {
  return setting.values.find((v) => v.value === value)?.label ?? value;
}

export function valueOf(setting: Setting, value: string): Setting['values'][number] | undefined {
  return setting.values.find((v) => v.value === value);
}

function haystack(setting: Setting): string {
  return [
    setting.id,
    setting.title,
    setting.description,
    ...setting.values.flatMap((v) => [v.label, v.sends]),
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/** Every word of the query must appear somewhere in the setting (title, id, values, what they send). */
export function matchesQuery(setting: Setting, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(setting);
  return words.every((word) => text.includes(word));
}

export function matchesFilters(setting: Setting, filters: Filters): boolean {
  return (
    (filters.product === 'all' || setting.product === filters.product) &&
    (filters.category === 'all' || setting.feeds.includes(filters.category)) &&
    (!filters.changedOnly || setting.currentValue !== setting.defaultValue) &&
    matchesQuery(setting, filters.query)
  );
}

/** The settings that pass the filters, grouped by product in the catalogue's product order. */
export function filterCatalogue(
  settings: readonly Setting[],
  filters: Filters,
): readonly ProductGroup[] {
  const groups = new Map<Product, Setting[]>();
  for (const setting of settings) {
    if (!matchesFilters(setting, filters)) continue;
    const list = groups.get(setting.product) ?? [];
    list.push(setting);
    groups.set(setting.product, list);
  }
  return products.flatMap((product) => {
    const list = groups.get(product);
    return list ? [{ product, settings: list }] : [];
  });
}
