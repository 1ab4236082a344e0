/**
 * People on invented news sentences: who is one person within a document (findDocPeople) and
 * across documents (buildKnowledgeBase), what is not a person, the names, aliases and roles kept.
 */
import { describe, expect, it } from 'vitest';
import { findDocPeople } from '../../../src/analysis/people/local-people.ts';
import { sentences } from '../../../src/analysis/sentences.ts';
import { buildKnowledgeBase } from '../../../src/kb/build.ts';
import type { KnowledgeBase, PersonRecord } from '../../../src/kb/types.ts';
import { doc } from '../../support/kb-fixture.ts';

function kbOf(...bodies: string[]): KnowledgeBase {
  const documents = bodies.map((body, i) =>
    doc(`d${i + 1}`, body, { outlet: `Outlet ${i + 1}`, published: '2021-03-10' }),
  );
  return buildKnowledgeBase({ root: '/fixture', documents, warnings: [] });
}

/** name → aliases, for every person of the knowledge base */
function people(kb: KnowledgeBase): Record<string, string[]> {
  return Object.fromEntries(kb.people.map((p) => [p.name, p.aliases]));
}

function personNamed(kb: KnowledgeBase, name: string): PersonRecord {
  const p = kb.people.find((x) => x.name === name);
  if (!p) throw new Error(`nobody is called ${name}: ${kb.people.map((x) => x.name).join(', ')}`);
  return p;
}

const roles = (p: PersonRecord): string[] => p.roles.map((r) => r.text);

describe('one person within a document', () => {
  it('a surname alone after the full name is the same person', () => {
    const kb = kbOf('Victor Petrov, the port director, spoke on Monday. Petrov said the harbor would reopen.');
    expect(people(kb)).toEqual({ 'Victor Petrov': ['Victor Petrov', 'Petrov'] });
    expect(personNamed(kb, 'Victor Petrov').mentions.map((m) => m.surface)).toEqual(['Victor Petrov', 'Petrov']);
  });

  it('a surname alone before the full name is the same person', () => {
    const kb = kbOf('Petrov arrived first. Later Victor Petrov, the port director, said the harbor would reopen.');
    expect(people(kb)).toEqual({ 'Victor Petrov': ['Petrov', 'Victor Petrov'] });
    expect(personNamed(kb, 'Victor Petrov').mentions.map((m) => m.surface)).toEqual(['Petrov', 'Victor Petrov']);
  });

  it('Gen. X / General X / X / Gen. surname are one person, each form an alias, the titles roles', () => {
    const kb = kbOf(
      'Gen. John Carver inspected the harbor. General John Carver said the port was safe. John Carver left on Tuesday. Gen. Carver returned in May.',
    );
    expect(people(kb)).toEqual({
      'John Carver': ['John Carver', 'Gen. John Carver', 'General John Carver', 'Carver', 'Gen. Carver'],
    });
    expect(roles(personNamed(kb, 'John Carver'))).toEqual(['Gen.', 'General']);
  });

  it('Gen. Rosa Marquez, General Rosa Marquez, Rosa Marquez and Marquez are one person', () => {
    const kb = kbOf(
      'Gen. Rosa Marquez arrived on Monday. General Rosa Marquez, the army chief, inspected the harbor. Rosa Marquez said the port was safe. Marquez left on Tuesday.',
    );
    expect(people(kb)).toEqual({
      'Rosa Marquez': ['Rosa Marquez', 'Gen. Rosa Marquez', 'General Rosa Marquez', 'Marquez'],
    });
    expect(roles(personNamed(kb, 'Rosa Marquez'))).toEqual(['Gen.', 'General', 'the army chief']);
  });

  it('a title on a surname joins the person who holds it, not another with that surname', () => {
    const kb = kbOf(
      'Ana Marquez, a teacher, stayed home. Gen. Rosa Marquez arrived on Monday. Ana Marquez said the school was closed. Gen. Marquez said the port was safe.',
    );
    expect(people(kb)).toEqual({
      'Ana Marquez': ['Ana Marquez'],
      'Rosa Marquez': ['Rosa Marquez', 'Gen. Rosa Marquez', 'Marquez', 'Gen. Marquez'],
    });
  });

  it('Defense Secretary Y and Y are one person, the title a role', () => {
    const kb = kbOf('Defense Secretary Alan Moore visited the harbor in March 2019. Moore said the port was safe.');
    expect(people(kb)).toEqual({ 'Alan Moore': ['Alan Moore', 'Defense Secretary Alan Moore', 'Moore'] });
    expect(roles(personNamed(kb, 'Alan Moore'))).toEqual(['Defense Secretary']);
  });

  it('a person named like a city is the person where a person stands, the city where a place does', () => {
    const kb = kbOf(
      'Sydney Paris, the harbor pilot, said the channel was clear. Paris said the tide was high. Ann Lee flew to Paris on Monday.',
    );
    expect(people(kb)).toEqual({ 'Sydney Paris': ['Sydney Paris', 'Paris'], 'Ann Lee': ['Ann Lee'] });
    const body = kb.documents[0]!.body;
    // the second "Paris" (the one who said) is hers; the third (flew to) is not
    expect(personNamed(kb, 'Sydney Paris').mentions.map((m) => m.start)).toEqual([0, body.indexOf('Paris said')]);
    expect(roles(personNamed(kb, 'Sydney Paris'))).toEqual(['the harbor pilot']);
  });

  it('“flew to Paris” in another document is not the person named Paris', () => {
    const kb = kbOf(
      'Sydney Paris, the harbor pilot, said the channel was clear.',
      'The delegation flew to Paris on Tuesday.',
    );
    expect(personNamed(kb, 'Sydney Paris').documentIds).toEqual(['d1']);
  });

  it('two people sharing a surname stay two: Paul Smith and his brother John Smith', () => {
    const kb = kbOf(
      'Paul Smith and his brother John Smith run the shipyard. Paul Smith said the yard was busy. John Smith said the yard needed workers.',
    );
    expect(people(kb)).toEqual({ 'Paul Smith': ['Paul Smith'], 'John Smith': ['John Smith'] });
    expect(personNamed(kb, 'Paul Smith').mentions).toHaveLength(2);
    expect(personNamed(kb, 'John Smith').mentions).toHaveLength(2);
    expect(roles(personNamed(kb, 'John Smith'))).toEqual(['his brother']);
    expect(roles(personNamed(kb, 'Paul Smith'))).toEqual([]);
  });

  it('organisations that look like names are not people', () => {
    const kb = kbOf(
      'The Harbor Institute said the port was safe. Ann Lee, the director of the Harbor Institute, agreed. The White House said nothing. Voice of America reported the news.',
    );
    expect(people(kb)).toEqual({ 'Ann Lee': ['Ann Lee'] });
    expect(roles(personNamed(kb, 'Ann Lee'))).toEqual(['the director of the Harbor Institute']);
  });

  it('a misspelt long surname joins the one person it can mean', () => {
    const kb = kbOf('Nikos Papadopoulos, the board chairman, spoke. Papadopoulous said the board agreed.');
    expect(people(kb)).toEqual({ 'Nikos Papadopoulos': ['Nikos Papadopoulos', 'Papadopoulous'] });
  });

  it('a short surname one letter off is another person', () => {
    const kb = kbOf('Ann Lee, the port director, spoke. Lea said the harbor was full.');
    expect(people(kb)).toEqual({ 'Ann Lee': ['Ann Lee'], Lea: ['Lea'] });
  });

  it('a Jr. and his father stay two people', () => {
    const kb = kbOf(
      'Robert Hale Jr., the harbor master, spoke. His father, Robert Hale, founded the port. Robert Hale Jr. said the port was busy.',
    );
    expect(people(kb)).toEqual({ 'Robert Hale Jr.': ['Robert Hale Jr.'], 'Robert Hale': ['Robert Hale'] });
    expect(personNamed(kb, 'Robert Hale Jr.').mentions).toHaveLength(2);
  });
});

