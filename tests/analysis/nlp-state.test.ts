/** A sentence split does not depend on what the process read before (wink learns every new word). */
import { describe, expect, it } from 'vitest';
import { nlp, startDocument } from '../../src/analysis/nlp.ts';
import { sentences } from '../../src/analysis/sentences.ts';

const split = (text: string): string[] => {
  startDocument();
  return sentences(text).map((s) => text.slice(s.start, s.end));
};

describe('the sentence splitter between documents', () => {
  it('splits an abbreviation followed by a full stop the same before and after it learned the bare abbreviation', () => {
    const text = 'The council met in Camden, N.J.. The mayor spoke first.';
    const before = split(text);
    expect(before).toEqual(['The council met in Camden, N.J..', 'The mayor spoke first.']);
    // another document teaches wink "N.J" (no final dot): without forgetting, the next split is one sentence
    nlp().readDoc('Senator Ann Roe (D., N.J) voted against it.');
    expect(nlp().readDoc(text).sentences().length()).toBe(1);
    expect(split(text)).toEqual(before);
  });
});
