/**
 * Quotes end to end on invented news sentences: a document is built (buildDocument), analysed
 * and assembled (buildKnowledgeBase), and every quote is checked for its exact words, kind,
 * speaker and intermediary.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/extract.ts';
import { findDocPeople } from '../../../src/analysis/people/local-people.ts';
import { sentences } from '../../../src/analysis/sentences.ts';
import type { QuoteKind } from '../../../src/analysis/types.ts';
import { analyseDocument } from '../../../src/kb/analyse-document.ts';
import { buildKnowledgeBase } from '../../../src/kb/build.ts';
import type { KnowledgeBase, QuoteRecord } from '../../../src/kb/types.ts';
import { doc } from '../../support/kb-fixture.ts';

function kbOf(...bodies: string[]): KnowledgeBase {
  const documents = bodies.map((body, i) =>
    doc(`d${i + 1}`, body, { outlet: `Outlet ${i + 1}`, published: '2021-03-10' }),
  );
  return buildKnowledgeBase({ root: '/fixture', documents, warnings: [] });
}

type Row = Pick<QuoteRecord, 'text' | 'kind' | 'speaker' | 'speakerType' | 'attribution' | 'via' | 'description'>;

function quotes(body: string): Row[] {
  return kbOf(body).quotes.map(({ text, kind, speaker, speakerType, attribution, via, description }) => ({
    text,
    kind,
    speaker,
    speakerType,
    attribution,
    via,
    description,
  }));
}

/** The expected record: a person's quote (explicitly attributed) unless `more` says otherwise. */
function row(text: string, kind: QuoteKind, speaker: string | null, more: Partial<Row> = {}): Row {
  return {
    text,
    kind,
    speaker,
    speakerType: speaker === null ? null : 'person',
    attribution: speaker === null ? 'none' : 'explicit',
    via: null,
    description: null,
    ...more,
  };
}

const REOPEN = 'The harbor will reopen in June after the repairs';

describe('quote marks', () => {
  it('reads curly “ ” quotes', () => {
    expect(quotes('“The budget is balanced and the reserves are full,” Ann Lee said on Monday.')).toEqual([
      row('The budget is balanced and the reserves are full,', 'direct', 'Ann Lee'),
    ]);
  });

  it('reads straight " quotes', () => {
    expect(quotes('Ann Lee said, "The budget is balanced and the reserves are full."')).toEqual([
      row('The budget is balanced and the reserves are full.', 'direct', 'Ann Lee'),
    ]);
  });

  it('reads ‘ ’ nested in a double quote as a term with no speaker of its own', () => {
    expect(quotes('Ann Lee said, “The council called it ‘a historic day’ for the harbor and its workers.”')).toEqual([
      row('The council called it ‘a historic day’ for the harbor and its workers.', 'direct', 'Ann Lee'),
      row('a historic day', 'term', null),
    ]);
  });

  it("reads `` '' pairs", () => {
    expect(quotes("Ann Lee said, ``The council will vote on the harbor plan next week.''")).toEqual([
      row('The council will vote on the harbor plan next week.', 'direct', 'Ann Lee'),
    ]);
  });

  it('continues a quote over two paragraphs: both parts have the same speaker, the second as a continuation', () => {
    const body =
      'Ann Lee spoke at the harbor on Monday.\n\n“The first thing we did was close the old pier to traffic for good.\n\n“Then we rebuilt the sea wall, stone by stone, over two winters,” she said.';
    expect(quotes(body)).toEqual([
      row('The first thing we did was close the old pier to traffic for good.', 'direct', 'Ann Lee'),
      row('Then we rebuilt the sea wall, stone by stone, over two winters,', 'direct', 'Ann Lee', {
        attribution: 'continuation',
      }),
    ]);
  });

  it('skips a stray opening mark: the later quote is found exactly, with its speaker', () => {
    expect(
      quotes(
        'Ann Lee called the plan “a disaster and walked out. Later, “We are ready to welcome the ships again,” Victor Petrov said.',
      ),
    ).toEqual([row('We are ready to welcome the ships again,', 'direct', 'Victor Petrov')]);
  });

  it('skips a stray closing mark', () => {
    expect(
      quotes(
        'Ann Lee walked out of the meeting.\n\n“We are ready to welcome the ships again,” Victor Petrov said. The harbor reopened” in June.',
      ),
    ).toEqual([row('We are ready to welcome the ships again,', 'direct', 'Victor Petrov')]);
    expect(
      quotes('The harbor reopened” after repairs. “We are ready to welcome the ships again,” Victor Petrov said.'),
    ).toEqual([row('We are ready to welcome the ships again,', 'direct', 'Victor Petrov')]);
  });
});

