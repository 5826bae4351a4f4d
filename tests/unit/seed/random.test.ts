import { createRandom } from '../../../src/app/seed/random.js';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another one for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws floats in [0, 1) and integers within both bounds', () => {
    const random = createRandom(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2_000; i += 1) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(random.int(-2, 2));
    }
    expect([...ints].sort()).toEqual([-1, -2, 0, 1, 2]);
  });

  it('picks every element of a list, and refuses an empty one', () => {
    const random = createRandom(1);
    const picked = new Set(Array.from({ length: 200 }, () => random.pick(['a', 'b', 'c'] as const)));
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('chance(p) holds about p of the time', () => {
    const random = createRandom(3);
    const hits = Array.from({ length: 10_000 }, () => random.chance(0.3)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(2_800);
    expect(hits).toBeLessThan(3_200);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
  });
});
