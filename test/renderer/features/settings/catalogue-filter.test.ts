import { describe, expect, it } from 'vitest';
import {
  filterCatalogue,
  matchesQuery,
  valueLabel,
} from '../../../../renderer/src/features/settings/catalogue-filter';
import { defaultFilters } from '../../../../renderer/src/features/settings/settings-state';
import { sampleSettings } from './sample-catalogue';

const ids = (groups: ReturnType<typeof filterCatalogue>) =>
  groups.flatMap((g) => g.settings.map((s) => s.id));

describe('filterCatalogue', () => {
  it('groups by product in the catalogue order of products', () => {
    const groups = filterCatalogue(sampleSettings, defaultFilters);
    expect(groups.map((g) => [g.product, g.settings.length])).toEqual([
      ['operating-system', 2],
      ['browser', 1],
      ['collaboration', 1],
    ]);
  });

  it('filters by product, by data category and by changed from default', () => {
    expect(ids(filterCatalogue(sampleSettings, { ...defaultFilters, product: 'browser' }))).toEqual(
      ['browser.suggestions'],
    );
    expect(
      ids(filterCatalogue(sampleSettings, { ...defaultFilters, category: 'diagnostic' })),
    ).toEqual(['os.allow-telemetry', 'chat.crash-reports']);
    expect(ids(filterCatalogue(sampleSettings, { ...defaultFilters, changedOnly: true }))).toEqual([
      'browser.suggestions',
    ]);
  });

  it('searches every word in title, id, values and what they send', () => {
    const [telemetry] = sampleSettings;
    if (!telemetry) throw new Error('fixture');
    expect(matchesQuery(telemetry, 'CRASH dumps')).toBe(true);
    expect(matchesQuery(telemetry, 'os.allow')).toBe(true);
    expect(matchesQuery(telemetry, 'crash location')).toBe(false);
    expect(ids(filterCatalogue(sampleSettings, { ...defaultFilters, query: 'crash' }))).toEqual([
      'os.allow-telemetry',
      'chat.crash-reports',
    ]);
  });

  it('names a value by its label, or by itself when the catalogue lacks it', () => {
    const [telemetry] = sampleSettings;
    if (!telemetry) throw new Error('fixture');
    expect(valueLabel(telemetry, '1')).toBe('Required');
    expect(valueLabel(telemetry, '7')).toBe('7');
  });
});
