/**
 * Speakers' names on invented news sentences: what is the name, what is a title, a reporting verb
 * or page furniture around it, and when the text shows the name is a person's.
 */
import { describe, expect, it } from 'vitest';
import { findDocPeople, type DocPerson } from '../../../src/analysis/people/local-people.ts';
import { sentences } from '../../../src/analysis/sentences.ts';

function found(text: string): DocPerson[] {
  return findDocPeople(text, sentences(text)).people;
}

/** the one person called `name`, with the other names found for the error message */
function person(text: string, name: string): DocPerson {
  const people = found(text);
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`nobody is called ${name}: ${people.map((x) => x.name).join(', ')}`);
  return p;
}

const confirmedSalient = (p: DocPerson): [boolean, boolean] => [p.confirmed, p.salient];

describe('a place, month or title word as a surname', () => {
  it('"Chief Ray Jordan said": a title and a given name make the country a surname', () => {
    const p = person('"I have never seen anything like this," Chief Ray Jordan said.', 'Ray Jordan');
    expect(confirmedSalient(p)).toEqual([true, true]);
    expect(p.placeLike).toBe(false);
  });

  it('the same for a title word, a state and a month after a given name and a title', () => {
    expect(found('"We will rebuild," Chief Ray King said.').map((p) => p.name)).toEqual(['Ray King']);
    expect(found('"We will rebuild," said Sheriff Ona Washington.').map((p) => p.name)).toEqual(['Ona Washington']);
    expect(found('"We will rebuild," said Mayor Ivo May.').map((p) => p.name)).toEqual(['Ivo May']);
  });

  it('"Mr. King added": after Mr./Mrs./Ms./Dr. the next word is a surname', () => {
    const p = person('"We were surprised," Mr. King added.', 'King');
    expect(confirmedSalient(p)).toEqual([true, true]);
    expect(found('"Not yet," Dr. Jordan said.').map((p) => p.name)).toEqual(['Jordan']);
  });

  it('"Mr. President" is a title, nobody’s name', () => {
    expect(found('The senator said, "Yes, Mr. President," and sat down.').map((p) => p.name)).toEqual([]);
  });

  it('a lone title word as a speaker joins the full name that ends with it', () => {
    const p = person('Chief Ray King spoke first. "We will rebuild," King said.', 'Ray King');
    expect(p.aliases).toEqual(['Ray King', 'Chief Ray King', 'King']);
  });
});

describe('titles and job titles before a name are not the name', () => {
  it('"said Media Coordinator Sam Rook"', () => {
    const p = person('"We are ready," said Media Coordinator Sam Rook.', 'Sam Rook');
    expect(confirmedSalient(p)).toEqual([true, true]);
    expect(p.roles).toEqual(['Media Coordinator']);
  });

  it('local offices: Councillor, Alderman, Trustee, Superintendent, Sheriff, Mayor', () => {
    expect(found('Councillor Ivo Brant called the plan reckless.').map((p) => p.name)).toEqual(['Ivo Brant']);
    for (const title of [
      'Councilman',
      'Councilwoman',
      'Alderman',
      'Commissioner',
      'Trustee',
      'Superintendent',
      'Sheriff',
      'Mayor',
    ]) {
      expect(found(`${title} Ivo Brant called the plan reckless.`).map((p) => [p.name, p.roles])).toEqual([
        ['Ivo Brant', [title]],
      ]);
    }
  });

  it('two-word job titles: Campaign Manager, Press Secretary, Executive Director', () => {
    for (const title of ['Campaign Manager', 'Press Secretary', 'Executive Director']) {
      expect(found(`"We are ready," said ${title} Sam Rook.`).map((p) => [p.name, p.roles])).toEqual([
        ['Sam Rook', [title]],
      ]);
    }
  });

  it('"said the Rev. Arlo Penning": a clergy title, even where the sentence splitter breaks after it', () => {
    const p = person('"A good start," said the Rev. Arlo Penning.', 'Arlo Penning');
    expect(confirmedSalient(p)).toEqual([true, true]);
    for (const title of ['the Very Rev.', 'Rev.', 'Msgr.', 'Rabbi', 'Imam', 'Pastor', 'Father', 'Sister']) {
      expect(found(`"A good start," said ${title} Arlo Penning.`).map((p) => [p.name, p.confirmed])).toEqual([
        ['Arlo Penning', true],
      ]);
    }
  });

  it('"said retired teacher and choir leader Ona Brisk": a lower-case role is not the name', () => {
    const p = person('"It was a long winter," said retired teacher and choir leader Ona Brisk.', 'Ona Brisk');
    expect(confirmedSalient(p)).toEqual([true, true]);
  });
});