describe('attribution forms', () => {
  it('“…,” said X', () => {
    expect(quotes('Ann Lee, the city treasurer, spoke on Monday. “The budget is balanced,” said Ann Lee.')).toEqual([
      row('The budget is balanced,', 'direct', 'Ann Lee'),
    ]);
  });

  it('“…,” said X, an appositive', () => {
    expect(quotes(`“${REOPEN},” said Victor Petrov, the port director.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Victor Petrov'),
    ]);
  });

  it('“…,” X said', () => {
    expect(quotes(`“${REOPEN},” Victor Petrov said.`)).toEqual([row(`${REOPEN},`, 'direct', 'Victor Petrov')]);
  });

  it('X said, “…” and X said: “…”', () => {
    expect(quotes(`Victor Petrov said, “${REOPEN}.”`)).toEqual([row(`${REOPEN}.`, 'direct', 'Victor Petrov')]);
    expect(quotes(`Victor Petrov said: “${REOPEN}.”`)).toEqual([row(`${REOPEN}.`, 'direct', 'Victor Petrov')]);
  });

  it('X told Y, “…”: Y, an outlet, is the intermediary', () => {
    expect(quotes('Victor Petrov told the Daily Herald, “We will not sign this agreement.”')).toEqual([
      row('We will not sign this agreement.', 'direct', 'Victor Petrov', { via: 'Daily Herald' }),
    ]);
  });

  it('“…,” X told Y: Y is the intermediary', () => {
    expect(quotes(`“${REOPEN},” Victor Petrov told the Daily Herald.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Victor Petrov', { via: 'Daily Herald' }),
    ]);
  });

  it('X told Y that “…” and X told Y: “…”: Y is the intermediary', () => {
    expect(quotes(`Victor Petrov told the Daily Herald that “${REOPEN.toLowerCase()}.”`)).toEqual([
      row(`${REOPEN.toLowerCase()}.`, 'direct', 'Victor Petrov', { via: 'Daily Herald' }),
    ]);
    expect(quotes(`Ann Lee told the Daily Herald: “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Ann Lee', { via: 'Daily Herald' }),
    ]);
    expect(quotes(`“${REOPEN},” Ann Lee, the port director, told the Daily Herald.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Ann Lee', { via: 'Daily Herald' }),
    ]);
  });

  it('X told Y that “…”: a full clause after “that” is direct, and reporters are no intermediary', () => {
    expect(quotes('Victor Petrov told reporters that “the talks have collapsed for good this time.”')).toEqual([
      row('the talks have collapsed for good this time.', 'direct', 'Victor Petrov'),
    ]);
  });

  it('According to X, “…”', () => {
    expect(quotes('According to Victor Petrov, “the talks have collapsed for good this time.”')).toEqual([
      row('the talks have collapsed for good this time.', 'direct', 'Victor Petrov'),
    ]);
  });

  it.each(['explains', 'adds', 'notes', 'wrote', 'asserted', 'corroborated'])('X %s, “…”', (verb) => {
    expect(quotes(`Ann Lee ${verb}, “${REOPEN}.”`)).toEqual([row(`${REOPEN}.`, 'direct', 'Ann Lee')]);
  });

  it('X explained something to Y: “…” (a colon introduces the words)', () => {
    expect(quotes(`Victor Petrov explained the delay to reporters: “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Victor Petrov'),
    ]);
  });

  it('a split quote “…,” X said. “…” is two records with one speaker', () => {
    expect(
      quotes('“The harbor will reopen in June,” Victor Petrov said. “We are ready to welcome the ships again.”'),
    ).toEqual([
      row('The harbor will reopen in June,', 'direct', 'Victor Petrov'),
      row('We are ready to welcome the ships again.', 'direct', 'Victor Petrov', { attribution: 'continuation' }),
    ]);
  });

  it('“…,” X said in an email · X said in a statement, “…”', () => {
    const words = 'The harbor will reopen in June after the long repairs';
    expect(quotes(`“${words},” Victor Petrov said in an email.`)).toEqual([
      row(`${words},`, 'direct', 'Victor Petrov'),
    ]);
    expect(quotes(`Victor Petrov said in a statement, “${words}.”`)).toEqual([
      row(`${words}.`, 'direct', 'Victor Petrov'),
    ]);
  });

  it('a participle (“…, saying “…”) takes the subject of its clause', () => {
    expect(
      quotes('Victor Petrov defended the plan, saying “the harbor will reopen in June after the long repairs.”'),
    ).toEqual([row('the harbor will reopen in June after the long repairs.', 'direct', 'Victor Petrov')]);
  });

  it('an appositive between the subject and the verb: X, a former mayor who retired in 2019, told reporters that “…”', () => {
    expect(
      quotes(
        'Victor Petrov, a former mayor who retired in 2019, told reporters that “the harbor will reopen in June after the long repairs.”',
      ),
    ).toEqual([row('the harbor will reopen in June after the long repairs.', 'direct', 'Victor Petrov')]);
  });

  it('the appositive also stands between the name and the verb on either side of the quote', () => {
    expect(quotes(`“${REOPEN},” Victor Petrov, a former mayor who retired in 2019, said.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Victor Petrov'),
    ]);
    expect(quotes(`Victor Petrov, a former mayor who retired in 2019, said, “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Victor Petrov'),
    ]);
  });

  it('“…,” the agency’s spokeswoman, Jane Doe, said: the name in the commas speaks', () => {
    const kb = kbOf(
      '“The harbor will reopen in June after the long repairs,” the agency’s spokeswoman, Jane Doe, said.',
    );
    expect(kb.quotes.map((q) => [q.text, q.kind, q.speaker, q.speakerId])).toEqual([
      ['The harbor will reopen in June after the long repairs,', 'direct', 'Jane Doe', 'jane-doe'],
    ]);
    expect(kb.people.find((p) => p.id === 'jane-doe')?.roles.map((r) => r.text)).toEqual(['the agency’s spokeswoman']);
  });
});

describe('pronouns and continuations', () => {
  it('“…,” she said after a sentence naming her', () => {
    expect(quotes(`Ann Lee was at the harbor on Monday. “${REOPEN},” she said.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
  });

  it('“…,” she said in the paragraph after the one naming her', () => {
    expect(quotes(`Ann Lee, the port director, spoke.\n\n“${REOPEN},” she said.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
  });

  it('“it added” continues an organisation speaker', () => {
    expect(
      quotes(`“${REOPEN},” the Harbor Institute said. “We are ready to welcome the ships again,” it added.`),
    ).toEqual([
      row(`${REOPEN},`, 'document', 'Harbor Institute', { speakerType: 'org' }),
      row('We are ready to welcome the ships again,', 'document', 'Harbor Institute', {
        speakerType: 'org',
        attribution: 'pronoun',
      }),
    ]);
  });

  it('she is the subject, not a name named later in the sentence (Ann Lee criticised Mark Bell’s plan)', () => {
    expect(
      quotes(
        'Ann Lee, the port director, criticised Mark Bell’s plan. “It will fail within a year, and the city will pay,” she said.',
      ),
    ).toEqual([
      row('It will fail within a year, and the city will pay,', 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
    expect(
      quotes(
        'Ann Lee, the port director, criticised the plan of Mark Bell, the mayor. “It will fail within a year, and the city will pay,” she said.',
      ),
    ).toEqual([
      row('It will fail within a year, and the city will pay,', 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
  });

  it('she skips a sentence about a man (Ann and Mark are in the given-name lists)', () => {
    expect(
      quotes(`Ann Lee, the port director, spoke first. Mark Bell, the mayor, listened. “${REOPEN},” she said.`),
    ).toEqual([row(`${REOPEN},`, 'direct', 'Ann Lee', { attribution: 'pronoun' })]);
  });

  it('she and he pick the person of that gender when the nearest name is the other one', () => {
    expect(quotes(`Mark Bell, the mayor, met Ann Lee, the port director, on Monday. She said, “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
    expect(quotes(`Ann Lee, the port director, met Mark Bell, the mayor, on Monday. He said, “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Mark Bell', { attribution: 'pronoun' }),
    ]);
  });

  it('he said / he added: each quote takes the person the pronoun stands for', () => {
    expect(
      quotes(
        'Victor Petrov, the port director, toured the pier. “The harbor will reopen in June,” he said. “We are ready to welcome the ships again,” he added.',
      ),
    ).toEqual([
      row('The harbor will reopen in June,', 'direct', 'Victor Petrov', { attribution: 'pronoun' }),
      row('We are ready to welcome the ships again,', 'direct', 'Victor Petrov', { attribution: 'pronoun' }),
    ]);
  });

  it('a following paragraph that is only a quote continues the last speaker', () => {
    expect(
      quotes(
        '“The harbor will reopen in June,” Victor Petrov said on Monday.\n\n“We are ready to welcome the ships again after two long winters.”',
      ),
    ).toEqual([
      row('The harbor will reopen in June,', 'direct', 'Victor Petrov'),
      row('We are ready to welcome the ships again after two long winters.', 'direct', 'Victor Petrov', {
        attribution: 'continuation',
      }),
    ]);
  });
});

describe('speakers', () => {
  it('a surname resolves to the full name the document gives, before or after it', () => {
    expect(quotes(`Victor Petrov arrived on Monday. “${REOPEN},” Petrov said.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Victor Petrov'),
    ]);
    expect(quotes(`“${REOPEN},” Petrov said. Victor Petrov is the port director.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Victor Petrov'),
    ]);
  });

  it('a misspelt long surname resolves to the full name', () => {
    expect(quotes(`Nikos Papadopoulos chairs the board. “${REOPEN},” Papadopoulous said.`)).toEqual([
      row(`${REOPEN},`, 'direct', 'Nikos Papadopoulos'),
    ]);
  });

  it('an anonymous source has no name and keeps its description', () => {
    const anonymous = {
      speakerType: 'anonymous' as const,
      attribution: 'explicit' as const,
      description: 'a senior official',
    };
    expect(quotes(`“${REOPEN},” a senior official said.`)).toEqual([row(`${REOPEN},`, 'direct', null, anonymous)]);
    expect(quotes(`“${REOPEN},” said a senior official who asked not to be named.`)).toEqual([
      row(`${REOPEN},`, 'direct', null, anonymous),
    ]);
    expect(quotes(`“${REOPEN},” a ministry spokesman said.`)).toEqual([
      row(`${REOPEN},`, 'direct', null, { ...anonymous, description: 'a ministry spokesman' }),
    ]);
  });

  it('words through an intermediary: a surname alone speaks, the outlet is via', () => {
    expect(quotes(`Smith told the Daily Herald, “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Smith', { via: 'Daily Herald' }),
    ]);
  });

  it('a person speaker links to the person record', () => {
    const kb = kbOf(`Victor Petrov arrived on Monday. “${REOPEN},” Petrov said.`);
    const [q] = kb.quotes;
    expect(q?.speakerId).toBe('victor-petrov');
    expect(kb.people.find((p) => p.id === q?.speakerId)?.name).toBe('Victor Petrov');
  });
});

describe('quote kinds', () => {
  it('scare quotes after “so-called” are a term with no speaker', () => {
    expect(quotes('The council passed its so-called “reform” of the harbor rules on Monday.')).toEqual([
      row('reform', 'term', null),
    ]);
    expect(quotes('The so-called “harbor dividend” never reached the workers.')).toEqual([
      row('harbor dividend', 'term', null),
    ]);
  });

  it('a short quoted phrase with no speaker is a term', () => {
    expect(quotes('The council’s “harbor dividend” never reached the workers.')).toEqual([
      row('harbor dividend', 'term', null),
    ]);
    expect(quotes('The plan, which critics call a “giveaway,” passed on Monday.')).toEqual([
      row('giveaway,', 'term', null),
    ]);
  });

  it('a work named in quotes is a title: the book “…”, NBC’s “…”', () => {
    expect(quotes('Ann Lee wrote the book “The Long Road Home” after she left the port.')).toEqual([
      row('The Long Road Home', 'title', null),
    ]);
    expect(quotes('Ann Lee appeared on NBC’s “Meet the Press” on Sunday.')).toEqual([
      row('Meet the Press', 'title', null),
    ]);
    expect(quotes('Ann Lee appeared on NBC’s “Meet the Press,” where she defended the plan.')).toEqual([
      row('Meet the Press,', 'title', null),
    ]);
  });

  it('the words of a named act or directive are a document quote', () => {
    expect(
      quotes(
        'The Harbor Act requires that vessels “shall be inspected once every calendar year by a licensed surveyor.”',
      ),
    ).toEqual([
      row('shall be inspected once every calendar year by a licensed surveyor.', 'document', 'Harbor Act', {
        speakerType: 'document',
        attribution: 'implicit',
      }),
    ]);
    expect(
      quotes(
        'A directive known as Harbor Order 12 instructs the port “to close the old pier to all commercial traffic.”',
      ),
    ).toEqual([
      row('to close the old pier to all commercial traffic.', 'document', 'Harbor Order 12', {
        speakerType: 'document',
        attribution: 'implicit',
      }),
    ]);
  });

  it('“the report said”: a document speaks', () => {
    expect(quotes('The report said that “the harbor will reopen in June after the repairs are finished.”')).toEqual([
      row('the harbor will reopen in June after the repairs are finished.', 'document', 'The report', {
        speakerType: 'document',
      }),
    ]);
  });

  it('an organisation as speaker makes a document quote', () => {
    const org = { speakerType: 'org' as const };
    expect(quotes(`“${REOPEN},” the Foreign Ministry said.`)).toEqual([
      row(`${REOPEN},`, 'document', 'Foreign Ministry', org),
    ]);
    expect(quotes(`“${REOPEN},” the Port Authority said.`)).toEqual([
      row(`${REOPEN},`, 'document', 'Port Authority', org),
    ]);
    expect(quotes(`“${REOPEN},” the Harbor Institute said in a report.`)).toEqual([
      row(`${REOPEN},`, 'document', 'Harbor Institute', org),
    ]);
    expect(quotes(`Harbor Institute said in a statement that “${REOPEN.toLowerCase()}.”`)).toEqual([
      row(`${REOPEN.toLowerCase()}.`, 'document', 'Harbor Institute', org),
    ]);
  });

  it('direct: a full clause of the speaker’s own', () => {
    expect(quotes('Victor Petrov, a former mayor, said, “The plan is dead on arrival and everyone knows it.”')).toEqual(
      [row('The plan is dead on arrival and everyone knows it.', 'direct', 'Victor Petrov')],
    );
  });

  it('partial: a fragment inside the writer’s sentence, still with its speaker', () => {
    expect(quotes('Victor Petrov, a former mayor, said the plan was “dead on arrival” and left.')).toEqual([
      row('dead on arrival', 'partial', 'Victor Petrov'),
    ]);
    expect(quotes('Victor Petrov said the plan “was never going to survive the first winter storm.”')).toEqual([
      row('was never going to survive the first winter storm.', 'partial', 'Victor Petrov'),
    ]);
    expect(quotes('Ann Lee said the harbor is “open for business” again.')).toEqual([
      row('open for business', 'partial', 'Ann Lee'),
    ]);
  });
});

describe('quote clusters', () => {
  const first = '“The harbor will reopen in June after two long winters of repairs,” Victor Petrov said.';

  it('the same words in two documents share a cluster, despite a bracketed insertion', () => {
    const kb = kbOf(
      first,
      '“The harbor will reopen [in June] after two long winters of repairs,” Victor Petrov said on Monday.',
    );
    expect(kb.quotes.map((q) => [q.documentId, q.text, q.speaker])).toEqual([
      ['d1', 'The harbor will reopen in June after two long winters of repairs,', 'Victor Petrov'],
      ['d2', 'The harbor will reopen [in June] after two long winters of repairs,', 'Victor Petrov'],
    ]);
    expect(kb.quotes[0]!.clusterId).not.toBeNull();
    expect(kb.quotes[1]!.clusterId).toBe(kb.quotes[0]!.clusterId);
  });

  it('the same words in two documents share a cluster, despite an ellipsis', () => {
    const kb = kbOf(first, '“The harbor will reopen in June after … repairs,” Victor Petrov said on Monday.');
    expect(kb.quotes.map((q) => q.text)).toEqual([
      'The harbor will reopen in June after two long winters of repairs,',
      'The harbor will reopen in June after … repairs,',
    ]);
    expect(kb.quotes[0]!.clusterId).not.toBeNull();
    expect(kb.quotes[1]!.clusterId).toBe(kb.quotes[0]!.clusterId);
  });

  it('different words of the same speaker are not clustered', () => {
    const kb = kbOf(first, '“The new terminal will cost the city far more than anyone admitted,” Victor Petrov said.');
    expect(kb.quotes.map((q) => [q.speaker, q.clusterId])).toEqual([
      ['Victor Petrov', null],
      ['Victor Petrov', null],
    ]);
  });
});

describe('lower-level entry points', () => {
  it('analyseDocument gives each quote its local speaker and span in the body', () => {
    const body = `Victor Petrov arrived on Monday. “${REOPEN},” Petrov said.`;
    const a = analyseDocument(doc('one', body, { outlet: 'Outlet 1' }));
    expect(a.quotes.map((q) => [q.text, q.kind, q.speakerName, q.speakerType, q.attribution])).toEqual([
      [`${REOPEN},`, 'direct', 'Victor Petrov', 'person', 'explicit'],
    ]);
    const q = a.quotes[0]!;
    expect(body.slice(q.span.start, q.span.end)).toBe(`${REOPEN},`);
    expect(a.people[q.speakerPerson!]?.aliases).toEqual(['Victor Petrov', 'Petrov']);
  });

  it('extractQuotes over findDocPeople names the speaker by its person index', () => {
    const text = `“${REOPEN},” said Ann Lee. Victor Petrov, the port director, agreed.`;
    const sents = sentences(text);
    const people = findDocPeople(text, sents);
    const out = extractQuotes({ text, sentences: sents, people, originalOutlet: null });
    expect(
      out.map((q) => [
        text.slice(q.start, q.end),
        q.kind,
        q.speaker?.type,
        q.speaker?.person === null || q.speaker?.person === undefined ? null : people.people[q.speaker.person]?.name,
      ]),
    ).toEqual([[`${REOPEN},`, 'direct', 'person', 'Ann Lee']]);
  });

  it('a summary’s unattributed words belong to the original outlet it summarises', () => {
    const text = 'The port plan was described as “a bold bet on the future of shipping in the region.”';
    const sents = sentences(text);
    const out = extractQuotes({
      text,
      sentences: sents,
      people: findDocPeople(text, sents),
      originalOutlet: 'Coast Times',
    });
    expect(out.map((q) => [text.slice(q.start, q.end), q.kind, q.speaker, q.attribution])).toEqual([
      [
        'a bold bet on the future of shipping in the region.',
        'document',
        { type: 'org', person: null, text: 'Coast Times' },
        'implicit',
      ],
    ]);
  });
});

describe('constructions once pending (see pending-cases.md)', () => {
  it('a pronoun finds a person named once, with no role: the nearest earlier subject', () => {
    expect(
      quotes('Ann Lee criticised Mark Bell’s plan. “It will fail within a year, and the city will pay,” she said.'),
    ).toEqual([
      row('It will fail within a year, and the city will pay,', 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
  });

  it('“she” skips a nearer man for the woman named before him', () => {
    expect(quotes(`Mark Bell met Ann Lee on Monday. She said, “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Ann Lee', { attribution: 'pronoun' }),
    ]);
    expect(
      quotes(
        'Ann Lee criticised Mark Bell’s plan on Monday. Mark Bell said nothing. “It will fail within a year, and the city will pay,” she said.',
      )[0]?.speaker,
    ).toBe('Ann Lee');
  });

  it('an organisation named by a common noun speaks as a document', () => {
    expect(quotes(`“${REOPEN},” the ministry said.`)).toEqual([
      row(`${REOPEN},`, 'document', 'the ministry', { speakerType: 'org' }),
    ]);
  });

  it('a statute speaks as a document', () => {
    expect(
      quotes('The statute says vessels “shall be inspected once every calendar year by a licensed surveyor.”'),
    ).toEqual([
      row('shall be inspected once every calendar year by a licensed surveyor.', 'document', 'The statute', {
        speakerType: 'document',
      }),
    ]);
  });

  it('a short quoted phrase after a possessive is a term, not the critics’ words', () => {
    expect(quotes('Critics said the council’s “harbor dividend” never reached the workers.')).toEqual([
      row('harbor dividend', 'term', null),
    ]);
  });

  it('a memoir’s title is a title', () => {
    expect(quotes('Ann Lee’s memoir, “The Long Road Home,” was published in May.')).toEqual([
      row('The Long Road Home,', 'title', null),
    ]);
  });

  it('“in an interview with” names the intermediary', () => {
    expect(quotes(`Ann Lee, the port director, said in an interview with the Daily Herald, “${REOPEN}.”`)).toEqual([
      row(`${REOPEN}.`, 'direct', 'Ann Lee', { via: 'Daily Herald' }),
    ]);
  });

  it('a continued paragraph that names its own speaker is theirs', () => {
    const rows = quotes(
      'Ann Lee said the pier was “closed. The works began in March.\n\n“The harbor will reopen in June,” Victor Petrov said. “We are ready to welcome the ships again.”',
    );
    expect(rows.map((r) => [r.speaker, r.attribution])).toEqual([
      ['Ann Lee', 'explicit'],
      ['Victor Petrov', 'explicit'],
      ['Victor Petrov', 'continuation'],
    ]);
  });
});

describe('attributions that belong to the next quote or to someone else', () => {
  it('“…?” X replied: “…” — the verb before a colon introduces the next quote', () => {
    const rows = quotes(
      'Lisa Marsh was a lawyer. In one message, Marsh wrote to Victor Petrov about the plan: “It will never pass, right? Right?!” Petrov replied: “No. It won’t.”',
    );
    expect(rows.map((r) => [r.text, r.speaker])).toEqual([
      ['It will never pass, right? Right?!', 'Lisa Marsh'],
      ['No. It won’t.', 'Victor Petrov'],
    ]);
  });

  it('“…,” claimed one Sanders supporter — a name before a noun describes the speaker, it is not the speaker', () => {
    const rows = quotes('Senator Ann Lee spoke in Ohio. “They stole it from us,” claimed one Lee supporter.');
    expect(rows).toEqual([
      row('They stole it from us,', 'direct', null, {
        speakerType: 'anonymous',
        attribution: 'explicit',
        description: 'one Lee supporter',
      }),
    ]);
  });

  it('a quote followed by lower-case words goes on in the sentence: no continuation of the last speaker', () => {
    const rows = quotes(
      '“The harbor is ready,” Ann Lee said.\n\n“Lee ruins the harbor!” read one post, linking to a blog.',
    );
    expect(rows.map((r) => [r.speaker, r.attribution])).toEqual([
      ['Ann Lee', 'explicit'],
      [null, 'none'],
    ]);
  });
});

describe('more real-news constructions', () => {
  it('“a friend of X said”: the friend speaks, anonymously', () => {
    expect(
      quotes('Ann Lee resigned on Monday. “She was tired of the fight,” a friend of Lee told the Daily Herald.'),
    ).toEqual([
      row('She was tired of the fight,', 'direct', null, {
        speakerType: 'anonymous',
        attribution: 'explicit',
        description: 'a friend of Lee',
        via: 'Daily Herald',
      }),
    ]);
  });

  it('a short phrase before a noun it names is a term: his “red line” threat, the “Harbor Hour” show', () => {
    expect(quotes('Ann Lee said his “red line” threat was empty.').map((r) => r.kind)).toEqual(['term']);
    expect(quotes('Ann Lee told the “Harbor Hour” show that the pier would reopen.').map((r) => r.kind)).toEqual([
      'term',
    ]);
  });

  it('“…,” the hospitals where she worked said: the noun before the relative clause speaks', () => {
    expect(quotes('“We mourn a hero,” the hospitals where Ann Lee worked said in a statement.')).toEqual([
      row('We mourn a hero,', 'direct', null, {
        speakerType: 'anonymous',
        attribution: 'explicit',
        description: 'the hospitals',
      }),
    ]);
  });

  it('“she” after a sentence about an unnamed woman is not the last named woman', () => {
    const rows = quotes(
      'Senator Ann Lee spoke on Monday. A mother who attended the college told reporters she owes $30,000. She said, “I would love to go back to school.”',
    );
    expect(rows.map((r) => r.speaker)).toEqual([null]);
  });

  it('“says his appeal”: a document speaks', () => {
    expect(quotes('“The trial was unfair,” says his appeal, filed on Monday.')).toEqual([
      row('The trial was unfair,', 'document', 'his appeal', { speakerType: 'document' }),
    ]);
  });
});

describe('abbreviations and modifiers around the speaker', () => {
  it('“…,” Rep. X, D-N.Y., said: the periods of an abbreviation do not end the sentence', () => {
    expect(quotes('“The pier must reopen,” Rep Ann Lee, D-N.Y., said in a Thursday morning tweet.')[0]?.speaker).toBe(
      'Ann Lee',
    );
  });

  it('“he” is the campaign manager, not the candidate whose name modifies his title', () => {
    const rows = quotes(
      'In a statement, Lee campaign manager Mark Bell called the charges “reckless.” “They ought to apologize,” he said.',
    );
    expect(rows.map((r) => [r.kind, r.speaker])).toEqual([
      ['partial', 'Mark Bell'],
      ['direct', 'Mark Bell'],
    ]);
  });
});

describe('names inside the speaker phrase', () => {
  it('“…,” said former Lee political director Mark Bell: the last name is the speaker', () => {
    expect(
      quotes('“People want to know if she has changed,” said former Lee political director Mark Bell.')[0]?.speaker,
    ).toBe('Mark Bell');
  });

  it('“he” skips a sentence about “he” to the person named before it', () => {
    const rows = quotes(
      'Victor Petrov is in no rush. “It’s too early,” he told the Daily Herald’s Ann Lee in May. He added that he would wait. “You don’t want to tear the country apart.”',
    );
    expect(rows.map((r) => r.speaker)).toEqual(['Victor Petrov', 'Victor Petrov']);
  });
});

describe('speakers with a place, and a quote that ends before a new statement', () => {
  it('“X of Ohio told reporters that …”: the person, not the place', () => {
    expect(
      quotes('Senate Majority Whip Ann Lee of Ohio told reporters that is a “luxury we don’t have.”')[0]?.speaker,
    ).toBe('Ann Lee');
  });

  it('after a quote that ends its sentence, “Leaders say it’s …” is a new statement, not the attribution', () => {
    const rows = quotes(
      'Senator Ann Lee told reporters that the delay is a “luxury we don’t have.” Leaders say it’s important to vote soon.',
    );
    expect(rows.map((r) => [r.speaker, r.kind])).toEqual([['Ann Lee', 'partial']]);
  });
});

describe('opening phrases and descriptions', () => {
  it('“In an interview with X, he …”: he is not the interviewer', () => {
    const rows = quotes(
      'Victor Petrov spoke on Monday. In an interview Wednesday with the Daily Herald’s Mark Bell, he doubled down. “I got a standing ovation,” he said.',
    );
    expect(rows.map((r) => r.speaker)).toEqual(['Victor Petrov']);
  });

  it('“…,” said one donor: an anonymous description, continued by the next quote-only sentence', () => {
    const rows = quotes(
      '“Actions speak louder than words,” said one donor, who spoke on the condition of anonymity. “It is one thing to say it.”',
    );
    expect(rows.map((r) => [r.speaker, r.speakerType, r.description])).toEqual([
      [null, 'anonymous', 'one donor'],
      [null, 'anonymous', 'one donor'],
    ]);
  });
});

describe('appositive chains and lists of sources', () => {
  it('“X, rector of a school in Newton, Massachusetts, added: …” is X', () => {
    expect(
      quotes(
        'Rabbi Ann Lee, rector of the Harbor College in Newton, Massachusetts, added: “I feel terrible for the families.”',
      )[0]?.speaker,
    ).toBe('Ann Lee');
  });

  it('a quote-only sentence after “…, says X, a professor.” is X’s', () => {
    const rows = quotes(
      'Layoffs are rare, says Victor Petrov, a professor at the Harbor College. “Most of them have tenure.”',
    );
    expect(rows.map((r) => r.speaker)).toEqual(['Victor Petrov']);
  });

  it('titles in a list of sources are titles', () => {
    expect(quotes('Harbor Press, “United States History to 1877,” Texas, p. 443.').map((r) => r.kind)).toEqual([
      'title',
    ]);
  });
});
