/**
 * Surnames that are also other words (demonyms, months), role nouns opening a name, and a full
 * name the text gives once without evidence, then comes back to by surname. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findDocPeople, type DocPerson } from '../../../src/analysis/people/local-people.ts';
import { sentences } from '../../../src/analysis/sentences.ts';

function found(text: string): DocPerson[] {
  return findDocPeople(text, sentences(text)).people;
}

/** the name of the person the mention at the last `surface` belongs to */
function ownerOf(text: string, surface: string): string | null {
  const d = findDocPeople(text, sentences(text));
  const at = text.lastIndexOf(surface);
  const m = d.mentions.find((x) => x.mention.nameStart === at);
  return m ? d.people[m.person]!.name : null;
}

describe('a demonym or month as a surname', () => {
  it('"Ray Welsh, the owner of …": a given name and a person’s context make the demonym a surname', () => {
    const p = found('Ray Welsh, the owner of the ferry line, spoke first.').find((x) => x.name === 'Ray Welsh');
    expect(p?.confirmed).toBe(true);
  });

  it('"“…,” Welsh said" joins the full name; a demonym elsewhere stays nobody', () => {
    const text =
      'Ray Welsh, the owner of the ferry line, spoke first. "We will sail again," Welsh said. The Welsh coast was calm.';
    expect(ownerOf(text, 'Welsh said')).toBe('Ray Welsh');
    expect(found(text).map((p) => p.name)).toEqual(['Ray Welsh']);
  });

  it('a lone demonym as a speaker, with no full name, is no confirmed person', () => {
    expect(found('"We will sail again," Welsh said.').filter((p) => p.confirmed)).toEqual([]);
    expect(found('Americans said they would vote.').filter((p) => p.confirmed)).toEqual([]);
  });

  it('"columnist Ivo Jun wrote": a role noun before an unknown given name makes the month a surname', () => {
    const text = '"It is a puzzle," columnist Ivo Jun wrote. "We wait," Jun wrote later.';
    expect(found(text).map((p) => [p.name, p.confirmed])).toEqual([['Ivo Jun', true]]);
    expect(ownerOf(text, 'Jun wrote later')).toBe('Ivo Jun');
  });

  it('a two-word place before a reporting verb stays a place', () => {
    expect(found('West Virginia said it would appeal.').map((p) => p.name)).toEqual([]);
    expect(found('Several Southern states said they would appeal.').map((p) => p.name)).toEqual([]);
  });
});

describe('a role noun opening a run before a given name', () => {
  it('"Billionaire Ray Brant", "Filmmaker Ann Brisk": the role is no part of the name', () => {
    expect(found('Billionaire Ray Brant bought the team.').map((p) => [p.name, p.roles])).toEqual([
      ['Ray Brant', ['Billionaire']],
    ]);
    expect(found('Filmmaker Ann Brisk shot it in a week.').map((p) => p.name)).toEqual(['Ann Brisk']);
  });

  it('"Nurses Across Rivers" is still no confirmed person', () => {
    expect(
      found('Nurses Across Rivers sent a team.')
        .filter((p) => p.confirmed)
        .map((p) => p.name),
    ).toEqual([]);
    expect(
      found('Doctors Without Rivers sent a team.')
        .filter((p) => p.confirmed)
        .map((p) => p.name),
    ).toEqual([]);
  });
});

describe('a full name given once without evidence, then its surname as a speaker', () => {
  it('joins the full name and confirms it', () => {
    const text = 'The first two at the door are Tova Quell and Ray Brant. "How are you today?" Quell said.';
    expect(ownerOf(text, 'Quell said')).toBe('Tova Quell');
    const p = found(text).find((x) => x.name === 'Tova Quell')!;
    expect(p.confirmed).toBe(true);
  });

  it('later bare surnames join it too', () => {
    const text =
      'The first two at the door are Tova Quell and Ray Brant. "How are you today?" Quell said. Quell laughed.';
    expect(ownerOf(text, 'Quell laughed')).toBe('Tova Quell');
  });

  it('a sentence-opening English word before a name ("Imagine Ivo Thorn") is cut off: the name is Ivo Thorn', () => {
    const text = 'Imagine Ivo Thorn at the wheel. "I drive," Thorn said.';
    expect(
      found(text)
        .filter((p) => p.confirmed)
        .map((p) => [p.name, p.aliases]),
    ).toEqual([['Ivo Thorn', ['Ivo Thorn', 'Thorn']]]);
  });
});

describe('camel-case surnames and role appositives', () => {
  it('"Ivo VanderKolk", "Ray MacTavish", "Ona DeLuca": a surname prefix before a capital is a surname', () => {
    for (const name of ['Ivo VanderKolk', 'Ray MacTavish', 'Ona DeLuca']) {
      expect(found(`"We are ready," ${name} said.`).map((p) => [p.name, p.confirmed])).toEqual([[name, true]]);
    }
  });

  it('glued words stay nobody ("BellWhat")', () => {
    expect(found('"We are ready," BellWhat said.').map((p) => p.name)).toEqual([]);
  });

  it('"Ivo Quell, assistant secretary of state for ports, said": a lower-case role after the comma confirms an unknown given name', () => {
    const text =
      '"These are steps in the right direction," Ivo Quell, assistant secretary of state for ports, said on a call.';
    expect(found(text).map((p) => [p.name, p.confirmed])).toEqual([['Ivo Quell', true]]);
    expect(found('Ivo Quell, star of the cooking show, praised the mayor.').map((p) => [p.name, p.confirmed])).toEqual([
      ['Ivo Quell', true],
    ]);
  });

  it('"In Harbor Point, officials said": a plural role names others, and a place stays a place', () => {
    expect(found('In Harbor Point, officials said the ferry would run.').filter((p) => p.confirmed)).toEqual([]);
    expect(found('Texas, governor of nothing, was quiet.').filter((p) => p.confirmed)).toEqual([]);
  });
});

describe('more roles, given names and titles of things', () => {
  it('"asked by debate moderator Ivo Quell": moderator, comedian, chef are roles before a name', () => {
    for (const role of ['moderator', 'comedian', 'chef', 'pundit']) {
      expect(
        found(`The question was asked by debate ${role} Ivo Quell on stage.`).map((p) => [p.name, p.confirmed]),
      ).toEqual([['Ivo Quell', true]]);
    }
  });

  it('"a Brant delegate" is the candidate’s mention: a delegate is no role that makes the name an organisation', () => {
    const text = 'Sen. Ivo Brant won. Mara Vell, a Brant delegate from the coast, spoke.';
    expect(found(text).find((p) => p.name === 'Ivo Brant')?.mentions).toHaveLength(2);
  });

  it('"told The Harbor Chief": a title after a capitalised "the" inside a sentence is no person', () => {
    expect(found('A student told The Harbor Chief that it was true.').map((p) => p.name)).toEqual([]);
  });

  it('"Kerry Quell" and "Gwen Quell": given names of the wider lists confirm a name', () => {
    expect(found('Kerry Quell opened the shop.').map((p) => [p.name, p.confirmed])).toEqual([['Kerry Quell', true]]);
    expect(found('Gwen Quell opened the shop.').map((p) => [p.name, p.gender])).toEqual([['Gwen Quell', 'f']]);
  });
});
