/**
 * Each speaker and kind rule of extractQuotes on invented sentences: which rule decided each
 * quote, so that a wrong speaker can be traced to the rule that chose it.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes, type RuleName } from '../../../src/analysis/quotes/extract.ts';
import { SPEAKER_RULES } from '../../../src/analysis/quotes/speaker-rules.ts';
import { findDocPeople } from '../../../src/analysis/people/local-people.ts';
import { sentences } from '../../../src/analysis/sentences.ts';

/** [quoted words, kind, speaker (a person's name or the organisation's text), rule] per quote */
function explain(text: string, originalOutlet: string | null = null): [string, string, string | null, RuleName][] {
  const sents = sentences(text);
  const people = findDocPeople(text, sents);
  return extractQuotes({ text, sentences: sents, people, originalOutlet }).map((q) => {
    const sp = q.speaker;
    const name = sp === null ? null : sp.person !== null ? (people.people[sp.person]?.name ?? null) : sp.text;
    return [text.slice(q.start, q.end), q.kind, name, q.rule];
  });
}

describe('speaker rules, each by name', () => {
  it('after-quote: “…,” said X and “…,” X said', () => {
    expect(explain('“The tide is turning,” said Ann Lee. “We will rebuild,” Victor Petrov said.')).toEqual([
      ['The tide is turning,', 'direct', 'Ann Lee', 'after-quote'],
      ['We will rebuild,', 'direct', 'Victor Petrov', 'after-quote'],
    ]);
  });

  it('verb-before: X said, “…”', () => {
    expect(explain('Ann Lee said, “The tide is turning for the harbor.”')).toEqual([
      ['The tide is turning for the harbor.', 'direct', 'Ann Lee', 'verb-before'],
    ]);
  });

  it('according-to: according to X, “…”', () => {
    expect(explain('According to Ann Lee, the harbor is “a place that will outlive us all.”')).toEqual([
      ['a place that will outlive us all.', 'partial', 'Ann Lee', 'according-to'],
    ]);
  });

  it('colon: a clause with a colon introduces its subject’s words', () => {
    expect(explain('Ann Lee put the question plainly: “Who will pay for the sea wall?”')).toEqual([
      ['Who will pay for the sea wall?', 'direct', 'Ann Lee', 'colon'],
    ]);
  });

  it('quote-only-sentence: the previous sentence introduces the speaker', () => {
    expect(
      explain('Ann Lee told reporters of her plan on Monday. “We will build the wall before winter comes.”'),
    ).toEqual([['We will build the wall before winter comes.', 'direct', 'Ann Lee', 'quote-only-sentence']]);
  });

  it('continued-paragraph: a paragraph that reopens the quote keeps its speaker', () => {
    expect(
      explain('“We built the pier first,” Ann Lee said. “Then the wall.\n“Then the road to town,” she said.'),
    ).toEqual([
      ['We built the pier first,', 'direct', 'Ann Lee', 'after-quote'],
      ['Then the wall.', 'direct', 'Ann Lee', 'quote-only-sentence'],
      ['Then the road to town,', 'direct', 'Ann Lee', 'continued-paragraph'],
    ]);
  });

  it('kind rules: nested words, a cited title, a named term, a call verb, a document, the original outlet', () => {
    expect(explain('Ann Lee said, “They called it ‘the long night’ and we agreed with every word.”')).toEqual([
      ['They called it ‘the long night’ and we agreed with every word.', 'direct', 'Ann Lee', 'verb-before'],
      ['the long night', 'term', null, 'nested'],
    ]);
    expect(explain('She wrote the book “The Harbor and the Sea” in 2010.')).toEqual([
      ['The Harbor and the Sea', 'title', null, 'cited-title'],
    ]);
    expect(explain('Critics call the plan a “land grab.”')).toEqual([['land grab.', 'term', null, 'calls-it']]);
    expect(explain('Ann Lee called the plan a “land grab.”')).toEqual([
      ['land grab.', 'partial', 'Ann Lee', 'verb-before'],
    ]);
    expect(
      explain('The plan was described as “a bold bet on the future of shipping in the region.”', 'Coast Times'),
    ).toEqual([['a bold bet on the future of shipping in the region.', 'document', 'Coast Times', 'original-outlet']]);
    expect(explain('The plan was described as “a bold bet on the future of shipping in the region.”')).toEqual([
      ['a bold bet on the future of shipping in the region.', 'partial', null, 'no-speaker'],
    ]);
  });

  it('runs the rules in the documented order', () => {
    expect(SPEAKER_RULES.map((r) => r.name)).toEqual([
      'transcriptLabel',
      'afterQuote',
      'creditLine',
      'continuedParagraph',
      'accordingTo',
      'asPutIt',
      'possessiveBefore',
      'verbBefore',
      'colon',
      'quoteOnlySentence',
      'clauseSubject',
    ]);
  });
});