describe('roles', () => {
  it('an appositive after the name, with its who-clause', () => {
    const kb = kbOf('Victor Petrov, a former CIA officer who retired in 2018, said the port was safe.');
    expect(roles(personNamed(kb, 'Victor Petrov'))).toEqual(['a former CIA officer who retired in 2018']);
  });

  it('“who served as …”', () => {
    const kb = kbOf('Victor Petrov, who served as harbor master until 2015, said the port was safe.');
    expect(roles(personNamed(kb, 'Victor Petrov'))).toEqual(['who served as harbor master until 2015']);
  });

  it('a title before the name', () => {
    const kb = kbOf('Mayor Victor Petrov said the port was safe.');
    expect(people(kb)).toEqual({ 'Victor Petrov': ['Victor Petrov', 'Mayor Victor Petrov'] });
    expect(roles(personNamed(kb, 'Victor Petrov'))).toEqual(['Mayor']);
  });

  it('a title of two words before the name: Police Chief X, Port Director Y', () => {
    const kb = kbOf(
      'Mayor Victor Petrov said the port was safe. Police Chief Ana Ruiz agreed. Port Director Mark Bell left.',
    );
    expect(people(kb)).toEqual({
      'Victor Petrov': ['Victor Petrov', 'Mayor Victor Petrov'],
      'Ana Ruiz': ['Ana Ruiz', 'Police Chief Ana Ruiz'],
      'Mark Bell': ['Mark Bell', 'Port Director Mark Bell'],
    });
    expect(kb.people.map((p) => [p.name, roles(p)])).toEqual([
      ['Victor Petrov', ['Mayor']],
      ['Ana Ruiz', ['Police Chief']],
      ['Mark Bell', ['Port Director']],
    ]);
  });

  it('a role noun before the name: the union’s president Ana Ruiz', () => {
    const kb = kbOf('The union’s president Ana Ruiz said the port was safe.');
    expect(people(kb)).toEqual({ 'Ana Ruiz': ['Ana Ruiz'] });
    expect(roles(personNamed(kb, 'Ana Ruiz'))).toEqual(['The union’s president']);
  });

  it('an appositive without a determiner, after an age, and a role phrase before the name without one', () => {
    expect(
      roles(personNamed(kbOf('Jo Lee, executive director of the Harbor Fund, said the port was safe.'), 'Jo Lee')),
    ).toEqual(['executive director of the Harbor Fund']);
    expect(
      roles(personNamed(kbOf('Ray Okafor, 54, a retired teacher, said the port was safe.'), 'Ray Okafor')),
    ).toEqual(['a retired teacher']);
    expect(
      roles(personNamed(kbOf('Former Harbor Fund director Mia Trent said the port was safe.'), 'Mia Trent')),
    ).toEqual(['Former Harbor Fund director']);
    expect(
      roles(personNamed(kbOf('Senator Kim Dale, Democrat of Harborshire, said the port was safe.'), 'Kim Dale')),
    ).toEqual(['Senator', 'Democrat of Harborshire']);
    expect(
      roles(personNamed(kbOf('Though, as a senator, Ann Orr opposed the plan. Ann Orr said so.'), 'Ann Orr')),
    ).toEqual(['a senator']);
  });

  it('a who-clause is a role when it says what the person is or does, as its noun phrase', () => {
    expect(
      roles(personNamed(kbOf('Ian Vasko, who is a pastor at the Harbor Chapel, said the port was safe.'), 'Ian Vasko')),
    ).toEqual(['a pastor at the Harbor Chapel']);
    expect(
      roles(personNamed(kbOf('Ian Vasko, who heads the Harbor Fund, said the port was safe.'), 'Ian Vasko')),
    ).toEqual(['who heads the Harbor Fund']);
    expect(
      roles(personNamed(kbOf('Ian Vasko, who was the mayor’s chief of staff, said the port was safe.'), 'Ian Vasko')),
    ).toEqual(['who was the mayor’s chief of staff']);
  });

  it('a who-clause that tells an action, a plan or a hypothetical is no role', () => {
    expect(
      roles(
        personNamed(kbOf('Ian Vasko, who is willing to entertain some reforms, said the port was safe.'), 'Ian Vasko'),
      ),
    ).toEqual([]);
    expect(
      roles(personNamed(kbOf('Ian Vasko, who was to travel to Portmere, said the port was safe.'), 'Ian Vasko')),
    ).toEqual([]);
    expect(
      roles(
        personNamed(
          kbOf('Ian Vasko, who would be secretary of the harbor board under the plan, said the port was safe.'),
          'Ian Vasko',
        ),
      ),
    ).toEqual([]);
    expect(
      roles(personNamed(kbOf('Ian Vasko, who led the polls in May, said the port was safe.'), 'Ian Vasko')),
    ).toEqual([]);
  });

  it('a role before a name is a noun phrase: it spans no verb, clause or other name', () => {
    const kb = kbOf('A jury charged the officer with murder and Mayor Dana Holt fired his police chief, Gary Menk.');
    expect(roles(personNamed(kb, 'Gary Menk'))).toEqual(['his police chief']);
    expect(roles(personNamed(kb, 'Dana Holt'))).toEqual(['Mayor']);
    expect(
      roles(
        personNamed(kbOf('Harbor election officials say Harbor Party front-runner Tom Ash won the vote.'), 'Tom Ash'),
      ),
    ).toEqual(['Harbor Party front-runner']);
    expect(roles(personNamed(kbOf('Lee met reporter Ann Bell on Monday. Ann Bell said so.'), 'Ann Bell'))).toEqual([
      'reporter',
    ]);
    expect(
      roles(personNamed(kbOf('The daughter of Harbor Party front-runner Tom Ash spoke on Monday.'), 'Tom Ash')),
    ).toEqual(['Harbor Party front-runner']);
    expect(
      roles(
        personNamed(kbOf('Ann Orr, as well as her predecessor at the Harbor Fund, Mia Trent, agreed.'), 'Mia Trent'),
      ),
    ).toEqual(['her predecessor at the Harbor Fund']);
    expect(roles(personNamed(kbOf('Hall of Fame player Ivo Brenn said so. Ivo Brenn left.'), 'Ivo Brenn'))).toEqual([
      'Hall of Fame player',
    ]);
    expect(
      roles(
        personNamed(
          kbOf('The debate was a showdown between former secretary of state Ann Bell and Jo Lee. Ann Bell won.'),
          'Ann Bell',
        ),
      ),
    ).toEqual(['former secretary of state']);
  });

  it('a phrase after a name that goes on with a verb opens a clause, not an appositive', () => {
    const kb = kbOf(
      'Appearing on Harbor Talk Tonight, the Harbor Party front-runner said Ann Bell was wrong. Ann Bell said so.',
    );
    expect(kb.people.flatMap((p) => roles(p))).toEqual([]);
    // a role noun used as an adjective ("the official party line") heads no appositive
    expect(
      roles(
        personNamed(
          kbOf('To Harbor consultant Ivo Brenn, the official party line on the port is wrong. Ivo Brenn said so.'),
          'Ivo Brenn',
        ),
      ),
    ).toEqual(['Harbor consultant']);
  });

  it('a role noun phrase before a fronted clause or a hypothetical belongs to no one named after it', () => {
    expect(
      roles(
        personNamed(kbOf('After meeting the president, Jo Lee, the port director, said the port was safe.'), 'Jo Lee'),
      ),
    ).toEqual(['the port director']);
    expect(
      roles(
        personNamed(
          kbOf('Gary Menk said that were he to become the nominee, Dana Holt would lose. Dana Holt agreed.'),
          'Dana Holt',
        ),
      ),
    ).toEqual([]);
    expect(
      roles(
        personNamed(
          kbOf('Dana Holt said that if she were president Gary Menk would be fired. Gary Menk said nothing.'),
          'Gary Menk',
        ),
      ),
    ).toEqual([]);
  });

  it('in a list a title belongs to the name it stands before', () => {
    const kb = kbOf('Senators Ann Bell and Jo Lee, Governor Ray King, and Mayor Tom Ash met on Monday.');
    expect(roles(personNamed(kb, 'Jo Lee'))).toEqual([]);
    expect(roles(personNamed(kb, 'Ray King'))).toEqual(['Governor']);
    expect(roles(personNamed(kb, 'Tom Ash'))).toEqual(['Mayor']);
    const kb2 = kbOf('Harbor Gov. Ray King, Ivo Brenn, and Ann Bell met on Monday. Ivo Brenn said so.');
    expect(roles(personNamed(kb2, 'Ivo Brenn'))).toEqual([]);
    expect(roles(personNamed(kbOf('Bell trails fellow Sen. Ivo Brenn. Ivo Brenn said so.'), 'Ivo Brenn'))).toEqual([
      'Sen.',
    ]);
  });

  it('a photo credit glued to a caption is no part of a role', () => {
    const kb = kbOf(
      'The Portmere rally via Lido Bay Images Harbor Party candidate Ann Bell speaks in Portmere. Ann Bell said so.',
    );
    expect(roles(personNamed(kb, 'Ann Bell'))).toEqual(['Harbor Party candidate']);
  });

  it('each role keeps the document that gives it', () => {
    const kb = kbOf(
      'Ann Lee, the port director, said the harbor was full.',
      'Lee, a former mayor, said the harbor was busy.',
    );
    expect(personNamed(kb, 'Ann Lee').roles).toEqual([
      { text: 'the port director', documentId: 'd1' },
      { text: 'a former mayor', documentId: 'd2' },
    ]);
  });
});

