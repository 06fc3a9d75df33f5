import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitBoundsToDisplays,
  type Rect,
  type SavedBounds,
} from '../../../../electron/services/window/window-bounds';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };
const minimum = { width: 720, height: 480 };

function inside(bounds: SavedBounds, area: Rect): boolean {
  return (
    bounds.x !== undefined &&
    bounds.y !== undefined &&
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('fitBoundsToDisplays', () => {
  it('keeps bounds that still fit a display', () => {
    const saved = { x: 1600, y: 0, width: 1200, height: 900 };
    expect(fitBoundsToDisplays(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('brings a window back to the primary display when its monitor is gone', () => {
    const onUnplugged = { x: 1600, y: 0, width: 1200, height: 800 };
    expect(fitBoundsToDisplays(onUnplugged, [laptop])).toEqual({
      x: 120,
      y: 37,
      width: 1200,
      height: 800,
    });
  });

  it('shrinks a window larger than its display and pulls a straddling one fully onto it', () => {
    expect(fitBoundsToDisplays({ x: 10, y: 10, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
    });
    expect(fitBoundsToDisplays({ x: 1000, y: 500, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
    });
  });

  it('treats a window showing only a sliver as lost', () => {
    const sliver = { x: 1440 - 50, y: 100, width: 1000, height: 700 };
    expect(fitBoundsToDisplays(sliver, [laptop])).toEqual({
      x: 220,
      y: 87,
      width: 1000,
      height: 700,
    });
  });

  it('centres a window with no saved position on the primary display', () => {
    expect(fitBoundsToDisplays({ width: 1280, height: 800 }, [laptop, monitorRight])).toEqual({
      x: 80,
      y: 37,
      width: 1280,
      height: 800,
    });
  });

  it('leaves the bounds alone when no display is known', () => {
    const saved = { x: 5, y: 5, width: 800, height: 600 };
    expect(fitBoundsToDisplays(saved, [])).toBe(saved);
  });

  it('always returns bounds wholly inside one display, at least the minimum size where it fits (property)', () => {
    const area = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 300, max: 6000 }),
      height: fc.integer({ min: 300, max: 4000 }),
    });
    const saved = fc.record(
      {
        x: fc.integer({ min: -100_000, max: 100_000 }),
        y: fc.integer({ min: -100_000, max: 100_000 }),
        width: fc.integer({ min: 200, max: 100_000 }),
        height: fc.integer({ min: 200, max: 100_000 }),
      },
      { requiredKeys: ['width', 'height'] },
    );
    fc.assert(
      fc.property(saved, fc.array(area, { minLength: 1, maxLength: 4 }), (bounds, areas) => {
        const fitted = fitBoundsToDisplays(bounds, areas);
        const home = areas.find((candidate) => inside(fitted, candidate));
        expect(home, JSON.stringify(fitted)).toBeDefined();
        if (!home) return;
        expect(fitted.width).toBeGreaterThanOrEqual(Math.min(minimum.width, home.width));
        expect(fitted.height).toBeGreaterThanOrEqual(Math.min(minimum.height, home.height));
      }),
      { numRuns: 1000 },
    );
  });

  it('changes nothing for bounds that already fit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 720, max: 1440 }),
        fc.integer({ min: 480, max: 875 }),
        fc.nat(),
        fc.nat(),
        (width, height, dx, dy) => {
          const saved = { x: dx % (1440 - width + 1), y: dy % (875 - height + 1), width, height };
          expect(fitBoundsToDisplays(saved, [laptop])).toEqual(saved);
        },
      ),
    );
  });
});