describe('reporting verbs make a name a speaker', () => {
  it('"Quina Marsh, 25, said": an age between commas, then the verb', () => {
    const p = person('"We keep going," Quina Marsh, 25, said.', 'Quina Marsh');
    expect(confirmedSalient(p)).toEqual([true, true]);
  });

  it('"echoes Roe": a one-word name after or before a reporting verb', () => {
    expect(confirmedSalient(person('"The roads are a mess," echoes Roe.', 'Roe'))).toEqual([true, true]);
    for (const verb of [
      'adds',
      'notes',
      'quips',
      'recalls',
      'concedes',
      'counters',
      'insists',
      'laments',
      'scoffed',
      'mused',
      'gushed',
      'retorted',
      'vowed',
      'touted',
      'interjected',
      'marveled',
    ]) {
      expect(confirmedSalient(person(`"The roads are a mess," ${verb} Roe.`, 'Roe'))).toEqual([true, true]);
      expect(confirmedSalient(person(`"The roads are a mess," Roe ${verb}.`, 'Roe'))).toEqual([true, true]);
    }
  });

  it('"X, <a role>, said": a short appositive naming a role between the name and the verb', () => {
    expect(
      confirmedSalient(person('"We had to wait," Tova Quill, the mayor\'s chief of staff, said.', 'Tova Quill')),
    ).toEqual([true, true]);
    expect(
      confirmedSalient(person('"We are ready," Ann Pope, deputy harbor adviser, said on a call.', 'Ann Pope')),
    ).toEqual([true, true]);
  });

  it('a party or demonym before a full name describes the person', () => {
    expect(found('"It is over," Kentuckian Ray Brant said.').map((p) => [p.name, p.roles])).toEqual([
      ['Ray Brant', ['Kentuckian']],
    ]);
    expect(found('"It is over," Republican Sam Rook said.').map((p) => p.name)).toEqual(['Sam Rook']);
    expect(found('Western Harbor County voted on Tuesday.').map((p) => p.name)).toEqual([]);
  });

  it('"Said Ellery:": a sentence-opening reporting verb is not a given name', () => {
    const p = person('Said Ellery: "I don\'t buy it."', 'Ellery');
    expect(p.salient).toBe(true);
    expect(found('Adds Sam Rook: "We are ready."').map((x) => x.name)).toEqual(['Sam Rook']);
  });
});

describe('what is nobody', () => {
  it('weekdays, months and page furniture', () => {
    const text =
      'The council met on Monday.\nArticle Continued Below\nReplay More Videos\nRead More\nGetty Images\nThe vote is on Tuesday in March.';
    expect(found(text)).toEqual([]);
  });

  it('a photo credit ("Jo Park/AP") is no person mention and no speech evidence', () => {
    expect(found('The bakery reopened. Jo Park/AP\nPhoto: Jo Park/Getty Images\nAP Photo/Jo Park')).toEqual([]);
    // the credit adds nothing to the speaker named in the story
    expect(person('Ona Brisk/Reuters\n"We are ready," Ona Brisk said.', 'Ona Brisk').mentions).toHaveLength(1);
  });
});