describe('people across documents', () => {
  it('a one-word name in document B joins the full name from document A', () => {
    const kb = kbOf('Ann Lee said the port was safe.', 'Lee said the port was busy.');
    expect(people(kb)).toEqual({ 'Ann Lee': ['Ann Lee', 'Lee'] });
    const p = personNamed(kb, 'Ann Lee');
    expect(p.documentIds).toEqual(['d1', 'd2']);
    expect(p.mentions.map((m) => [m.documentId, m.surface])).toEqual([
      ['d1', 'Ann Lee'],
      ['d2', 'Lee'],
    ]);
  });

  it('a misspelt long surname in another document is the same person', () => {
    const kb = kbOf(
      'Nikos Papadopoulos, the board chairman, said the board agreed.',
      'Nikos Papadopoulous said the vote was close.',
    );
    expect(people(kb)).toEqual({ 'Nikos Papadopoulos': ['Nikos Papadopoulos', 'Nikos Papadopoulous'] });
    expect(personNamed(kb, 'Nikos Papadopoulos').documentIds).toEqual(['d1', 'd2']);
  });

  it('a one-word name two people of the corpus share joins neither and is no record of its own; its quote shows the bare name', () => {
    const kb = kbOf(
      'Gen. Rosa Marquez said the port was safe.',
      'Marquez said, “The port is busy.”',
      'Ana Marquez, a teacher, said the school was closed.',
    );
    expect(people(kb)).toEqual({
      'Rosa Marquez': ['Rosa Marquez', 'Gen. Rosa Marquez'],
      'Ana Marquez': ['Ana Marquez'],
    });
    expect(kb.quotes.map((q) => [q.speaker, q.speakerId, q.speakerType])).toEqual([['Marquez', null, 'person']]);
    expect(personNamed(kb, 'Rosa Marquez').documentIds).toEqual(['d1']);
    expect(personNamed(kb, 'Ana Marquez').documentIds).toEqual(['d3']);
  });

  it('quotes of the joined person point at the one record', () => {
    const kb = kbOf(
      '“The harbor will reopen in June after the repairs,” Ann Lee said.',
      '“We are ready to welcome the ships again,” Lee said on Tuesday.',
    );
    expect(kb.quotes.map((q) => [q.documentId, q.speaker, q.speakerId])).toEqual([
      ['d1', 'Ann Lee', 'ann-lee'],
      ['d2', 'Ann Lee', 'ann-lee'],
    ]);
  });
});

