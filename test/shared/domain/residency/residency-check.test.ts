import { describe, expect, it } from 'vitest';
import {
  checkLocation,
  checkResidency,
  type DataLocationLike,
} from '../../../../shared/domain/residency/residency-check';
import { must } from '../settings/must';

const EUDB = 'EU Data Boundary';

function loc(
  partial: Partial<DataLocationLike> & Pick<DataLocationLike, 'id' | 'geography'>,
): DataLocationLike {
  return {
    service: 'mail',
    category: 'customer',
    region: 'West Europe',
    processing: 'at-rest',
    replicas: 3,
    inCommitment: true,
    outOfCommitmentReason: null,
    cities: [],
    ...partial,
  };
}

const dublin = { name: 'Dublin', countryCode: 'IE' };
const locations: DataLocationLike[] = [
  loc({
    id: 'mail-eur',
    geography: 'EUR',
    cities: [dublin, { name: 'Amsterdam', countryCode: 'NL' }],
  }),
  loc({
    id: 'files-deu',
    service: 'files',
    geography: 'DEU',
    region: 'Germany West Central',
    cities: [{ name: 'Frankfurt', countryCode: 'DE' }],
  }),
  loc({
    id: 'files-che',
    service: 'files',
    geography: 'CHE',
    region: 'Switzerland North',
    cities: [{ name: 'Zurich', countryCode: 'CH' }],
  }),
  loc({
    id: 'chat-nor',
    service: 'chat',
    geography: 'NOR',
    region: 'Norway East',
    cities: [{ name: 'Oslo', countryCode: 'NO' }],
  }),
  loc({
    id: 'analytics-nam',
    service: 'analytics',
    category: 'diagnostic',
    geography: 'NAM',
    region: 'East US',
    processing: 'processing',
    inCommitment: false,
    outOfCommitmentReason: 'Global support tooling processes diagnostic data in the United States',
    cities: [{ name: 'Boydton', countryCode: 'US' }],
  }),
  // The provider calls this in commitment, but the United Kingdom is not in the EU or EFTA.
  loc({
    id: 'search-gbr',
    service: 'search',
    category: 'service-generated',
    geography: 'GBR',
    region: 'UK South',
    cities: [{ name: 'London', countryCode: 'GB' }],
  }),
];

describe('single-country commitments', () => {
  it('keep data in that country, datacenter cities included', () => {
    const us = (cities: { name: string; countryCode: string }[]) =>
      checkLocation(loc({ id: 'n', geography: 'NAM', cities }), 'United States')
        .computedInCommitment;
    expect(us([{ name: 'Boydton', countryCode: 'US' }])).toBe(true);
    expect(us([{ name: 'Toronto', countryCode: 'CA' }])).toBe(false);
    expect(
      checkLocation(
        loc({ id: 'c', geography: 'CHE', cities: [{ name: 'Zurich', countryCode: 'CH' }] }),
        'Switzerland',
      ).computedInCommitment,
    ).toBe(true);
    expect(
      checkLocation(loc({ id: 'e', geography: 'EUR', cities: [dublin] }), 'United Kingdom')
        .computedInCommitment,
    ).toBe(false);
  });
});