describe('rules for fragments without a speech verb', () => {
  it('clause-subject: the named subject of the clause the fragment is in', () => {
    expect(explain('Mark Bell credited the win to “a closed primary and a lot of luck.”')).toEqual([
      ['a closed primary and a lot of luck.', 'partial', 'Mark Bell', 'clause-subject'],
    ]);
  });

  it('clause-subject: the nearest clause with a named subject before the fragment', () => {
    expect(
      explain('Ann Lee refers to him as “the captain,” while Mark Bell refers to her as “the boss.”').map((r) => [
        r[0],
        r[2],
      ]),
    ).toEqual([
      ['the captain,', 'Ann Lee'],
      ['the boss.', 'Mark Bell'],
    ]);
  });

  it('clause-subject: not the subject of a passive, nor a name that only describes the subject', () => {
    expect(explain('Ann Lee was asked by the host whether the plan was “a fair deal for the town.”')[0]?.[2]).not.toBe(
      'Ann Lee',
    );
    expect(explain('The Lee campaign projects that “a small levy on ships” would pay for it.')[0]?.[2]).not.toBe(
      'Ann Lee',
    );
  });

  it('possessive-before: a possessive name right before the quote', () => {
    expect(
      explain('Ann Lee spoke on Monday. Critics recalled Lee’s “we will never close” promise of the spring.'),
    ).toContainEqual(['we will never close', 'partial', 'Ann Lee', 'possessive-before']);
  });

  it('as-put-it: as X put it', () => {
    expect(explain('As Ann Lee put it, the council is making the town “an offer it cannot refuse.”')).toEqual([
      ['an offer it cannot refuse.', 'partial', 'Ann Lee', 'as-put-it'],
    ]);
  });
});

describe('what stands around the speaker is no speaker', () => {
  it('a name among descriptors wins over the organisation or place describing it', () => {
    expect(explain('“The race is close,” said Harbor-based Labour strategist Mark Bell.')[0]?.[2]).toBe('Mark Bell');
    expect(explain('“The race is close,” said the bureau’s director, Mark Bell, on Monday.')[0]?.[2]).toBe('Mark Bell');
    expect(explain('“It was a long winter,” said retired teacher and choir leader Ann Lee.')[0]?.[2]).toBe('Ann Lee');
  });

  it('a place or a day in an appositive before the verb is skipped', () => {
    expect(
      explain(
        '“I would have stayed in jail,” Mark Bell, now 81 and retired in Cambridge, Mass., said by telephone.',
      )[0]?.[2],
    ).toBe('Mark Bell');
    expect(explain('“We will look at it,” Mark Bell of Texas told reporters.')[0]?.[2]).toBe('Mark Bell');
  });
});

