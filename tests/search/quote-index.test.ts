/** Prefix and typo matching are for words the corpus does not have as typed. */
import { describe, expect, it } from 'vitest';
import { QuoteIndex } from '../../src/search/quote-index.ts';
import { doc, kbOf, quoteIn } from '../support/kb-fixture.ts';

const d = doc(
  'd',
  'She said “the cost is high” and “we cast our votes” and “we cannot afford it” and “the bridges are old.”',
  { outlet: 'Wire' },
);
const kb = kbOf(
  [d],
  [
    quoteIn(d, 1, 'the cost is high', {}),
    quoteIn(d, 2, 'we cast our votes', {}),
    quoteIn(d, 3, 'we cannot afford it', {}),
    quoteIn(d, 4, 'the bridges are old.', {}),
  ],
  [],
);
const index = new QuoteIndex(kb);
const found = (q: string): string[] => index.search(q).map((h) => h.quote.text);

describe('QuoteIndex', () => {
  it('asks common words only of the candidates of the rare ones, with the same answers', () => {
    const docs = Array.from({ length: 700 }, (_, i) =>
      doc(`c${i}`, `He said “the plan ${i % 7 === 0 ? 'works' : 'fails'} for the town”.`, { outlet: 'Wire' }),
    );
    const big = kbOf(
      docs,
      docs.map((d2, i) => quoteIn(d2, 1, `the plan ${i % 7 === 0 ? 'works' : 'fails'} for the town`, {})),
      [],
    );
    const ix = new QuoteIndex(big);
    const hits = ix.search('the plan works');
    expect(hits).toHaveLength(100);
    expect(hits.every((h) => h.quote.text.includes('works') && h.phrase)).toBe(true);
    expect(ix.search('works nowhere')).toHaveLength(100); // nothing has both: any of them
  });
  it('completes a half-typed last word and forgives a misspelt one', () => {
    expect(found('affor')).toEqual(['we cannot afford it']);
    expect(found('bridgse old')).toEqual(['the bridges are old.']);
  });
  it('takes a word the corpus has as written', () => {
    expect(found('cost')).toEqual(['the cost is high']);
    expect(found('cast')).toEqual(['we cast our votes']);
  });
  it('finds a number written with a sign by the number, and a possessive by its word', () => {
    const m = doc(
      'm',
      'He said “the levy raised $450 million” and “the harbour’s tolls went up 30%” and “the fund raised 12 million” and “tolls went up 4%”.',
      { outlet: 'Wire' },
    );
    const quotes = [
      'the levy raised $450 million',
      'the harbour’s tolls went up 30%',
      'the fund raised 12 million',
      'tolls went up 4%',
    ];
    const ix = new QuoteIndex(
      kbOf(
        [m],
        quotes.map((q, i) => quoteIn(m, i + 1, q, {})),
        [],
      ),
    );
    const texts = (q: string): string[] => ix.search(q).map((h) => h.quote.text);
    expect(texts('raised 450 million')).toEqual(['the levy raised $450 million']);
    expect(texts('harbour tolls 30')).toEqual(['the harbour’s tolls went up 30%']);
    expect(ix.search('raised 450 million')[0]!.phrase).toBe(true);
  });
  it('survives the snapshot round trip', () => {
    const again = new QuoteIndex(kb, JSON.parse(JSON.stringify(index)) as ConstructorParameters<typeof QuoteIndex>[1]);
    expect(again.search('affor').map((h) => h.quote.id)).toEqual(index.search('affor').map((h) => h.quote.id));
  });
});