describe('two people who share a surname', () => {
  it('"Dorie Marsh and her husband, Michael Marsh": two people, her gender from "her husband"', () => {
    const people = found('Dorie Marsh and her husband, Michael Marsh, run the bakery.');
    expect(people.map((p) => [p.name, p.gender])).toEqual([
      ['Dorie Marsh', 'f'],
      ['Michael Marsh', 'm'],
    ]);
  });
});

describe('a bare surname two people of the article share', () => {
  const speakerOf = (text: string): string | null => {
    const sents = sentences(text);
    const people = findDocPeople(text, sents);
    const at = text.lastIndexOf('Marsh says');
    const m = people.mentions.find((x) => x.mention.start === at);
    return m ? people.people[m.person]!.name : null;
  };

  it('is the article’s subject, introduced first and named more often, when the relative came up in passing', () => {
    expect(
      speakerOf(
        'Dorie Marsh opened the bakery in 1990. Dorie Marsh still bakes every morning. On Sundays Dorie Marsh and her son, Michael Marsh, sell bread at the market. "I burned down my parents’ kitchen once," Marsh says.',
      ),
    ).toBe('Dorie Marsh');
  });

  it('stays nobody’s for a couple introduced together', () => {
    expect(
      speakerOf(
        'Dorie Marsh and her husband, Michael Marsh, run the bakery. "I burned down my parents’ kitchen," Marsh says.',
      ),
    ).toBeNull();
  });
});

describe('sentence openers and places that look like one-word names', () => {
  it('"Speaking to …", "Hastily …", "Fueled apparently by …": a participle or adverb opening a sentence is nobody', () => {
    const text =
      'Speaking to supporters in the hall, Ivo Brant said he would win. Continuing to explain, he paused. Fueled apparently by anger, Brant left.';
    expect(found(text).map((p) => p.name)).toEqual(['Ivo Brant']);
  });

  it('a surname ending in -ing or -ed stays a name before a verb', () => {
    expect(found('Harling won the vote. Manning also said no.').map((p) => p.name)).toEqual(['Harling', 'Manning']);
  });

  it('"a town hall in Pellham, …": one unknown word after "in" is a place, not a weak name', () => {
    expect(found('Brant held a town hall in Pellham, then left.').map((p) => p.name)).toEqual(['Brant']);
    // with a person's context it is still a name
    expect(found('In the end, the vote went to Pellham, who said she was glad.').map((p) => p.name)).toEqual([
      'Pellham',
    ]);
  });
});

describe('given names that look like adverbs', () => {
  it('"Billy Quell", "Kelly Brant": a given name ending in -ly is no adverb opener', () => {
    expect(found('Later, Billy Quell sings a song.').map((p) => p.name)).toEqual(['Billy Quell']);
    expect(found('Kelly Brant said no.').map((p) => p.name)).toEqual(['Kelly Brant']);
  });
});

describe('an abbreviated title with its name cut off', () => {
  it('is nobody', () => {
    const text = '“We won,” said Gov.';
    expect(findDocPeople(text, sentences(text)).people.map((p) => p.name)).toEqual([]);
  });
});

describe('names that look like something else where only a person stands', () => {
  const names = (text: string): string[] => found(text).map((p) => p.name);

  it('initials that look like an acronym', () => {
    expect(names('"We will win," said Rep. G.K. Bell of Ohio.')).toContain('G.K. Bell');
    expect(names('"We will win," said J.J. Bell, a lawyer.')).toContain('J.J. Bell');
  });

  it('a given name that is also a month or a creed, a surname that ends organisations', () => {
    expect(names('"We will win," Gov. Jan Bell said.')).toContain('Jan Bell');
    expect(names('"We will win," said Christian Bell, a farmer.')).toContain('Christian Bell');
    expect(names('"We will win," said Steven Law, a farmer.')).toContain('Steven Law');
  });

  it('but not before a plural noun they modify, nor an organisation', () => {
    expect(names('The pastor criticized Christian Evangelical voters for staying home.')).not.toContain(
      'Christian Evangelical',
    );
    expect(names('"We will win," said the U.S. Army.')).toEqual([]);
  });
});