describe('events and people', () => {
  it('an event links the people its clause names', () => {
    const kb = kbOf(
      'Ann Lee, the port director, said the harbor was full in March 2020. Victor Petrov and Ann Lee signed the deal in April 2020.',
    );
    expect(kb.events.map((e) => [e.date, e.peopleIds])).toEqual([
      ['2020-03', ['ann-lee']],
      ['2020-04', ['victor-petrov', 'ann-lee']],
    ]);
    for (const e of kb.events) for (const id of e.peopleIds) expect(kb.people.map((p) => p.id)).toContain(id);
  });

  it('an event names a person by a surname that another document gives in full', () => {
    const kb = kbOf(
      'Ann Lee, the port director, said the harbor was full.',
      'In April 2020, Lee signed the deal with Victor Petrov.',
    );
    expect(kb.events.map((e) => [e.documentId, e.date, e.peopleIds])).toEqual([
      ['d2', '2020-04', ['ann-lee', 'victor-petrov']],
    ]);
  });
});

describe('findDocPeople', () => {
  it('gives each person of a text its mentions, aliases, roles and gender', () => {
    const text = 'Ann Lee, the port director, met Mark Bell on Monday. Lee said the harbor was full.';
    const found = findDocPeople(text, sentences(text));
    expect(
      found.people.map((p) => ({
        name: p.name,
        aliases: p.aliases,
        roles: p.roles,
        gender: p.gender,
        mentions: p.mentions.map((m) => text.slice(m.start, m.end)),
      })),
    ).toEqual([
      {
        name: 'Ann Lee',
        aliases: ['Ann Lee', 'Lee'],
        roles: ['the port director'],
        gender: 'f',
        mentions: ['Ann Lee', 'Lee'],
      },
      { name: 'Mark Bell', aliases: ['Mark Bell'], roles: [], gender: 'm', mentions: ['Mark Bell'] },
    ]);
  });

  it('an outlet the metadata names is an organisation, not a person', () => {
    const text = 'Victor Petrov told Coast Times that the harbor was full.';
    const found = findDocPeople(text, sentences(text), ['Coast Times']);
    expect(found.people.map((p) => p.name)).toEqual(['Victor Petrov']);
    expect(found.others.map((o) => [o.text, o.type])).toEqual([['Coast Times', 'org']]);
  });
});

describe('people once pending (see ../quotes/pending-cases.md)', () => {
  it('roles after a name with Jr., before a name at the start of a sentence, and kin appositives', () => {
    expect(roles(personNamed(kbOf('Robert Hale Jr., the harbor master, spoke on Monday.'), 'Robert Hale Jr.'))).toEqual(
      ['the harbor master'],
    );
    expect(roles(personNamed(kbOf('His father, Robert Hale, founded the port.'), 'Robert Hale'))).toEqual([
      'His father',
    ]);
    const kb = kbOf('Gen. Rosa Marquez arrived on Monday. Ana Marquez, her sister, stayed home.');
    expect(Object.keys(people(kb)).sort()).toEqual(['Ana Marquez', 'Rosa Marquez']);
    expect(roles(personNamed(kb, 'Ana Marquez'))).toEqual(['her sister']);
  });

  it('a title of two words before a name is a title', () => {
    const kb = kbOf('Harbor Master Victor Petrov said the port was safe.');
    expect(people(kb)).toEqual({ 'Victor Petrov': ['Victor Petrov', 'Harbor Master Victor Petrov'] });
    expect(roles(personNamed(kb, 'Victor Petrov'))).toEqual(['Harbor Master']);
  });

  it('a misspelt surname two people share joins neither', () => {
    const kb = kbOf(
      'Nikos Papadopoulos, the board chairman, spoke. Maria Papadopoulos, his sister, listened. Papadopoulous said the board agreed.',
    );
    expect(people(kb)).toEqual({
      'Nikos Papadopoulos': ['Nikos Papadopoulos'],
      'Maria Papadopoulos': ['Maria Papadopoulos'],
    });
  });

  it('a bare surname two people in the article share is nobody’s: never a guess', () => {
    const kb = kbOf('Paul Smith and his brother John Smith run the shipyard. Smith said the orders were late.');
    expect(people(kb)).toEqual({ 'Paul Smith': ['Paul Smith'], 'John Smith': ['John Smith'] });
  });

  it('"Mr." tells apart a husband and wife who share a surname', () => {
    const kb = kbOf('John Smith and his wife, Mary Smith, run the shipyard. Mr. Smith said the orders were late.');
    expect(people(kb)['John Smith']).toEqual(['John Smith', 'Smith', 'Mr. Smith']);
    expect(people(kb)['Mary Smith']).toEqual(['Mary Smith']);
  });

  it('a city in another article stays a city: "Paris is a big city" does not join Sydney Paris', () => {
    const kb = kbOf('Sydney Paris, the harbor pilot, said the channel was clear.', 'Paris is a big city.');
    expect(personNamed(kb, 'Sydney Paris').documentIds).toEqual(['d1']);
  });
});

