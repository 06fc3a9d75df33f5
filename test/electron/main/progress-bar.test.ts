import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressBarValue } from '../../../electron/main/progress-bar';

describe('progressBarValue', () => {
  it('passes a fraction through and clamps it to 0..1', () => {
    expect(progressBarValue(0)).toBe(0);
    expect(progressBarValue(0.42)).toBe(0.42);
    expect(progressBarValue(1)).toBe(1);
    expect(progressBarValue(1.7)).toBe(1);
    expect(progressBarValue(-0.2)).toBe(0);
  });

  it('removes the bar for no job and for values that are not numbers', () => {
    expect(progressBarValue(null)).toBe(-1);
    expect(progressBarValue(Number.NaN)).toBe(-1);
    expect(progressBarValue(Number.POSITIVE_INFINITY)).toBe(-1);
  });

  it('shows an indeterminate bar (a value above 1) while the share done is unknown', () => {
    expect(progressBarValue('indeterminate')).toBeGreaterThan(1);
  });

  it('always answers a bar value Electron accepts (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.double()), (value) => {
        const bar = progressBarValue(value);
        expect(bar === -1 || (bar >= 0 && bar <= 1)).toBe(true);
      }),
    );
  });
});