describe('layouts', () => {
  it('transcript-label: a label inside the quote or opening its line', () => {
    expect(explain('Mark Bell met Ann Lee on the radio. “LEE: The harbor opens in June.”')).toContainEqual([
      'LEE: The harbor opens in June.',
      'direct',
      'Ann Lee',
      'transcript-label',
    ]);
    expect(explain('Ann Lee: “We are ready.”')).toEqual([['We are ready.', 'direct', 'Ann Lee', 'transcript-label']]);
  });

  it('transcript-label: a shouted label nobody in the text has stays without a speaker', () => {
    expect(explain('“WALLACE: Will you run?” “PENCE: Not this year.”').map((r) => r[2])).toEqual([null, null]);
  });

  it('credit-line: a dash and a name after the quote', () => {
    expect(explain('“We cannot wait.” ― Nell Okafor')).toEqual([
      ['We cannot wait.', 'direct', 'Nell Okafor', 'credit-line'],
    ]);
  });

  it('credit-line: a round-up where a line naming the speaker follows each quote', () => {
    const text =
      'Readers wrote in about the storm.\n“We are ready for the storm.”\nAnn Lee, Daily Post\n“The roads are fine.”\nMark Bell, Coast Times';
    expect(explain(text).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['We are ready for the storm.', 'Ann Lee', 'credit-line'],
      ['The roads are fine.', 'Mark Bell', 'credit-line'],
    ]);
  });

  it('credit-line: a name label over the quote, never the next quote’s label', () => {
    const text =
      'Two voices from the port.\nAnn Lee:\n“We are ready for the storm.”\nMark Bell:\n“The roads are fine.”';
    expect(explain(text).map((r) => [r[0], r[2]])).toEqual([
      ['We are ready for the storm.', 'Ann Lee'],
      ['The roads are fine.', 'Mark Bell'],
    ]);
  });
});

describe('after-quote gives way', () => {
  it('to a speech verb before a fragment, when the words after it are not the speaker', () => {
    expect(explain('Ann Lee said she was “impressed” with the Bell children, but Mark Bell said little.')[0]?.[2]).toBe(
      'Ann Lee',
    );
  });

  it('to the next statement, after a quote that ended its sentence', () => {
    expect(
      explain(
        'Ann Lee said the claim is “simply not true.” Mark Bell has backed the plan but has since said he may drop it.',
      )[0]?.[2],
    ).toBe('Ann Lee');
  });

  it('to the next quote that a verb and a comma introduce', () => {
    const rows = explain(
      "Ann Lee wrote to the mayor about the pier, ''at the request of the council.'' Mark Bell replied, ''We will see.''",
    );
    expect(rows.map((r) => r[2])).toEqual(['Ann Lee', 'Mark Bell']);
  });

  it('a name right before a participle is its subject', () => {
    expect(explain('Both issued a statement, Ann Lee saying she was “very encouraged” by the talks.')[0]?.[2]).toBe(
      'Ann Lee',
    );
  });
});

describe('an unresolved pronoun', () => {
  it('leaves the speaker unknown but the words someone’s, not a term', () => {
    expect(explain('The crowd grew louder. “Too much hate,” she said.')).toEqual([
      ['Too much hate,', 'direct', null, 'after-quote'],
    ]);
  });
});

