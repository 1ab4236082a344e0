/** Sentence ranges (sentences): where wink's splitter is overruled, on invented text. */
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/analysis/sentences.ts';

const split = (text: string): string[] => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('keeps a party-and-state tag in parentheses inside its sentence', () => {
    expect(split('Sen. Ann Lee (R-S.C.) said no. She left.')).toEqual(['Sen. Ann Lee (R-S.C.) said no.', 'She left.']);
    expect(split('Rep. Mark Bell (D-Md.), chair of the panel, said yes.')).toEqual([
      'Rep. Mark Bell (D-Md.), chair of the panel, said yes.',
    ]);
  });

  it('never starts a sentence with a lower-case word or a comma', () => {
    expect(split('“Is this it?” he asked. “Yes.”')).toEqual(['“Is this it?” he asked.', '“Yes.”']);
  });

  it('still splits ordinary sentences and never across paragraphs', () => {
    expect(split('The pier opened. The ships came back.\nthe end')).toEqual([
      'The pier opened.',
      'The ships came back.',
      'the end',
    ]);
  });
});

describe('sentences made only of punctuation', () => {
  it('join the sentence before them (a closing mark cut off)', () => {
    expect(split("He said, ''We will go home.''")).toEqual(["He said, ''We will go home.''"]);
  });
});
