// Where the demo tenant's data lives: every service x data category, stored (at rest) and
// processed, against an EU Data Boundary commitment. A few processing locations are honestly
// outside the boundary, with the reason the provider gives, as real providers document.
import type { components } from '../../../shared/api/generated/provider-api';
import type { Random } from './prng';
import type { DemoDataLocation } from './types';

type Schemas = components['schemas'];
type City = Schemas['DatacenterCity'];

const city = (name: string, countryCode: string, lat: number, lon: number): City => ({
  name,
  countryCode,
  lat,
  lon,
});

const cities = {
  frankfurt: city('Frankfurt', 'DE', 50.1109, 8.6821),
  berlin: city('Berlin', 'DE', 52.52, 13.405),
  dublin: city('Dublin', 'IE', 53.3498, -6.2603),
  amsterdam: city('Amsterdam', 'NL', 52.3676, 4.9041),
  paris: city('Paris', 'FR', 48.8566, 2.3522),
  gavle: city('Gävle', 'SE', 60.6749, 17.1413),
  boydton: city('Boydton', 'US', 36.6676, -78.3875),
  sanAntonio: city('San Antonio', 'US', 29.4241, -98.4936),
  singapore: city('Singapore', 'SG', 1.3521, 103.8198),
  hongKong: city('Hong Kong', 'HK', 22.3193, 114.1694),
  pune: city('Pune', 'IN', 18.5204, 73.8567),
};

interface Site {
  readonly geography: Schemas['Geography'];
  readonly region: string;
  readonly cities: readonly City[];
}

const germany: Site = {
  geography: 'DEU',
  region: 'Germany West Central',
  cities: [cities.frankfurt, cities.berlin],
};
const europe: Site = {
  geography: 'EUR',
  region: 'North Europe / West Europe',
  cities: [cities.dublin, cities.amsterdam],
};
const europeMeetings: Site = {
  geography: 'EUR',
  region: 'France Central / West Europe',
  cities: [cities.paris, cities.amsterdam],
};
const sweden: Site = { geography: 'SWE', region: 'Sweden Central', cities: [cities.gavle] };

/** Geographies inside the EU Data Boundary (EU and EFTA countries). */
export const euDataBoundary: ReadonlySet<Schemas['Geography']> = new Set([
  'EUR',
  'DEU',
  'FRA',
  'SWE',
  'POL',
  'NOR',
  'CHE',
]);

export const demoServices: readonly Schemas['Service'][] = [
  'mail',
  'files',
  'chat',
  'meetings',
  'directory',
  'device-management',
  'analytics',
  'search',
  'support',
  'security',
];

const categories: readonly Schemas['DataCategory'][] = [
  'customer',
  'diagnostic',
  'service-generated',
  'professional-services',
];

type Key = `${Schemas['Service']}/${Schemas['DataCategory']}/${Schemas['ProcessingKind']}`;

/** The honest exceptions: processing outside the boundary and why. */
const outside: Partial<Record<Key, Site & { readonly reason: string }>> = {
  'support/diagnostic/processing': {
    geography: 'NAM',
    region: 'East US / South Central US',
    cities: [cities.boydton, cities.sanAntonio],
    reason: 'Global support tooling processes diagnostic data in the United States.',
  },
  'security/service-generated/processing': {
    geography: 'NAM',
    region: 'East US',
    cities: [cities.boydton],
    reason:
      'Threat intelligence processing correlates security signals across all customers in the United States.',
  },
  'search/service-generated/processing': {
    geography: 'APC',
    region: 'Southeast Asia / East Asia',
    cities: [cities.singapore, cities.hongKong],
    reason:
      'Query-ranking models are trained on pseudonymised search logs in the Asia Pacific region.',
  },
  'support/professional-services/processing': {
    geography: 'IND',
    region: 'Central India',
    cities: [cities.pune],
    reason: 'Follow-the-sun support engineers outside the EU may work on escalated support cases.',
  },
};

function homeSite(
  service: Schemas['Service'],
  category: Schemas['DataCategory'],
  kind: string,
): Site {
  if (kind === 'processing') return service === 'meetings' ? europeMeetings : europe;
  if (service === 'analytics') return sweden;
  if (category === 'customer' || category === 'professional-services') {
    return service === 'chat' || service === 'meetings' || service === 'directory'
      ? europe
      : germany;
  }
  return europe;
}

export function buildDataLocations(rng: Random): DemoDataLocation[] {
  return demoServices.flatMap((service) =>
    categories.flatMap((category) =>
      (['at-rest', 'processing'] as const).map((processing): DemoDataLocation => {
        const exception = outside[`${service}/${category}/${processing}`];
        const site = exception ?? homeSite(service, category, processing);
        return {
          id: `loc-${service}-${category}-${processing}`,
          service,
          category,
          geography: site.geography,
          region: site.region,
          datacenterCities: site.cities.map((c) => `${c.name}, ${c.countryCode}`),
          cities: site.cities.map((c) => ({ ...c })),
          processing,
          replicas: processing === 'at-rest' ? rng.int(2, 4) : rng.int(1, 3),
          inCommitment: euDataBoundary.has(site.geography),
          outOfCommitmentReason: exception?.reason ?? null,
        };
      }),
    ),
  );
}