describe('quote-only sentences', () => {
  it('skip a title quoted in between when continuing the last speaker', () => {
    const rows = explain(
      '“We cannot take more,” Ann Lee said on the show “Harbor Week Tonight.” “There is no room left.”',
    );
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['We cannot take more,', 'Ann Lee'],
      ['Harbor Week Tonight.', null],
      ['There is no room left.', 'Ann Lee'],
    ]);
  });

  it('a connective before the quote leaves it alone in its sentence', () => {
    const rows = explain(
      '“He is supposed to cheer for this town,” Ann Lee said. Instead, “he just acts like a defeated man.”',
    );
    expect(rows.map((r) => r[2])).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('verb-before: whose verb it is', () => {
  it('an opening participial phrase holds no subject', () => {
    expect(explain('Speaking at the pier, Ann Lee went after Mark Bell, calling him “a total stiff.”')[0]?.[2]).toBe(
      'Ann Lee',
    );
  });

  it('a participle or a coordinated verb takes the subject of the speech verb before it', () => {
    expect(explain('The ferry left late, Ann Lee said, adding, “It was not very safe.”')[0]?.[2]).toBe('Ann Lee');
    expect(
      explain(
        'In a long talk with Mark Bell, Ann Lee said she liked the plan and added, “I will vote for it.”',
      )[0]?.[2],
    ).toBe('Ann Lee');
  });

  it('a name inside the phrase before a participle is not its subject', () => {
    expect(
      explain(
        'Ann Lee claimed that statements by Mark Bell calling for a ban make him “the best recruiter they have.”',
      )[0]?.[2],
    ).toBe('Ann Lee');
  });

  it('the main clause after an opening subordinate clause speaks', () => {
    expect(
      explain('When Mark Bell suggested that the port would sue, Ann Lee fired back: “They will lose.”')[0]?.[2],
    ).toBe('Ann Lee');
  });
});

describe('subjects behind ages, towns and relative clauses', () => {
  it('an age and a town with its state before a who-clause', () => {
    expect(
      explain('“Both scare me,” Harry Bell, 30, of Raleigh, N.C., who was among those polled, said.')[0]?.[2],
    ).toBe('Harry Bell');
  });

  it('a state abbreviation in an opening phrase is no subject', () => {
    expect(
      explain(
        'At a rally in Portsmouth, N.H., on Tuesday, Senator Mark Bell of Vermont endorsed Ann Lee, saying that she would “make an outstanding mayor.”',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });

  it('a named person right before the verb, after a relative “that”', () => {
    expect(
      explain(
        'The debate grew so heated over which harbor bill that Gov. Mark Bell said, “I need a translator.”',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });
});

describe('continuations and inverted questions', () => {
  it('“…?” asked X: the one asking speaks', () => {
    expect(explain('“Who will pay for it?” asked Sen. Ann Lee of Maryland, who wants a review.')[0]?.[2]).toBe(
      'Ann Lee',
    );
  });

  it('a quote opening its sentence with only the writer’s aside after it continues the last speaker', () => {
    const rows = explain(
      '“We are in good shape,” said Mark Bell, a senior adviser. “We could win the next two states,” which vote in June.',
    );
    expect(rows.map((r) => r[2])).toEqual(['Mark Bell', 'Mark Bell']);
  });
});

describe('organisations around a named speaker', () => {
  it('said ORG executive director X in a statement', () => {
    expect(
      explain(
        '“It is a failure,” said Harborwatch executive Director Mark Bell in a statement. “It never worked.”',
      ).map((r) => r[2]),
    ).toEqual(['Mark Bell', 'Mark Bell']);
  });

  it('an appositive the writer never closed', () => {
    expect(
      explain(
        'Mark Bell, the communications director for the Harbor Party said in a statement. “There are no ballots to recount.”',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });
});

describe('who-clauses between the speaker and the verb', () => {
  it('a who-clause inside dashes', () => {
    expect(
      explain(
        'A former candidate -- Mark Bell, who lost the election to Ann Lee -- said the mayor “offered no changes.”',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });

  it('a role with a who-clause apposed to the name, with abbreviations inside', () => {
    expect(
      explain(
        'Mark Bell, an education professor who previously worked for Sen. Ann Lee (R-Tenn.), one of the bill’s architects, called it “an incredibly significant development.”',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });
});

describe('pairs and owners', () => {
  it('“X and Y said”: the first named stands for both', () => {
    expect(explain('“It is over,” Mark Bell and Ann Lee wrote.')[0]?.[2]).toBe('Mark Bell');
    expect(
      explain('“We can only wonder,” Mark Bell and Ann Lee, both members of the board, said in a statement.')[0]?.[2],
    ).toBe('Mark Bell');
  });

  it('a possessive name after the verb is the owner, not the speaker', () => {
    expect(explain('“Leave your guns at home,” opined Mark Bell’s Harbor Ledger.')[0]?.[2]).not.toBe('Mark Bell');
  });
});

describe('as X observed; descriptors after a question', () => {
  it('as-put-it: “As X of the Y observed, …: “…”', () => {
    expect(
      explain(
        'As Mark Bell of the Harbor Times observed, the biggest victor was the stage itself: “The clear winner was the network.”',
      )[0]?.slice(2),
    ).toEqual(['Mark Bell', 'as-put-it']);
  });

  it('after-quote: a question, then “former mayor X asked”', () => {
    expect(
      explain(
        'Ann Lee “offers support for the port. Does that fly?” former mayor Mark Bell asked on the radio.',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });
});

describe('verbs of praise and blame report words too', () => {
  it('X slammed Y as “…”, X praised Y as “…”', () => {
    expect(
      explain(
        'Ann Lee slammed the council as “a club of cowards.” Mark Bell praised the harbor crew as “heroes of the storm.”',
      ).map((r) => r[2]),
    ).toEqual(['Ann Lee', 'Mark Bell']);
  });

  it('a quote ending a sentence with its own speech verb is not the next sentence’s speaker’s', () => {
    expect(explain('Ann Lee called Mark Bell a “con artist.” Mark Bell said he would sue.')[0]?.[2]).toBe('Ann Lee');
  });
});

describe('found reading unseen news', () => {
  it('a dash parenthetical after a party tag', () => {
    expect(explain('Sen. Ann Lee (R-Neb.)—whose record is long—said “we will win the vote.”')[0]?.[2]).toBe('Ann Lee');
  });

  it('he after a sentence about an unnamed “president” is the president or nobody, never someone named before', () => {
    expect(
      explain(
        'Melania Lee visited the school. The president said the threats were real. He called for an end to the “dangerous defense sequester” of funds.',
      )[0]?.[2],
    ).toBeNull();
  });

  it('a headline “Name: Title Words” is no transcript label', () => {
    expect(
      explain(
        'The site ran headlines such as: “Bill Bell, Harbor Spoiler,” “Ann Lee: The Harbor Movement’s Human Shield,” and more.',
      ).map((r) => r[3]),
    ).not.toContain('transcript-label');
  });
});

describe('objects are not speakers', () => {
  it('“As a candidate, he said, …” is no “as X said”', () => {
    expect(
      explain('Ann Lee spoke at the dinner. As a candidate, she said, “my job is not to worry” about them.').map(
        (r) => r[3],
      ),
    ).not.toContain('as-put-it');
  });

  it('the object of praise, of an infinitive or of a naming verb never speaks', () => {
    expect(
      explain(
        'The harbor firebrand praised Ann Lee in an interview before questioning her plan. “I think it is terrific that she is brash.”',
      )[0]?.[2],
    ).not.toBe('Ann Lee');
    expect(
      explain('The mayor seeks to reassure Harbor City allies about “a rare opportunity” for peace.')[0]?.[2],
    ).not.toBe('Harbor City');
  });
});

describe('from the third hand-read sample', () => {
  it('“a Bell campaign surrogate” is anonymous, not Bell', () => {
    expect(
      explain('Mark Bell spoke. “It is not an emergency,” said a Bell campaign surrogate. “We need checks early.”').map(
        (r) => r[2],
      ),
    ).toEqual(['a Bell campaign surrogate', 'a Bell campaign surrogate']);
  });

  it('he is not someone named in an opening participial phrase', () => {
    expect(
      explain(
        'Ann Lee arrived. Addressing leaders in Paris - including Mark Bell and Ivo Brant - he described it as a “betrayal of patriotism”.',
      )[0]?.[2],
    ).not.toBe('Mark Bell');
  });

  it('he is not someone named after him in his own sentence', () => {
    expect(
      explain(
        'Mark Bell was asked about the harbor. He handled it badly, focusing on Ann Lee and adding, “My son made a judgment.”',
      )[0]?.[2],
    ).toBe('Mark Bell');
  });
});