describe('checkResidency', () => {
  const report = checkResidency(locations, EUDB);
  const finding = (id: string) => must(report.findings.find((f) => f.location.id === id));

  it('does not flag locations inside the boundary, EFTA members included', () => {
    for (const id of ['mail-eur', 'files-deu', 'files-che', 'chat-nor']) {
      expect(finding(id)).toMatchObject({ computedInCommitment: true, flagged: false, flags: [] });
    }
  });

  it('flags a location outside with the provider stated reason', () => {
    const f = finding('analytics-nam');
    expect(f.computedInCommitment).toBe(false);
    expect(f.flags).toHaveLength(1);
    expect(f.flags[0]).toMatchObject({
      kind: 'outside-commitment',
      providerReason: 'Global support tooling processes diagnostic data in the United States',
    });
    expect(must(f.flags[0]).message).toContain('geography NAM');
    expect(must(f.flags[0]).message).toContain("Provider's reason: Global support tooling");
  });

  it('flags, and says so, when the provider calls an outside location inside', () => {
    const f = finding('search-gbr');
    expect(f.flags.map((x) => x.kind)).toEqual(['outside-commitment', 'provider-disagrees']);
    expect(must(f.flags[0]).message).toContain('The provider gives no reason.');
    expect(must(f.flags[1]).message).toMatch(
      /provider marks .* as inside .* but geography GBR and datacenters in GB are outside/i,
    );
  });

  it('catches a datacenter city outside the boundary under an allowed geography', () => {
    const f = checkLocation(
      loc({
        id: 'x',
        geography: 'EUR',
        cities: undefined,
        datacenterCities: ['Dublin, IE', 'London, GB'],
      }),
      EUDB,
    );
    expect(f.computedInCommitment).toBe(false);
    expect(must(f.flags[0]).message).toContain('datacenters in GB');
  });

  it('flags the provider own out-of-commitment verdict even where the app finds it inside', () => {
    const f = checkLocation(
      loc({
        id: 'y',
        geography: 'FRA',
        inCommitment: false,
        outOfCommitmentReason: 'Threat intelligence processing',
      }),
      EUDB,
    );
    expect(f.flagged).toBe(true);
    expect(f.flags.map((x) => x.kind)).toEqual(['outside-commitment', 'provider-disagrees']);
    expect(must(f.flags[1]).message).toContain('marks');
  });

  it('under Global nothing is outside by geography', () => {
    const global = checkResidency(locations, 'Global');
    expect(global.findings.every((f) => f.computedInCommitment === true)).toBe(true);
    // The provider's own "outside" still shows, with the disagreement.
    expect(global.findings.filter((f) => f.flagged).map((f) => f.location.id)).toEqual([
      'analytics-nam',
    ]);
  });

  it('an unknown commitment is not judged, only the provider verdict is shown', () => {
    const unknown = checkResidency(locations, 'Sovereign Cloud X');
    expect(unknown.commitmentKnown).toBe(false);
    expect(unknown.findings.every((f) => f.computedInCommitment === null)).toBe(true);
    expect(unknown.flagged).toBe(1);
  });

  it('counts per category and per service for the overview', () => {
    expect(report.total).toBe(6);
    expect(report.flagged).toBe(2);
    expect(report.byCategory).toEqual([
      { key: 'customer', total: 4, flagged: 0 },
      { key: 'diagnostic', total: 1, flagged: 1 },
      { key: 'service-generated', total: 1, flagged: 1 },
    ]);
    expect(report.byService).toEqual([
      { key: 'analytics', total: 1, flagged: 1 },
      { key: 'chat', total: 1, flagged: 0 },
      { key: 'files', total: 2, flagged: 0 },
      { key: 'mail', total: 1, flagged: 0 },
      { key: 'search', total: 1, flagged: 1 },
    ]);
  });
});

describe('structured flags (what a UI words in its own language)', () => {
  const report = checkResidency(locations, EUDB);
  const flagsOf = (id: string) => must(report.findings.find((f) => f.location.id === id)).flags;

  it('names the geography and the countries outside the commitment', () => {
    expect(flagsOf('analytics-nam')).toEqual([
      expect.objectContaining({
        kind: 'outside-commitment',
        outside: { geography: 'NAM', countries: ['US'] },
      }),
    ]);
    const mixed = checkLocation(
      loc({
        id: 'm',
        geography: 'EUR',
        cities: [
          dublin,
          { name: 'London', countryCode: 'GB' },
          { name: 'Leeds', countryCode: 'GB' },
        ],
      }),
      EUDB,
    );
    expect(mixed.flags[0]).toMatchObject({ outside: { geography: null, countries: ['GB'] } });
  });

  it('says which way the provider disagrees', () => {
    expect(flagsOf('search-gbr')[1]).toMatchObject({
      kind: 'provider-disagrees',
      providerSays: 'inside',
      outside: { geography: 'GBR', countries: ['GB'] },
    });
    const said = checkLocation(
      loc({ id: 'z', geography: 'DEU', inCommitment: false, outOfCommitmentReason: null }),
      EUDB,
    );
    expect(said.flags).toEqual([
      expect.objectContaining({
        kind: 'outside-commitment',
        providerReason: null,
        outside: { geography: null, countries: [] },
      }),
      expect.objectContaining({ kind: 'provider-disagrees', providerSays: 'outside' }),
    ]);
  });

  it('flags nothing, structured or not, for a location inside', () => {
    expect(flagsOf('files-che')).toEqual([]);
  });
});
