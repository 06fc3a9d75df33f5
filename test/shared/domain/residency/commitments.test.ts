import { describe, expect, it } from 'vitest';
import {
  allowsCountry,
  allowsGeography,
  findCommitment,
} from '../../../../shared/domain/residency/commitments';
import { must } from '../settings/must';

describe('EU Data Boundary geographies', () => {
  it('covers the EU and EFTA geographies and nothing else', () => {
    const eudb = must(findCommitment('eu data boundary'));
    const inside = ['EUR', 'FRA', 'DEU', 'SWE', 'POL', 'NOR', 'CHE'];
    const outside = [
      'NAM',
      'GBR',
      'APC',
      'AUS',
      'JPN',
      'KOR',
      'IND',
      'CAN',
      'BRA',
      'ZAF',
      'ARE',
      'QAT',
    ];
    for (const g of inside) expect(allowsGeography(eudb, g), g).toBe(true);
    for (const g of outside) expect(allowsGeography(eudb, g), g).toBe(false);
    expect(outside.some((g) => !allowsGeography(must(findCommitment('Global')), g))).toBe(false);
  });
});

describe('EU Data Boundary countries', () => {
  it('are the 27 EU members and the 4 EFTA members, and not the United Kingdom', () => {
    const eudb = must(findCommitment('EU Data Boundary'));
    for (const c of ['IE', 'NL', 'DE', 'FR', 'SE', 'PL', 'AT', 'FI', 'NO', 'CH', 'IS', 'LI']) {
      expect(allowsCountry(eudb, c), c).toBe(true);
    }
    for (const c of ['GB', 'US', 'SG', 'HK', 'IN', 'TR', 'RS'])
      expect(allowsCountry(eudb, c), c).toBe(false);
    expect(eudb.countries).toHaveLength(31);
  });

  it('finds commitments by name regardless of case, and not unknown ones', () => {
    expect(findCommitment('global')?.name).toBe('Global');
    expect(findCommitment('Mars')).toBeUndefined();
  });
});
