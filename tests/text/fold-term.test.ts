import { describe, expect, it } from 'vitest';
import { foldTerm } from '../../src/search/terms.ts';
import { foldText } from '../../src/text/fold.ts';

describe('foldTerm (the indexes’ word folding)', () => {
  it('is foldText for every kind of word', () => {
    for (const w of [
      'Trump',
      'U.S.',
      "don't",
      'don’t',
      '`quoted`',
      'Café',
      'ÉLYSÉE',
      '“Hello”',
      'a‐b',
      'x−y',
      '',
      '123',
      'ﬁne',
      'Straße',
      'İstanbul',
    ]) {
      expect(foldTerm(w)).toBe(foldText(w) || null);
    }
  });
});
