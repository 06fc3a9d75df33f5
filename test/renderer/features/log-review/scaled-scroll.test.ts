import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_PX,
  rowTop,
  scrollScale,
  toReal,
  toVirtual,
} from '../../../../renderer/src/features/log-review/scaled-scroll';

const ROW = 28;
const VIEWPORT = 448;

describe('scaled scrolling', () => {
  it('is the identity while the list fits under the cap', () => {
    const scale = scrollScale(100_000 * ROW, VIEWPORT);
    expect(scale).toEqual({ spacerPx: 100_000 * ROW, scale: 1 });
    expect(rowTop(5000, 3000, scale)).toBe(5000);
  });

  it('keeps a million rows of 28 px under Chromium’s 33.5 million px limit', () => {
    const scale = scrollScale(1_000_000 * ROW, VIEWPORT);
    expect(scale.spacerPx).toBe(MAX_SCROLL_PX);
    expect(scale.spacerPx).toBeLessThan(33_500_000);
    // The last real scroll position shows the very end of the list.
    expect(toVirtual(scale.spacerPx - VIEWPORT, scale)).toBeCloseTo(1_000_000 * ROW - VIEWPORT, 3);
  });

  it('maps any scroll position to rows drawn inside the viewport, and back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, at) => {
          const scale = scrollScale(rows * ROW, VIEWPORT);
          const real = at * Math.max(0, scale.spacerPx - VIEWPORT);
          const virtual = toVirtual(real, scale);
          expect(toReal(virtual, scale)).toBeCloseTo(real, 3);
          // The row at the top of the viewport is drawn at the top of the viewport.
          const first = Math.floor(virtual / ROW);
          const top = rowTop(first * ROW, real, scale);
          expect(top).toBeLessThanOrEqual(real + 1e-6);
          expect(top).toBeGreaterThan(real - ROW);
        },
      ),
    );
  });
});