describe('a son named after his father', () => {
  it('"Trump Jr." alone is the son, "Trump" alone the father, and "he" after the son is the son', () => {
    const kb = kbOf(
      'Robert Hale Jr. spoke first. Robert Hale spoke later. Hale Jr. also accused the mayor of greed. “I called it a scandal,” he said. Hale said nothing.',
    );
    expect(people(kb)).toEqual({
      'Robert Hale Jr.': ['Robert Hale Jr.', 'Hale Jr.'],
      'Robert Hale': ['Robert Hale', 'Hale'],
    });
    expect(kb.quotes.map((q) => q.speaker)).toEqual(['Robert Hale Jr.']);
  });
});

describe('names that are not people', () => {
  it('the parties of a court case ("Indiana v. Edwards") and a memorial are no people', () => {
    const kb = kbOf(
      'The 2008 decision Indiana v. Edwards allows judges to appoint a lawyer. Crowds gathered at the Lincoln Memorial on Monday.',
    );
    expect(kb.people).toEqual([]);
  });

  it('an outlet in capitals ("USA TODAY") is no date', () => {
    const kb = kbOf('Ann Lee spoke to USA TODAY about the harbor.');
    expect(kb.events).toEqual([]);
  });
});

describe('page furniture before a title', () => {
  it('"CLOSE President X" and "Hopefully President X" are President X', () => {
    const kb = kbOf('CLOSE President Ann Lee spoke on Monday. Hopefully President Lee will come back.');
    expect(people(kb)).toEqual({ 'Ann Lee': ['Ann Lee', 'President Ann Lee', 'Lee', 'President Lee'] });
  });
});

describe('first names used alone across the corpus', () => {
  it('join the one person the corpus gives that first name, and nobody when two have it', () => {
    const one = kbOf('Senator Greta Lee spoke in Iowa.', 'Greta said the rally was the biggest yet.');
    expect(people(one)).toEqual({ 'Greta Lee': ['Greta Lee', 'Senator Greta Lee', 'Greta'] });
    const two = kbOf(
      'Senator Greta Lee spoke in Iowa.',
      'Greta Ross, a teacher, spoke too.',
      'Greta said the rally was the biggest yet.',
    );
    expect(Object.keys(people(two)).sort()).toEqual(['Greta Lee', 'Greta Ross']);
  });
});

describe('names cut right across the corpus', () => {
  it('a role or an epithet glued before a full name joins that person', () => {
    const kb = kbOf(
      'Ann Lee, the mayor, spoke on Monday.',
      'Crooked Ann Lee lost the vote, Mark Bell said.',
      'Moderator Ann Lee asked the first question.',
    );
    expect(Object.keys(people(kb)).filter((n) => /Lee/.test(n))).toEqual(['Ann Lee']);
  });

  it('a two-word surname used alone joins the one full name ending in it', () => {
    const kb = kbOf('Senator Ivy Marr Kessling spoke on Monday.', 'Marr Kessling said the vote would be close.');
    expect(Object.keys(people(kb))).toEqual(['Ivy Marr Kessling']);
  });
});

describe('no person records for what real news capitalises (issue 12)', () => {
  const names = (kb: KnowledgeBase): string[] => kb.people.map((p) => p.name);

  it('a place of two words, a street, a programme and a creed are nobody', () => {
    const kb = kbOf(
      'Democrats on Capitol Hill insist the plan works, Ivo Varga said. Protesters marched down Elm Street. Cuts to Medicare would hurt, Varga said. He called Islam a faith, and the Left agreed.',
    );
    expect(names(kb)).toEqual(['Ivo Varga']);
  });

  it('a country that speaks is no person when nobody has that surname', () => {
    const kb = kbOf('“We deny every charge,” Russia said on Monday.');
    expect(names(kb)).toEqual([]);
    expect(kb.quotes.map((q) => q.speakerId)).toEqual([null]);
  });

  it('plural titles, a party-state tag and an organisation named after "for" and "and" are nobody', () => {
    const kb = kbOf(
      'Sens. Ann Varga and Rosa Quill voted no. The House of Representatives passed it. Rep. Ivo Dunn (D-Calif.) said the Centers for Disease Control and Prevention agreed.',
    );
    expect(names(kb)).toEqual(['Ann Varga', 'Rosa Quill', 'Ivo Dunn']);
  });

  it('a programme with a letter ("Part D") and a participle that opens a name inside a sentence ("Planned …") are nobody', () => {
    const kb = kbOf(
      'Back then, Ivo Dunn said, they called Part D’s stumbles glitches. The bill kept funding for Planned Parenthood, Dunn said.',
    );
    expect(names(kb)).toEqual(['Ivo Dunn']);
  });

  it('an English word opening a sentence before a surname is cut off: the surname is the person it names', () => {
    const kb = kbOf(
      'Ivo Varga spoke on Monday. Absent Varga’s plan, nothing moves. Combine Varga and Dunn’s votes and the bill passes.',
    );
    expect(people(kb)).toEqual({ 'Ivo Varga': ['Ivo Varga', 'Varga'] });
  });

  it('an English word that only opens sentences is no name, even before a reporting verb', () => {
    const kb = kbOf(
      '“Having said that, we won,” Ivo Varga said. We are having a good year. “Never said it,” Varga said. I never did.',
    );
    expect(names(kb)).toEqual(['Ivo Varga']);
  });

  it('a word the metadata names an outlet by ("Quillon" of "Quillon News") is the outlet, unless a full name claims it', () => {
    const documents = [
      doc('d1', '“The plan is dead,” Quillon reported on Monday. Quillon said the vote failed.', {
        outlet: 'Quillon News',
        published: '2021-03-10',
      }),
      doc('d2', 'Critics said Quillon had been wrong, and Varga said Quillon misread the vote.', {
        outlet: 'Harbor Daily',
        published: '2021-03-11',
      }),
    ];
    const kb = buildKnowledgeBase({ root: '/fixture', documents, warnings: [] });
    expect(kb.people.map((p) => p.name)).not.toContain('Quillon');
    const withFullName = buildKnowledgeBase({
      root: '/fixture',
      documents: [
        ...documents,
        doc('d3', 'Ivo Quillon, the founder, said he was proud.', { outlet: 'Harbor Daily', published: '2021-03-12' }),
      ],
      warnings: [],
    });
    expect(withFullName.people.map((p) => p.name)).toContain('Ivo Quillon');
  });

  it('a pollster, a cause named with "Pro-", a group in the plural and an agency ending in "Enforcement" are nobody', () => {
    const kb = kbOf(
      'Support rose to 60 percent, according to Gallup, Ivo Varga said. Pro-Choice Harbor blasted the bill. Dreamers said they felt betrayed. Immigration and Customs Enforcement said it had acted, Varga said.',
    );
    expect(names(kb)).toEqual(['Ivo Varga']);
  });

  it('a name of English words only, with no given name and no role, is the title of a thing ("Real Time"); a one-word English surname stays a name', () => {
    const kb = kbOf(
      'Ivo Varga said he appeared on Real Time on Friday. Real Time drew a big audience, and Real Time will return. Price said the show was fair. “It was fair,” Price said.',
    );
    expect(names(kb)).toEqual(['Ivo Varga', 'Price']);
  });

  it('a given name the lists lack before another person’s surname is another person, not an epithet', () => {
    const kb = kbOf(
      'Sen. Mike Dunn of Utah said no. Dunn voted against it.',
      'Secretary of State Laurel Dunn did not ask for money until May.',
      'Mike Dunn said so.',
    );
    expect(people(kb)).toEqual({
      'Mike Dunn': ['Mike Dunn', 'Sen. Mike Dunn', 'Dunn'],
      'Laurel Dunn': ['Laurel Dunn', 'Secretary of State Laurel Dunn'],
    });
  });
});

