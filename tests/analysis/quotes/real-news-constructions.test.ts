/**
 * Constructions that real news uses and that once gave no speaker or the wrong one (issue 11),
 * each on invented sentences: the quote's words, its kind and who said it.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/kb/build.ts';
import type { QuoteRecord } from '../../../src/kb/types.ts';
import { doc } from '../../support/kb-fixture.ts';

type Seen = [text: string, kind: QuoteRecord['kind'], speaker: string | null];

function quotesOf(...bodies: string[]): Seen[] {
  const documents = bodies.map((body, i) =>
    doc(`d${i + 1}`, body, { outlet: `Outlet ${i + 1}`, published: '2021-03-10' }),
  );
  return buildKnowledgeBase({ root: '/fixture', documents, warnings: [] }).quotes.map((q) => [
    q.text,
    q.kind,
    q.speaker,
  ]);
}
const quotes = (body: string): Seen[] => quotesOf(body);

describe('quote marks', () => {
  it('two apostrophes as both marks, newspaper style', () => {
    expect(quotes("''We are ready,'' Ms. Quill said. ''The boats are in.''")).toEqual([
      ['We are ready,', 'direct', 'Quill'],
      ['The boats are in.', 'direct', 'Quill'],
    ]);
  });
});

describe('partial quotes are the speaker’s, not terms', () => {
  it('a named speaker calls something a phrase', () => {
    expect(quotes('Councillor Ivo Brant called the proposal a "global takeover."')).toEqual([
      ['global takeover.', 'partial', 'Ivo Brant'],
    ]);
  });

  it('a pronoun speaker touts someone as a phrase', () => {
    expect(quotes('Ann Lee spoke at the rally on Monday. She touted him as a "warrior."')).toEqual([
      ['warrior.', 'partial', 'Ann Lee'],
    ]);
  });

  it('a short phrase far from the verb of its sentence is still the subject’s', () => {
    expect(
      quotes('Ivo Brant said the repairs that the council approved last spring would not amount to "a real fix."'),
    ).toEqual([['a real fix.', 'partial', 'Ivo Brant']]);
  });

  it('scare quotes with no speaker stay terms', () => {
    expect(quotes('The so-called "harbor tax" was dropped in the spring.')).toEqual([['harbor tax', 'term', null]]);
  });
});

describe('people who look like organisations or places', () => {
  it('a surname that is also a place', () => {
    expect(quotes('"I have never seen anything like this," Chief Ray Jordan said.')).toEqual([
      ['I have never seen anything like this,', 'direct', 'Ray Jordan'],
    ]);
  });

  it('abbreviated and organisation-led titles before a name', () => {
    expect(
      quotes('"The vote is Tuesday," Rep. Ann Lee said. "We are ready," said Media Coordinator Sam Rook.'),
    ).toEqual([
      ['The vote is Tuesday,', 'direct', 'Ann Lee'],
      ['We are ready,', 'direct', 'Sam Rook'],
    ]);
  });

  it('a weekday is never a speaker', () => {
    const rows = quotes(
      '"The ferry will run again," Ann Lee said. On Monday, "the ferry was late again," officials said.',
    );
    expect(rows.map((r) => r[2])).not.toContain('Monday');
  });
});

describe('explicit attributions', () => {
  it('a question, then said X', () => {
    expect(quotes('"Is this the best we can do?" said Quill.')).toEqual([
      ['Is this the best we can do?', 'direct', 'Quill'],
    ]);
  });

  it('an age between the name and the verb', () => {
    expect(quotes('"We keep going," Quina Marsh, 25, said.')).toEqual([['We keep going,', 'direct', 'Quina Marsh']]);
  });

  it('said the Rev. X', () => {
    expect(quotes('"A good start," said the Rev. Arlo Penning.')).toEqual([
      ['A good start,', 'direct', 'Arlo Penning'],
    ]);
  });

  it('Mr. X added, with a surname that is also a title', () => {
    expect(quotes('"We were surprised," Mr. King added.')).toEqual([['We were surprised,', 'direct', 'King']]);
  });

  it('echoes X', () => {
    expect(quotes('"The roads are a mess," echoes Roe.')).toEqual([['The roads are a mess,', 'direct', 'Roe']]);
  });

  it('Said X: before the quote', () => {
    expect(quotes('Said Ellery: "I don\'t buy it."')).toEqual([["I don't buy it.", 'direct', 'Ellery']]);
  });

  it('said a run of descriptors, then the name', () => {
    expect(quotes('"It was a long winter," said retired teacher and choir leader Ona Brisk.')).toEqual([
      ['It was a long winter,', 'direct', 'Ona Brisk'],
    ]);
  });

  it('a long appositive with a relative clause between the name and the verb', () => {
    expect(
      quotes(
        '"We will not move," Ivo Brant, a carpenter who has lived on the street since the floods of the nineties and who now leads the tenants, said on Friday.',
      ),
    ).toEqual([['We will not move,', 'direct', 'Ivo Brant']]);
  });
});

describe('speakers the text names only once', () => {
  it('a name that only a speech verb vouches for is still the speaker in the knowledge base', () => {
    expect(quotes('“We are anxious,” said another reader, Ivo Brant. “The storms are getting closer.”')).toEqual([
      ['We are anxious,', 'direct', 'Ivo Brant'],
      ['The storms are getting closer.', 'direct', 'Ivo Brant'],
    ]);
  });
});

describe('pronouns and the people around them', () => {
  it('she is the person newly introduced, not the last speaker', () => {
    const rows = quotes(
      '"The bridge needs work," Holt said. Nadia Fenn, head of the tenants\' union, said she is unsure. "We will keep pushing," she said.',
    );
    expect(rows.map((r) => r[2])).toEqual(['Holt', 'Nadia Fenn']);
  });

  it('a shared surname stays unknown when nothing decides', () => {
    const rows = quotes(
      'Dorie Marsh and her husband, Michael Marsh, run the bakery. "I burned down my parents\' kitchen," Marsh says.',
    );
    expect(rows).toEqual([["I burned down my parents' kitchen,", 'direct', null]]);
  });

  it('a photo credit is never a speaker', () => {
    const rows = quotes('Jo Park/AP\n"We won," said Ann Lee. "It was close."');
    expect(rows.map((r) => r[2])).toEqual(['Ann Lee', 'Ann Lee']);
  });
});
