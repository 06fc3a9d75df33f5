import { allowsCountry, allowsGeography, findCommitment, type Commitment } from './commitments';

export interface CityLike {
  readonly name: string;
  readonly countryCode: string;
}

/** The provider's DataLocation, only the fields the check reads. */
export interface DataLocationLike {
  readonly id: string;
  readonly service: string;
  readonly category: string;
  readonly geography: string;
  readonly region: string;
  readonly processing: string;
  readonly replicas: number;
  readonly inCommitment: boolean;
  readonly outOfCommitmentReason: string | null;
  readonly cities?: readonly CityLike[];
  /** "Dublin, IE" form, when the provider gives names without structured cities. */
  readonly datacenterCities?: readonly string[];
}

/** What this app's own check found outside the commitment (empty when nothing was). */
export interface OutsideParts {
  /** The location's geography code when the commitment does not allow it, else null. */
  readonly geography: string | null;
  /** Countries of datacenter cities the commitment does not allow, each once. */
  readonly countries: readonly string[];
}

export type ResidencyFlag =
  | {
      readonly kind: 'outside-commitment';
      readonly message: string;
      readonly providerReason: string | null;
      readonly outside: OutsideParts;
    }
  | {
      readonly kind: 'provider-disagrees';
      readonly message: string;
      /** What the provider says about the location; this app's check says the opposite. */
      readonly providerSays: 'inside' | 'outside';
      readonly outside: OutsideParts;
    };

export interface ResidencyFinding {
  readonly location: DataLocationLike;
  /** null when the commitment is not one this app knows how to check. */
  readonly computedInCommitment: boolean | null;
  readonly flagged: boolean;
  readonly flags: readonly ResidencyFlag[];
}

export interface ResidencyCount {
  readonly key: string;
  readonly total: number;
  readonly flagged: number;
}

export interface ResidencyReport {
  readonly commitment: string;
  readonly commitmentKnown: boolean;
  readonly findings: readonly ResidencyFinding[];
  readonly total: number;
  readonly flagged: number;
  readonly byCategory: readonly ResidencyCount[];
  readonly byService: readonly ResidencyCount[];
}

function countriesOf(location: DataLocationLike): string[] {
  if (location.cities) return location.cities.map((c) => c.countryCode.toUpperCase());
  return (location.datacenterCities ?? [])
    .map((name) => name.split(',').at(-1)?.trim().toUpperCase() ?? '')
    .filter((code) => /^[A-Z]{2}$/.test(code));
}

const nothingOutside: OutsideParts = { geography: null, countries: [] };

function outsideOf(location: DataLocationLike, commitment: Commitment): OutsideParts {
  return {
    geography: allowsGeography(commitment, location.geography) ? null : location.geography,
    countries: [...new Set(countriesOf(location).filter((c) => !allowsCountry(commitment, c)))],
  };
}

function describeOutside(outside: OutsideParts): string[] {
  const parts: string[] = [];
  if (outside.geography !== null) parts.push(`geography ${outside.geography}`);
  if (outside.countries.length > 0) parts.push(`datacenters in ${outside.countries.join(', ')}`);
  return parts;
}

function describe(location: DataLocationLike): string {
  return `${location.service} ${location.category} data (${location.processing}) in ${location.geography} ${location.region}`;
}

/**
 * One location against the commitment. It is flagged when it is outside by our check OR by the
 * provider's own word; when the two disagree that is a flag of its own, because either the
 * provider's labelling or this app's reading of the commitment is wrong and someone should look.
 */
export function checkLocation(
  location: DataLocationLike,
  commitmentName: string,
): ResidencyFinding {
  const commitment = findCommitment(commitmentName);
  const parts = commitment ? outsideOf(location, commitment) : nothingOutside;
  const outside = describeOutside(parts);
  const computed = commitment ? outside.length === 0 : null;
  const flags: ResidencyFlag[] = [];
  if (computed === false || !location.inCommitment) {
    const reason = location.outOfCommitmentReason;
    const why = outside.length > 0 ? ` (${outside.join('; ')})` : '';
    flags.push({
      kind: 'outside-commitment',
      message: `${describe(location)} is outside the ${commitmentName}${why}. ${
        reason ? `Provider's reason: ${reason}` : 'The provider gives no reason.'
      }`,
      providerReason: reason,
      outside: parts,
    });
  }
  if (computed !== null && computed !== location.inCommitment) {
    flags.push({
      kind: 'provider-disagrees',
      message: location.inCommitment
        ? `The provider marks ${describe(location)} as inside the ${commitmentName}, but ${outside.join(' and ')} ${outside.length > 1 ? 'are' : 'is'} outside it.`
        : `The provider marks ${describe(location)} as outside the ${commitmentName}, although its geography and datacenters are inside it.`,
      providerSays: location.inCommitment ? 'inside' : 'outside',
      outside: parts,
    });
  }
  return { location, computedInCommitment: computed, flagged: flags.length > 0, flags };
}

function countBy(
  findings: readonly ResidencyFinding[],
  key: (l: DataLocationLike) => string,
): ResidencyCount[] {
  const counts = new Map<string, { total: number; flagged: number }>();
  for (const f of findings) {
    const k = key(f.location);
    const entry = counts.get(k) ?? { total: 0, flagged: 0 };
    entry.total += 1;
    if (f.flagged) entry.flagged += 1;
    counts.set(k, entry);
  }
  return [...counts].map(([k, c]) => ({ key: k, ...c })).sort((a, b) => a.key.localeCompare(b.key));
}

/** Every location against the tenant's commitment, with the overview's counts. */
export function checkResidency(
  locations: readonly DataLocationLike[],
  commitmentName: string,
): ResidencyReport {
  const findings = locations.map((l) => checkLocation(l, commitmentName));
  return {
    commitment: commitmentName,
    commitmentKnown: findCommitment(commitmentName) !== undefined,
    findings,
    total: findings.length,
    flagged: findings.filter((f) => f.flagged).length,
    byCategory: countBy(findings, (l) => l.category),
    byService: countBy(findings, (l) => l.service),
  };
}
