import type { TFunction } from 'i18next';
import type { ResidencyFindingItem } from '../../../../shared/ipc/schemas/residency';
import { dataCategories, services } from '../../../../shared/domain/provider-vocabulary';

type T = TFunction<'residency'>;

function known<K extends string>(list: readonly K[], value: string): value is K {
  return (list as readonly string[]).includes(value);
}

/** A provider name in the user's language; one the app does not know is shown as sent. */
export function serviceLabel(service: string, t: T): string {
  return known(services, service) ? t(`service.${service}`) : service;
}

export function categoryLabel(category: string, t: T): string {
  return known(dataCategories, category) ? t(`category.${category}`) : category;
}

export function processingLabel(processing: 'at-rest' | 'processing', t: T): string {
  return t(`processing.${processing}`);
}

/** Every reason a location is flagged, as sentences in the user's language. */
export function flagLines(finding: ResidencyFindingItem, commitment: string, t: T): string[] {
  const lines: string[] = [];
  for (const flag of finding.flags) {
    switch (flag.kind) {
      case 'outside-commitment':
        lines.push(t('flag.outside', { commitment }));
        if (flag.outside.geography !== null) {
          lines.push(t('flag.geography', { geography: flag.outside.geography }));
        }
        if (flag.outside.countries.length > 0) {
          lines.push(t('flag.countries', { countries: flag.outside.countries.join(', ') }));
        }
        lines.push(
          flag.providerReason === null
            ? t('flag.noReason')
            : t('flag.providerReason', { reason: flag.providerReason }),
        );
        break;
      case 'provider-disagrees':
        lines.push(
          t(
            flag.providerSays === 'inside' ? 'flag.providerSaysInside' : 'flag.providerSaysOutside',
          ),
        );
        break;
    }
  }
  return lines;
}

export interface CityMarker {
  readonly key: string;
  readonly name: string;
  readonly countryCode: string;
  readonly lat: number;
  readonly lon: number;
  readonly locations: number;
  readonly flagged: number;
}

/**
 * One marker per datacenter city of the shown locations, flagged when any location there is:
 * markers, not country shapes, so a city-state such as Singapore still shows at world scale.
 * Flagged cities come last so they are drawn on top.
 */
export function cityMarkers(findings: readonly ResidencyFindingItem[]): CityMarker[] {
  const byCity = new Map<string, CityMarker>();
  for (const finding of findings) {
    for (const city of finding.location.cities) {
      const key = `${city.name}|${city.countryCode}`;
      const before = byCity.get(key) ?? { key, ...city, locations: 0, flagged: 0 };
      byCity.set(key, {
        ...before,
        locations: before.locations + 1,
        flagged: before.flagged + (finding.flagged ? 1 : 0),
      });
    }
  }
  return [...byCity.values()].sort(
    (a, b) => Number(a.flagged > 0) - Number(b.flagged > 0) || a.key.localeCompare(b.key),
  );
}
