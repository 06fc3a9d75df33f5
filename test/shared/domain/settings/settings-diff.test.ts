import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSettings } from '../../../../shared/domain/settings/settings-diff';
import { catalogueArbitrary } from './catalogue-arbitrary';
import { catalogue, withCurrent } from './catalogue-fixture';

describe('diffSettings', () => {
  it('turns three staged changes into review rows with the versions they were based on', () => {
    const diff = diffSettings(catalogue, {
      'windows.allow-telemetry': '1',
      'office.connected-analyse-content': 'disabled',
      'chat.crash-reports': 'off',
    });
    expect(diff.problems).toEqual([]);
    expect(diff.rows).toEqual([
      {
        id: 'windows.allow-telemetry',
        title: 'Allow diagnostic data',
        product: 'windows',
        oldValue: '3',
        newValue: '1',
        baseVersion: 'W/"windows.allow-telemetry-1"',
        stopsFeeding: [],
        startsFeeding: [],
      },
      expect.objectContaining({
        id: 'office.connected-analyse-content',
        oldValue: 'enabled',
        newValue: 'disabled',
        stopsFeeding: ['customer'],
      }),
      expect.objectContaining({
        id: 'chat.crash-reports',
        newValue: 'off',
        stopsFeeding: ['diagnostic'],
      }),
    ]);
  });

  it('stops a category only when no other setting still feeds it', () => {
    // Feedback still sends customer data, so turning off content analysis alone stops nothing.
    const alone = diffSettings(catalogue, { 'office.connected-analyse-content': 'disabled' });
    expect(alone.effect.stops).toEqual([]);
    expect(alone.effect.after).toContain('customer');

    const both = diffSettings(catalogue, {
      'office.connected-analyse-content': 'disabled',
      'office.feedback': 'disabled',
    });
    expect(both.effect.stops).toEqual(['customer']);
    expect(both.effect.after).not.toContain('customer');
  });

  it('reports categories that start flowing', () => {
    const quiet = withCurrent(catalogue, {
      'windows.tailored-experiences': 'disabled',
      'office.client-diagnostics': 'neither',
      'browser.diagnostics': 'off',
    });
    const diff = diffSettings(quiet, { 'browser.diagnostics': 'optional' });
    expect(diff.effect.before).not.toContain('service-generated');
    expect(diff.effect.starts).toEqual(['service-generated']);
    expect(diff.rows[0]?.startsFeeding).toEqual(['diagnostic', 'service-generated']);
  });

  it('leaves unknown settings and values the setting does not offer out, as problems', () => {
    const diff = diffSettings(catalogue, { 'no.such': 'x', 'chat.crash-reports': 'sometimes' });
    expect(diff.rows).toEqual([]);
    expect(diff.problems).toEqual([
      { id: 'no.such', value: 'x', problem: 'unknown-setting' },
      { id: 'chat.crash-reports', value: 'sometimes', problem: 'value-not-allowed' },
    ]);
  });

  it('property: staging every current value is an empty diff with no effect', () => {
    fc.assert(
      fc.property(catalogueArbitrary, (settings) => {
        const same = Object.fromEntries(settings.map((s) => [s.id, s.currentValue]));
        const diff = diffSettings(settings, same);
        expect(diff.rows).toEqual([]);
        expect(diff.problems).toEqual([]);
        expect(diff.effect.stops).toEqual([]);
        expect(diff.effect.starts).toEqual([]);
        expect(diff.effect.after).toEqual(diff.effect.before);
      }),
    );
  });

  it('property: the effect is what the catalogue would feed once the rows are applied', () => {
    fc.assert(
      fc.property(catalogueArbitrary, fc.array(fc.nat()), (settings, picks) => {
        const staged = Object.fromEntries(
          settings.map((s, i) => [s.id, s.values[(picks[i] ?? 0) % s.values.length]?.value ?? '']),
        );
        const diff = diffSettings(settings, staged);
        const applied = withCurrent(
          settings,
          Object.fromEntries(diff.rows.map((r) => [r.id, r.newValue])),
        );
        const feeding = new Set(applied.flatMap((s) => s.feeds));
        expect(diff.effect.after).toEqual([...feeding].sort());
        expect(diff.effect.stops.filter((c) => diff.effect.starts.includes(c))).toEqual([]);
        for (const row of diff.rows) expect(row.newValue).not.toBe(row.oldValue);
      }),
    );
  });
});
