/**
 * Which places a residency commitment allows.
 *
 * EU Data Boundary: the provider's commitment follows Microsoft's definition, "the countries in
 * the European Union (EU) and the European Free Trade Association (EFTA)"
 * (https://learn.microsoft.com/privacy/eudb/eu-data-boundary-learn). Of the provider's geography
 * codes that gives EUR (its European datacenters, all in EU member states), FRA, DEU, SWE, POL
 * (EU members), NOR and CHE (EFTA members: Norway through the EEA, Switzerland through EFTA
 * alone, both inside the boundary). GBR is outside: the United Kingdom left the EU in 2020 and
 * is not in EFTA (an adequacy decision lets data go there lawfully, but that is not the boundary).
 * Cities are checked by country as well, so a city outside the boundary under an allowed
 * geography code is still caught.
 */
const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;
const EFTA_MEMBERS = ['CH', 'IS', 'LI', 'NO'] as const;

export interface Commitment {
  readonly name: string;
  /** Geography codes inside the commitment; 'all' for none excluded. */
  readonly geographies: readonly string[] | 'all';
  /** ISO 3166 alpha-2 countries a datacenter city may be in; 'all' for none excluded. */
  readonly countries: readonly string[] | 'all';
}

export const COMMITMENTS: readonly Commitment[] = [
  {
    name: 'EU Data Boundary',
    geographies: ['EUR', 'FRA', 'DEU', 'SWE', 'POL', 'NOR', 'CHE'],
    countries: [...EU_MEMBERS, ...EFTA_MEMBERS],
  },
  { name: 'Global', geographies: 'all', countries: 'all' },
  // Single-country commitments: the country's own geography, datacenters in that country only
  // (NAM also holds Canadian sites, which the city check keeps out of "United States").
  { name: 'United States', geographies: ['NAM'], countries: ['US'] },
  { name: 'United Kingdom', geographies: ['GBR'], countries: ['GB'] },
  { name: 'Switzerland', geographies: ['CHE'], countries: ['CH'] },
  { name: 'Australia', geographies: ['AUS'], countries: ['AU'] },
  { name: 'Japan', geographies: ['JPN'], countries: ['JP'] },
  { name: 'Canada', geographies: ['CAN'], countries: ['CA'] },
];

/** The commitment by the name the provider uses, or undefined when this app does not know it. */
export function findCommitment(name: string): Commitment | undefined {
  const wanted = name.trim().toLowerCase();
  return COMMITMENTS.find((c) => c.name.toLowerCase() === wanted);
}

export function allowsGeography(commitment: Commitment, geography: string): boolean {
  return (
    commitment.geographies === 'all' || commitment.geographies.includes(geography.toUpperCase())
  );
}

export function allowsCountry(commitment: Commitment, countryCode: string): boolean {
  return commitment.countries === 'all' || commitment.countries.includes(countryCode.toUpperCase());
}