describe('people real news names that the lists missed (issue 12)', () => {
  it('a county or city office before a name is a title: Recorder, Public Advocate, an organisation’s Political Director', () => {
    const kb = kbOf(
      '“We made mistakes,” Harbor County Recorder Helen Quist said. “It failed,” Harbor City Public Advocate Trish Dole said. “It was honest,” said United Steelworkers Political Director Tim Rook.',
    );
    expect(people(kb)).toEqual({
      'Helen Quist': ['Helen Quist', 'Harbor County Recorder Helen Quist'],
      'Trish Dole': ['Trish Dole', 'Harbor City Public Advocate Trish Dole'],
      'Tim Rook': ['Tim Rook', 'United Steelworkers Political Director Tim Rook'],
    });
  });

  it('a chamber and a party before a name, a hyphenated title, and "Will" after a reporting verb', () => {
    const kb = kbOf(
      'House Republican Thomas Rook used to back Ann Lee, but now said it. “We had to act,” said United Auto Workers Secretary-Treasurer Gary Quell. “It is too much,” said Will Doyle, a professor of law at Harbor University.',
    );
    expect(people(kb)).toMatchObject({
      'Thomas Rook': ['Thomas Rook', 'House Republican Thomas Rook'],
      'Gary Quell': ['Gary Quell', 'United Auto Workers Secretary-Treasurer Gary Quell'],
      'Will Doyle': ['Will Doyle'],
    });
  });

  it('two names before one reporting verb, a name before "of <place> says", an age before a name and two given names joined', () => {
    const kb = kbOf(
      '“It is over,” Edward-Isaac Rook and Gabriel Brisk wrote. Stacy Quell of Salem, Ohio says she thinks the bill can pass. At a rally, 14-year-old Aubrey Dunn hoisted a sign. “Enough,” said RoseAnn Varga, the union leader.',
    );
    expect(Object.keys(people(kb))).toEqual([
      'Edward-Isaac Rook',
      'Gabriel Brisk',
      'Stacy Quell',
      'Aubrey Dunn',
      'RoseAnn Varga',
    ]);
  });

  it('"VandeKamp" is a surname (a surname prefix, then a capital)', () => {
    expect(Object.keys(people(kbOf('“No,” Mr. VandeKamp said after breakfast.')))).toEqual(['VandeKamp']);
  });

  it('a surname introduced by "who" comes back to the one full name given without evidence', () => {
    const kb = kbOf('Party strategists, Matt Braun and Witold Chrabek, wrote it. Chrabek, who goes by Vito, agreed.');
    expect(people(kb)).toEqual({ 'Matt Braun': ['Matt Braun'], 'Witold Chrabek': ['Witold Chrabek', 'Chrabek'] });
  });
});

describe('nicknames across the corpus (issue 12)', () => {
  it('"Sandy" and "Sandra", "Marty" and "Martin" with one surname are one person', () => {
    const kb = kbOf(
      'Sandra Quell, the county clerk, said the count was done.',
      'Sandy Quell said the count was fair.',
      'Martin Rook, a farmer, said no.',
      'Marty Rook said it again.',
    );
    expect(Object.keys(people(kb))).toEqual(['Sandra Quell', 'Martin Rook']);
  });
});

/** the speakers of a knowledge base's quotes: [name as shown, person id] */
const speakers = (kb: KnowledgeBase): [string | null, string | null][] =>
  kb.quotes.map((q) => [q.speaker, q.speakerId]);

