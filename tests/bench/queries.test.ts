/**
 * The benchmark's query generator: the same seed gives the same query strings as before quote
 * sources were recorded (the expected strings below were printed by the generator before that
 * change), and each quote query names the quote it was drawn from. Invented data only.
 */
import { describe, expect, it } from 'vitest';
import { generateQueries } from '../../src/bench/queries.ts';
import { seeded } from '../../src/bench/stats.ts';
import { foldWords } from '../../src/text/fold.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

const BODIES = [
  'Mayor Alda Quenby said: "The harbour bridge will reopen before the winter storms arrive." Later she added "We owe the ferry crews a great deal."',
  'Professor Tomas Veller said "Lanternfish migrate upward every single night to feed." He called it "a quiet miracle".',
  'The council issued a statement: "Budget decisions about lighthouse maintenance remain postponed until spring."',
  'Captain Ines Marrow said "Nobody expected the glacier to retreat this quickly along the northern fjord."',
];

function fixture() {
  const docs = BODIES.map((b, i) =>
    doc(`d${i}`, b, { title: `Invented story ${i}`, published: `2020-0${i + 1}-01`, outlet: 'Gazette' }),
  );
  const quotes = [
    quoteIn(docs[0]!, 0, 'The harbour bridge will reopen before the winter storms arrive.', {
      speaker: 'Alda Quenby',
      speakerId: 'p0',
      clusterId: 'c0',
    }),
    quoteIn(docs[0]!, 1, 'We owe the ferry crews a great deal.', { speaker: 'Alda Quenby', speakerId: 'p0' }),
    quoteIn(docs[1]!, 0, 'Lanternfish migrate upward every single night to feed.', {
      speaker: 'Tomas Veller',
      speakerId: 'p1',
    }),
    quoteIn(docs[1]!, 1, 'a quiet miracle', { kind: 'partial', speaker: 'Tomas Veller', speakerId: 'p1' }),
    quoteIn(docs[2]!, 0, 'Budget decisions about lighthouse maintenance remain postponed until spring.', {
      kind: 'document',
      speakerType: 'document',
    }),
    quoteIn(docs[3]!, 0, 'Nobody expected the glacier to retreat this quickly along the northern fjord.', {
      speaker: 'Ines Marrow',
      speakerId: 'p2',
      clusterId: 'c0',
    }),
  ];
  const people = [
    person('p0', 'Alda Quenby', ['Quenby'], 'mayor', ['d0']),
    person('p1', 'Tomas Veller', ['Veller'], 'professor', ['d1']),
    person('p2', 'Ines Marrow', ['Marrow'], 'captain', ['d3']),
  ];
  return kbOf(docs, quotes, people);
}

describe('generateQueries', () => {
  it('gives the same query strings for the same seed as before sources were recorded', () => {
    const set = generateQueries(fixture(), 6, seeded(7));
    expect({
      exact: set.quoteExact,
      prefix: set.quotePrefix,
      fuzzy: set.quoteFuzzy,
      who: set.who,
      autocomplete: set.autocomplete,
      timeline: set.timeline,
    }).toEqual(EXPECTED);
  });

  it('records, for each quote query, the quote (index in kb.quotes) it was drawn from', () => {
    const kb = fixture();
    const set = generateQueries(kb, 20, seeded(3));
    const kinds = [
      [set.quoteExact, set.quoteSources.exact],
      [set.quotePrefix, set.quoteSources.prefix],
    ] as const;
    for (const [queries, sources] of kinds) {
      expect(sources).toHaveLength(queries.length);
      queries.forEach((q, k) => {
        const quote = kb.quotes[sources[k]!]!;
        expect(['direct', 'partial']).toContain(quote.kind);
        // exact queries are consecutive words of their quote; prefix ones too, the last word cut short
        expect(` ${foldWords(quote.text)}`).toContain(` ${q}`);
      });
    }
    expect(set.quoteSources.fuzzy).toHaveLength(set.quoteFuzzy.length);
    set.quoteFuzzy.forEach((q, k) => {
      const words = foldWords(kb.quotes[set.quoteSources.fuzzy[k]!]!.text).split(' ');
      // all but the one word with a typo are words of the quote
      expect(q.split(' ').filter((w) => !words.includes(w)).length).toBeLessThanOrEqual(1);
    });
  });
});

const EXPECTED = {
  exact: [
    'storms arrive',
    'we owe the ferry crews',
    'nobody expected the glacier to',
    'harbour bridge will reopen before',
    'along the northern fjord',
    'migrate upward every',
  ],
  prefix: ['upward eve', 'exp', 'will reo', 'will reo', 'the nor', 'arriv'],
  fuzzy: [
    'bsfore the winter',
    'cresw a great',
    'bridge will rerpen before',
    'upward every single nitht',
    'nigst to',
    'single nigot',
  ],
  who: ['Alda Quenby', 'Veller', 'Ines Marrow', 'Veller', 'Marrow', 'Marrow'],
  autocomplete: [
    { command: 'quote', value: 'Alda' },
    { command: 'timeline', value: 'Vell' },
    { command: 'who', value: 'I' },
    { command: 'timeline', value: 'Tomas Ve' },
    { command: 'who', value: 'Ines M' },
    { command: 'timeline', value: 'Marr' },
  ],
  timeline: [],
};
