import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_PROFILE_IDS,
  distanceFromProfile,
  profileValue,
  profileValues,
  stageProfile,
} from '../../../../shared/domain/settings/baseline-profiles';
import { catalogueArbitrary } from './catalogue-arbitrary';
import { catalogue, withCurrent } from './catalogue-fixture';
import { must } from './must';

const standard = { enterpriseEdition: false };
const enterprise = { enterpriseEdition: true };

describe('baseline profiles on a realistic catalogue', () => {
  it('provider default: every setting at its default', () => {
    expect(profileValues(catalogue, 'provider-default', standard)).toEqual(
      Object.fromEntries(catalogue.map((s) => [s.id, s.defaultValue])),
    );
  });

  it('required data only: the required level where there is one, the default elsewhere', () => {
    expect(profileValues(catalogue, 'required-only', standard)).toEqual({
      'windows.allow-telemetry': '1',
      'windows.advertising-id': 'enabled',
      'windows.tailored-experiences': 'enabled',
      'office.client-diagnostics': 'required',
      'office.connected-analyse-content': 'enabled',
      'office.feedback': 'enabled',
      'browser.diagnostics': 'required',
      'chat.crash-reports': 'on',
      'tenant.diagnostic-processor': 'disabled',
    });
    // Security ("0") feeds as few categories as Required, but it is not the required level.
    expect(profileValue(must(catalogue[0]), 'required-only', enterprise)).toBe('1');
  });

  it('minimum data: every optional flow and content-sending experience off', () => {
    expect(profileValues(catalogue, 'minimum-data', standard)).toEqual({
      'windows.allow-telemetry': '1',
      'windows.advertising-id': 'disabled',
      'windows.tailored-experiences': 'disabled',
      'office.client-diagnostics': 'neither',
      'office.connected-analyse-content': 'disabled',
      'office.feedback': 'disabled',
      'browser.diagnostics': 'off',
      'chat.crash-reports': 'off',
      'tenant.diagnostic-processor': 'disabled',
    });
  });

  it('minimum data uses the enterprise-only value only on an enterprise edition', () => {
    const telemetry = must(catalogue[0]);
    expect(profileValue(telemetry, 'minimum-data', standard)).toBe('1');
    expect(profileValue(telemetry, 'minimum-data', enterprise)).toBe('0');
  });

  it('a setting whose values all feed the same categories goes by what the label says it sends', () => {
    // Both processor values feed diagnostic data; "Disabled" is the one that sends less.
    const processor = must(catalogue.find((s) => s.id === 'tenant.diagnostic-processor'));
    expect(profileValue(processor, 'minimum-data', standard)).toBe('disabled');
  });

  it('distance lists the settings that differ from the profile', () => {
    const distance = distanceFromProfile(catalogue, 'provider-default', standard);
    expect(distance.count).toBe(3);
    expect(distance.total).toBe(catalogue.length);
    expect(distance.differing).toEqual([
      {
        id: 'windows.advertising-id',
        title: 'Advertising ID',
        product: 'windows',
        currentValue: 'disabled',
        targetValue: 'enabled',
      },
      {
        id: 'office.client-diagnostics',
        title: 'Client diagnostic data level',
        product: 'office',
        currentValue: 'required',
        targetValue: 'optional',
      },
      {
        id: 'tenant.diagnostic-processor',
        title: 'Diagnostic data processor configuration',
        product: 'tenant',
        currentValue: 'enabled',
        targetValue: 'disabled',
      },
    ]);
    expect(distanceFromProfile(catalogue, 'minimum-data', standard).count).toBe(8);
  });

  it('stageProfile stages exactly the differences, and applying them closes the distance', () => {
    const staged = stageProfile(catalogue, 'minimum-data', standard);
    expect(Object.keys(staged)).toHaveLength(8);
    const after = withCurrent(catalogue, staged);
    expect(distanceFromProfile(after, 'minimum-data', standard).count).toBe(0);
  });
});

describe('baseline profile properties', () => {
  it('targets are values the tenant may set, and applying a profile reaches it', () => {
    fc.assert(
      fc.property(
        catalogueArbitrary,
        fc.constantFrom(...BASELINE_PROFILE_IDS),
        fc.boolean(),
        (settings, profile, ent) => {
          const options = { enterpriseEdition: ent };
          for (const s of settings) {
            const target = profileValue(s, profile, options);
            expect(s.values.map((x) => x.value)).toContain(target);
            const hasStandardValue = s.values.some(
              (x) => !(s.enterpriseOnlyValues ?? []).includes(x.value),
            );
            if (profile === 'minimum-data' && !ent && hasStandardValue) {
              expect(s.enterpriseOnlyValues ?? []).not.toContain(target);
            }
          }
          const after = withCurrent(settings, stageProfile(settings, profile, options));
          expect(distanceFromProfile(after, profile, options).count).toBe(0);
        },
      ),
    );
  });

  it('minimum data never feeds more categories than any value the tenant may choose', () => {
    fc.assert(
      fc.property(catalogueArbitrary, fc.boolean(), (settings, ent) => {
        for (const s of settings) {
          const allowed = s.values.filter(
            (x) => ent || !(s.enterpriseOnlyValues ?? []).includes(x.value),
          );
          if (allowed.length === 0) continue;
          const target = s.values.find(
            (x) => x.value === profileValue(s, 'minimum-data', { enterpriseEdition: ent }),
          );
          expect(must(target).feeds.length).toBe(Math.min(...allowed.map((x) => x.feeds.length)));
        }
      }),
    );
  });
});