describe('one record per person: the forms of one name', () => {
  it('a middle initial and none, a nickname, an honorific with the surname and a possessive join one record', () => {
    const kb = kbOf(
      'Nora B. Tanner, the harbor pilot, said the channel was clear.',
      'Nora Tanner said the tide was high. Tanner’s boat left at noon.',
      'Ms. Tanner said the fog had lifted.',
    );
    expect(people(kb)).toEqual({ 'Nora B. Tanner': ['Nora B. Tanner', 'Nora Tanner', 'Tanner', 'Ms. Tanner'] });
    expect(personNamed(kb, 'Nora B. Tanner').documentIds).toEqual(['d1', 'd2', 'd3']);
    const nick = kbOf('William Tanner, the mayor, said the port was safe.', 'Bill Tanner said the port was busy.');
    expect(Object.keys(people(nick))).toEqual(['William Tanner']);
  });

  it('a first name that is another person’s surname joins that person, not the one with that given name', () => {
    const kb = kbOf(
      'Senator Kim Dorran spoke on Monday.',
      'Rep. Ellen Kim said the bill was dead.',
      'Kim said the vote was close.',
    );
    expect(people(kb)).toEqual({
      'Kim Dorran': ['Kim Dorran', 'Senator Kim Dorran'],
      'Ellen Kim': ['Ellen Kim', 'Rep. Ellen Kim', 'Kim'],
    });
  });
});

describe('two people stay two', () => {
  it('father and son told apart by their middle initials, across documents and in one', () => {
    const across = kbOf('Walter H. Crane, the mill owner, spoke.', 'Walter J. Crane, his son, said the mill was sold.');
    expect(people(across)).toEqual({ 'Walter H. Crane': ['Walter H. Crane'], 'Walter J. Crane': ['Walter J. Crane'] });
    const one = kbOf(
      'Walter H. Crane and his son, Walter J. Crane, run the mill. Walter J. Crane said the mill was sold.',
    );
    expect(people(one)).toEqual({ 'Walter H. Crane': ['Walter H. Crane'], 'Walter J. Crane': ['Walter J. Crane'] });
    expect(personNamed(one, 'Walter J. Crane').mentions).toHaveLength(2);
  });

  it('a name without the initials that fits both is nobody’s: no record, its quote shows the name as written', () => {
    const kb = kbOf(
      'Walter H. Crane, the mill owner, spoke.',
      'Walter J. Crane, his son, said the mill was sold.',
      '“The mill was sold at a loss,” Walter Crane said.',
    );
    expect(Object.keys(people(kb))).toEqual(['Walter H. Crane', 'Walter J. Crane']);
    expect(speakers(kb)).toEqual([['Walter Crane', null]]);
    const inOne = kbOf('Walter Crane spoke first. Walter H. Crane and his son, Walter J. Crane, run the mill.');
    expect(people(inOne)).toEqual({ 'Walter H. Crane': ['Walter H. Crane'], 'Walter J. Crane': ['Walter J. Crane'] });
  });

  it('a bare surname in a document naming both in one breath is nobody’s', () => {
    const kb = kbOf('Walter H. Crane and his son, Walter J. Crane, run the mill. “We sold it,” Crane said.');
    expect(Object.keys(people(kb))).toEqual(['Walter H. Crane', 'Walter J. Crane']);
    // (within one document the quote's speaker is left unknown)
    expect(speakers(kb)).toEqual([[null, null]]);
  });

  it('“Jr.” in one document and the father in another stay two; a bare surname goes to the one without the suffix', () => {
    const kb = kbOf(
      'Walter Crane Jr. said the mill was sold.',
      'Walter Crane said the mill was old.',
      'Crane said the price was fair.',
    );
    expect(people(kb)).toEqual({ 'Walter Crane Jr.': ['Walter Crane Jr.'], 'Walter Crane': ['Walter Crane', 'Crane'] });
  });

  it('spouses: a bare surname for a couple named together is nobody’s; “Mrs.” goes to the wife, whose given name tells', () => {
    const together = kbOf('Nora Quill and Henry Quill run the bakery. “The bread is late,” Quill said.');
    expect(Object.keys(people(together))).toEqual(['Nora Quill', 'Henry Quill']);
    expect(speakers(together)).toEqual([[null, null]]);
    const mrs = kbOf('Nora Quill and Henry Quill run the bakery. “The bread is late,” Mrs. Quill said.');
    expect(people(mrs)).toEqual({
      'Nora Quill': ['Nora Quill', 'Quill', 'Mrs. Quill'],
      'Henry Quill': ['Henry Quill'],
    });
    expect(speakers(mrs)).toEqual([['Nora Quill', 'nora-quill']]);
  });

  it('spouses in one document and the bare surname in another: nobody’s', () => {
    const kb = kbOf('Nora Quill and Henry Quill run the bakery.', '“The bread is late,” Quill said.');
    expect(Object.keys(people(kb))).toEqual(['Nora Quill', 'Henry Quill']);
    expect(speakers(kb)).toEqual([['Quill', null]]);
  });

  it('a given name equal to another person’s surname: two people, the bare name the surname’s', () => {
    const kb = kbOf(
      'Paul Brenner, the speaker, said the bill would pass. Rep. Dale Paul said it would fail. Paul said the vote was close.',
    );
    expect(people(kb)).toEqual({
      'Paul Brenner': ['Paul Brenner'],
      'Dale Paul': ['Dale Paul', 'Rep. Dale Paul', 'Paul'],
    });
    const across = kbOf(
      'Paul Brenner, the speaker, said the bill would pass.',
      'Ivo Paul said the bill would fail.',
      'Paul said the vote was close.',
    );
    expect(people(across)).toEqual({ 'Paul Brenner': ['Paul Brenner'], 'Ivo Paul': ['Ivo Paul', 'Paul'] });
  });
});

describe('an epithet is an alias of the person it names', () => {
  it('an ordinary word before a given name (“Crooked Ann”) is the one Ann of the corpus, never a person of its own', () => {
    const kb = kbOf(
      'Ann Delmore, the mayor, spoke on Monday.',
      'Mark Bell called the deal crooked. Crooked Ann said nothing.',
    );
    expect(people(kb)).toEqual({ 'Ann Delmore': ['Ann Delmore', 'Crooked Ann'], 'Mark Bell': ['Mark Bell'] });
  });

  it('before a full name in the same document', () => {
    const kb = kbOf(
      'Ann Delmore, the mayor, spoke on Monday. Mark Bell called the deal crooked. Crooked Ann Delmore lost the vote.',
    );
    expect(people(kb)).toEqual({ 'Ann Delmore': ['Ann Delmore', 'Crooked Ann Delmore'], 'Mark Bell': ['Mark Bell'] });
  });

  it('with two Anns in the corpus it is nobody’s; a name whose first word is no ordinary word stays a name', () => {
    const two = kbOf(
      'Ann Delmore, the mayor, spoke on Monday.',
      'Ann Pruitt, a teacher, spoke too.',
      'Mark Bell called the deal crooked. Crooked Ann said nothing.',
    );
    expect(Object.keys(people(two)).sort()).toEqual(['Ann Delmore', 'Ann Pruitt', 'Mark Bell']);
    expect(two.people.flatMap((p) => p.aliases)).not.toContain('Crooked Ann');
    const name = kbOf('Ann Delmore, the mayor, spoke on Monday.', 'Ivo Ann, a farmer, said the crop was late.');
    expect(Object.keys(people(name)).sort()).toEqual(['Ann Delmore', 'Ivo Ann']);
  });
});

