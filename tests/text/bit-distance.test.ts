import { describe, expect, it } from 'vitest';
import { DistanceFrom } from '../../src/text/bit-distance.ts';
import { editDistance } from '../../src/text/edit-distance.ts';

describe('bit-parallel edit distance', () => {
  it('agrees with the table on random words, within and beyond the bound', () => {
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    const word = (): string => Array.from({ length: 1 + rnd(14) }, () => 'abcdeé '[rnd(7)]).join('');
    for (let i = 0; i < 3000; i++) {
      const a = word();
      const b = word();
      const max = rnd(4);
      const want = editDistance(a, b, max);
      const got = new DistanceFrom(a).to(b, max);
      if (want <= max) expect(got).toBe(want);
      else expect(got).toBeGreaterThan(max);
    }
  });
  it('handles long patterns and empty strings', () => {
    expect(new DistanceFrom('x'.repeat(40)).to('x'.repeat(39), 2)).toBe(1);
    expect(new DistanceFrom('').to('ab', 2)).toBe(2);
    expect(new DistanceFrom('ab').to('', 2)).toBe(2);
  });
});
