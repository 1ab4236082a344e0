/** Quoted spans of a text (findQuoteSpans): which marks open and close a quote, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, type QuoteSpan } from '../../../src/analysis/quotes/spans.ts';

interface Seen {
  text: string;
  marks: QuoteSpan['marks'];
  nested: boolean;
  continued: boolean;
  continues: boolean;
}

function spans(text: string): Seen[] {
  return findQuoteSpans(text).map((s) => ({
    text: text.slice(s.start, s.end),
    marks: s.marks,
    nested: s.nestedIn !== null,
    continued: s.continued,
    continues: s.continues,
  }));
}

const plain = (text: string): Seen => ({ text, marks: 'double', nested: false, continued: false, continues: false });

describe('findQuoteSpans', () => {
  it('finds curly “ ” pairs', () => {
    const text = 'Ann Lee said “the pier is open” and “the ships are back” on Monday.';
    expect(spans(text)).toEqual([plain('the pier is open'), plain('the ships are back')]);
  });

  it('finds straight " pairs, telling opening from closing marks by the spaces around them', () => {
    const text = 'Ann Lee said "the pier is open" and "the ships are back" on Monday.';
    expect(spans(text)).toEqual([plain('the pier is open'), plain('the ships are back')]);
  });

  it("finds `` '' pairs", () => {
    const text = "Ann Lee said ``the pier is open'' on Monday.";
    expect(spans(text)).toEqual([plain('the pier is open')]);
  });

  it("reads two apostrophes as both marks in newspaper style ('' … '')", () => {
    const text = "''We are ready,'' Ms. Quill said. She called it ''a good start.''";
    expect(spans(text)).toEqual([plain('We are ready,'), plain('a good start.')]);
  });

  it("splits three apostrophes into a nested single mark and the double one ('' ' … ' '')", () => {
    const text = "''He told me, 'Stay home,''' Ms. Quill recalled, ''and I did.''";
    expect(spans(text)).toEqual([
      plain("He told me, 'Stay home,'"),
      { text: 'Stay home,', marks: 'single', nested: true, continued: false, continues: false },
      plain('and I did.'),
    ]);
  });

  it("continues a newspaper-style quote into the next paragraph that reopens it with ''", () => {
    const text = "''The roads come first.\n''Then the bridge,'' Ms. Quill said.";
    expect(spans(text)).toEqual([
      { ...plain('The roads come first.'), continues: true },
      { ...plain('Then the bridge,'), continued: true },
    ]);
  });

  it('finds ‘ ’ nested inside a double quote, and not apostrophes', () => {
    const text = 'Ann Lee called it “a ‘historic’ day for the port’s workers” and left.';
    expect(spans(text)).toEqual([
      plain('a ‘historic’ day for the port’s workers'),
      { text: 'historic', marks: 'single', nested: true, continued: false, continues: false },
    ]);
  });

  it('does not take plural possessives or contractions for single quotes', () => {
    const text = 'Workers’ pay rose. “We don’t know,” she said, “and the dockers’ 2016 plan won’t help.”';
    expect(spans(text)).toEqual([plain('We don’t know,'), plain('and the dockers’ 2016 plan won’t help.')]);
  });

  it('continues a quote that a paragraph leaves open when the next paragraph reopens it', () => {
    const text = '“The pier closed in March.\n\n“The wall was rebuilt,” she said.';
    expect(spans(text)).toEqual([
      { ...plain('The pier closed in March.'), continues: true },
      { ...plain('The wall was rebuilt,'), continued: true },
    ]);
  });

  it('drops an opening mark that nothing closes or reopens, without swallowing the next paragraph', () => {
    const text = '“The pier closed in March.\n\nThe wall was rebuilt, she said. “Good,” he said.';
    expect(spans(text)).toEqual([plain('Good,')]);
  });

  it('skips a stray opening mark: the quotes after it are still found exactly', () => {
    const text =
      'He called it “a disaster and left. Later “we are ready,” Victor Petrov said, and “the ships are back.”';
    expect(spans(text)).toEqual([plain('we are ready,'), plain('the ships are back.')]);
  });

  it('skips a stray straight opening mark the same way', () => {
    const text = 'He said "the pier is open and left. Later "we are ready," Victor Petrov said.';
    expect(spans(text)).toEqual([plain('we are ready,')]);
  });

  it('leaves a stray closing mark alone', () => {
    const text = 'The harbor reopened” after repairs. “We are ready,” Victor Petrov said.';
    expect(spans(text)).toEqual([plain('We are ready,')]);
  });

  it('does not read an inch mark as a quote', () => {
    const text = 'The 6" pipe burst. “We are ready,” Victor Petrov said.';
    expect(spans(text)).toEqual([plain('We are ready,')]);
  });
});