describe('names cut right', () => {
  it('a place of two words before a title stays whole: “New Harbor Gov. X”, “North Vale Sen. X”', () => {
    const kb = kbOf(
      'New Harbor Gov. Ida Vance said the port would reopen. Vance spoke on Monday.',
      '“We are ready,” said North Vale Sen. Owen Birch.',
      'Officials said New Harbor Gov. Vance would visit.',
    );
    expect(people(kb)).toEqual({
      'Ida Vance': ['Ida Vance', 'New Harbor Gov. Ida Vance', 'Vance', 'New Harbor Gov. Vance'],
      'Owen Birch': ['Owen Birch', 'North Vale Sen. Owen Birch'],
    });
    expect(personNamed(kb, 'Ida Vance').roles).toEqual([
      { text: 'New Harbor Gov.', documentId: 'd1' },
      { text: 'New Harbor Gov.', documentId: 'd3' },
    ]);
    expect(roles(personNamed(kb, 'Owen Birch'))).toEqual(['North Vale Sen.']);
    expect(speakers(kb)).toEqual([['Owen Birch', 'owen-birch']]);
  });

  it('a place after a preposition glued before a name is no part of it: “the mayor of Harborton Omar Tellis”', () => {
    const kb = kbOf('The mayor of Harborton Omar Tellis said the port was full. Tellis left on Monday.');
    expect(people(kb)).toEqual({ 'Omar Tellis': ['Omar Tellis', 'Tellis'] });
  });

  it('a lower-case title with “of” before the run: “secretary of State Quill” is Quill with that title', () => {
    const kb = kbOf(
      'Nora Quill, the envoy, spoke on Monday. The former secretary of State Quill said the talks were over.',
    );
    expect(people(kb)).toEqual({ 'Nora Quill': ['Nora Quill', 'Quill', 'secretary of State Quill'] });
    expect(roles(personNamed(kb, 'Nora Quill'))).toEqual(['the envoy', 'former secretary of State']);
  });

  it('link text glued after a name is no part of it: “Read More”, “Replay More Videos”', () => {
    expect(speakers(kbOf('“We are ready,” said Omar Tellis Read More'))).toEqual([['Omar Tellis', 'omar-tellis']]);
    const kb = kbOf('“We are ready,” said Omar Tellis Replay More Videos');
    expect(people(kb)).toEqual({ 'Omar Tellis': ['Omar Tellis'] });
  });

  it('the next link’s name glued right after a name: two names, or the name the document gives on its own', () => {
    const two = kbOf('“We are ready,” said Omar Tellis Robert Brel on the show.');
    expect(Object.keys(people(two))).toEqual(['Omar Tellis', 'Robert Brel']);
    expect(speakers(two)).toEqual([['Omar Tellis', 'omar-tellis']]);
    const one = kbOf('Omar Tellis, the harbor pilot, spoke on Monday. “We are ready,” said Omar Tellis Robert');
    expect(people(one)).toEqual({ 'Omar Tellis': ['Omar Tellis'] });
    expect(personNamed(one, 'Omar Tellis').mentions).toHaveLength(2);
    // a three-word name the document does not give shorter keeps all its words
    expect(Object.keys(people(kbOf('“We are ready,” said Mary Kell Joseph.')))).toEqual(['Mary Kell Joseph']);
  });
});

describe('a person is never a group, an organisation, a law, a building or page furniture', () => {
  it('demonyms, press corps, laws, buildings and section names', () => {
    const kb = kbOf(
      'Iowans said they would vote. The White House Correspondents met on Monday. The Harbor Safety Act passed. Vance Tower was sold.\nOpinion\nPolitics\nRead more\n“It is over,” Ann Delmore said.',
    );
    expect(Object.keys(people(kb))).toEqual(['Ann Delmore']);
  });
});

describe('names cut right in real news runs (issue 12)', () => {
  it('a known place of several words stays whole before a title, and a bare "York" is no one’s', () => {
    const kb = kbOf(
      'New York City Mayor Rudy Quell said no. New York, the state, said the count was fair.',
      'Byron Vork, a columnist, said so. York, he said, was wrong.',
    );
    expect(people(kb)['Rudy Quell']).toEqual(['Rudy Quell', 'New York City Mayor Rudy Quell']);
    expect(Object.values(people(kb)).flat()).not.toContain('York');
  });

  it('a plural group before a given name ends a list: "California Democrats Dianne Rook"; "Unless" opens no name', () => {
    const kb = kbOf(
      '“No,” said California Democrats Dianne Rook and others. Unless Hillary Quell wins, the plan fails, Quell said.',
    );
    expect(people(kb)).toEqual({ 'Dianne Rook': ['Dianne Rook'], 'Hillary Quell': ['Hillary Quell', 'Quell'] });
  });
});

describe('spouses (issue 12)', () => {
  it('"Mrs. Quell" never joins the Bill Quell the article names; "Mr. Quell" does', () => {
    const kb = kbOf(
      'Bill Quell, the former governor, spoke on Monday. “I will run,” Mrs. Quell said. Mr. Quell smiled.',
    );
    expect(people(kb)['Bill Quell']).toEqual(['Bill Quell', 'Quell', 'Mr. Quell']);
    expect(kb.quotes.map((q) => q.speakerId)).not.toContain('bill-quell');
  });
});
