import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32, weightedPicker } from '../../../../electron/provider/demo/prng';

describe('prng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(seqA);
    expect(Array.from({ length: 100 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives independent streams per part', () => {
    const first = createRandom(1, 1);
    const second = createRandom(1, 2);
    expect(first.next()).not.toBe(second.next());
  });

  it('draws ints in range and weights as asked', () => {
    const rng = createRandom(3);
    const ints = Array.from({ length: 10_000 }, () => rng.int(2, 5));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4, 5]));
    const pick = weightedPicker([
      ['a', 9],
      ['b', 1],
    ] as const);
    const draws = Array.from({ length: 20_000 }, () => pick(rng));
    const shareA = draws.filter((d) => d === 'a').length / draws.length;
    expect(shareA).toBeGreaterThan(0.88);
    expect(shareA).toBeLessThan(0.92);
    expect(draws.filter((d) => d === 'b').length).toBeGreaterThan(0);
  });
});
