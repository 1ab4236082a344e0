import { describe, expect, it } from 'vitest';
import { who } from '../../commands/who.ts';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { PeopleLookup } from '../../src/services/people-lookup.ts';
import { ProfileService, type Profile } from '../../src/services/profile.ts';
import { toDiscordMessage } from '../../src/views/discord.ts';
import { LIMITS } from '../../src/views/discord-limits.ts';
import { renderText } from '../../src/views/text.ts';
import { doc, kbOf, person } from '../support/kb-fixture.ts';
import { whoKb } from '../support/who-fixture.ts';

const kb = whoKb();
const service = new ProfileService(kb, new PeopleLookup(kb.people));
const app = createAppFromKnowledgeBase(kb);

function profileOf(name: string): Profile {
  const a = service.find(name);
  if (a.kind !== 'profile') throw new Error(`${name}: ${a.kind}`);
  return a.profile;
}

describe('ProfileService', () => {
  const p = profileOf('Jane Hollis');

  it('gives the full name, the other names once each, and roles with the outlets that give them', () => {
    expect(p.person.name).toBe('Jane Hollis');
    expect(p.otherNames).toEqual(['Hollis', 'Mayor Jane Hollis']);
    expect(p.roles.map((r) => [r.text, r.documents.map((d) => d.outlet)])).toEqual([
      ['the mayor', ['Example Wire', 'Town Blog']],
      ['mayor of Riverton', ['Daily Paper']],
    ]);
  });

  it('counts quotes (and distinct words) and where they come from', () => {
    expect(p.quoteCount).toBe(7);
    expect(p.distinctQuotes).toBe(4);
    expect(p.appearances.map((a) => [a.document.id, a.quotes])).toEqual([
      ['wire', 2],
      ['blog', 3],
      ['paper', 2],
      ['notes', 0],
    ]);
  });

  it('picks the most-cited quotes: most reporting documents, ties to the earliest published', () => {
    expect(p.topQuotes.map((c) => [c.quote.text, c.documents.map((d) => d.id)])).toEqual([
      ['The bridge will reopen in the spring, whatever the cost,', ['wire', 'blog', 'paper']],
      ['We will not raise taxes.', ['blog', 'paper']],
      ['Nobody is above the budget.', ['wire']],
    ]);
  });

  it('lists dated events in order, one per cluster with every outlet reporting it; undated ones are left out', () => {
    expect(p.events.map((e) => [e.event.date, e.event.qualifier, e.documents.map((d) => d.id)])).toEqual([
      ['2020', 'late', ['paper']],
      ['2021-03-01', null, ['wire', 'blog']],
      ['2021-04', null, ['paper']],
    ]);
    expect(p.events[1]?.event.summary).toBe('Jane Hollis met Priya Nair on March 1, 2021.');
  });

  it('ranks co-mentions by shared sentences, then shared documents', () => {
    expect(p.coMentioned.map((c) => [c.person.name, c.sentences, c.documents])).toEqual([
      ['Priya Nair', 2, 2],
      ['Tom Hollis', 1, 3],
    ]);
  });

  it('finds people by surname, first name, alias and typo; a shared surname is ambiguous', () => {
    expect(profileOf('Nair').person.id).toBe('priya-nair');
    expect(profileOf('jane').person.id).toBe('jane-hollis');
    expect(profileOf('Councillor Tom Hollis').person.id).toBe('tom-hollis');
    expect(profileOf('Tom Holis').person.id).toBe('tom-hollis');
    const amb = service.find('Hollis');
    expect(amb.kind).toBe('ambiguous');
    if (amb.kind !== 'ambiguous') return;
    expect(amb.candidates.map((c) => [c.person.name, c.role, c.outlets, c.documents])).toEqual([
      ['Jane Hollis', 'the mayor', ['Example Wire', 'Town Blog', 'Daily Paper'], 4],
      ['Tom Hollis', 'councillor', ['Example Wire', 'Town Blog', 'Daily Paper'], 3],
    ]);
    expect(amb.total).toBe(2);
    // only the first few of many candidates are described; the count says how many there were
    const first = service.find('Hollis', { topQuotes: 3, coMentioned: 5, candidates: 1 });
    expect(first.kind === 'ambiguous' && [first.candidates.map((c) => c.person.name), first.total]).toEqual([
      ['Jane Hollis'],
      2,
    ]);
  });

  it('says when a name is unknown, and when it is a quoted organisation rather than a person', () => {
    expect(service.find('Nobody Atall')).toEqual({ kind: 'unknown', quotedSpeaker: null });
    expect(service.find('City Council')).toEqual({ kind: 'unknown', quotedSpeaker: 'The City Council' });
  });

  it('prepare makes the profiles of the people named in the most documents, the same as made on demand', () => {
    const prepared = new ProfileService(kb, new PeopleLookup(kb.people));
    // Jane Hollis is named in four documents, Tom Hollis in three, Priya Nair in two
    prepared.prepare({ minDocuments: 3, max: 10 });
    const cache = (prepared as unknown as { cache: Map<string, Profile> }).cache;
    expect([...cache.values()].map((x) => x.person.name).sort()).toEqual(['Jane Hollis', 'Tom Hollis']);
    const answer = prepared.find('Jane Hollis');
    expect(answer.kind === 'profile' && answer.profile).toBe([...cache.values()][0]);
    expect(answer).toEqual(service.find('Jane Hollis'));
    const none = new ProfileService(kb, new PeopleLookup(kb.people));
    none.prepare({ minDocuments: 5, max: 10 });
    expect((none as unknown as { cache: Map<string, Profile> }).cache.size).toBe(0);
    const one = new ProfileService(kb, new PeopleLookup(kb.people));
    one.prepare({ minDocuments: 2, max: 1 });
    const only = [...(one as unknown as { cache: Map<string, Profile> }).cache.values()];
    expect(only.map((x) => x.person.name)).toEqual(['Jane Hollis']);
  });

  it('a person with no quotes, roles or events still gets a profile', () => {
    const t = profileOf('Priya Nair');
    expect(t.quoteCount).toBe(0);
    expect(t.topQuotes).toEqual([]);
    expect(t.coMentioned.map((c) => c.person.name)).toEqual(['Jane Hollis', 'Tom Hollis']);
    expect(t.coMentioned[1]).toMatchObject({ sentences: 0, documents: 2 });
  });
});

describe('/who', () => {
  const ask = (options: Record<string, string | boolean>) => who.run(app, { options, page: 1 });

  it('renders the profile as text with outlets, dates, links, and “unknown” where the corpus does not say', () => {
    const t = renderText(ask({ name: 'Jane Hollis' }));
    expect(t).toContain('Jane Hollis\n===========');
    expect(t).toContain('Also written: Hollis, Mayor Jane Hollis');
    expect(t).toContain('Quoted 7 times (4 distinct quotes) in 3 of 4 articles naming them.');
    expect(t).toContain(
      '• the mayor — Example Wire <https://wire.example/bridge>; Town Blog <https://blog.example/bridge>',
    );
    expect(t).toContain(
      '• “The bridge will reopen in the spring, whatever the cost,” (reported by 3 articles) — Example Wire <https://wire.example/bridge>; Town Blog <https://blog.example/bridge>; Daily Paper',
    );
    expect(t).toContain('• 10 Apr 2021 · Taxes stay put · 2 quotes · link unknown — Daily Paper');
    expect(t).toContain('• date unknown · Council notes · link unknown — outlet unknown');
    expect(t).toContain('• late 2020: Hollis was elected mayor in late 2020. — Daily Paper');
    expect(t).toContain(
      '• 1 Mar 2021: Jane Hollis met Priya Nair on March 1, 2021. — Example Wire <https://wire.example/bridge>; Town Blog <https://blog.example/bridge>',
    );
    expect(t).toContain('• Priya Nair: in 2 sentences together, 2 articles in common');
    expect(t).toContain('More: /quote speaker:Jane Hollis · /timeline person:Jane Hollis');
    expect(t).not.toContain('Hollis spoke once.');
  });

  it('lists the candidates for an ambiguous name instead of guessing, only to the asker', () => {
    const v = ask({ name: 'Hollis' });
    expect(v.kind).toBe('error');
    expect(v.ephemeral).toBe(true);
    expect(v.title).toBe('“Hollis” could mean 2 people');
    expect(v.items.map((i) => i.text)).toEqual([
      'the mayor · Example Wire, Town Blog, Daily Paper · named in 4 articles',
      'councillor · Example Wire, Town Blog, Daily Paper · named in 3 articles',
    ]);
  });

  it('answers an unknown name with a helpful ephemeral error', () => {
    const v = ask({ name: 'Nobody Atall' });
    expect(v).toMatchObject({ kind: 'error', ephemeral: true, title: 'Nobody called “Nobody Atall” is known' });
    expect(v.description).toMatch(/as you type.*\/quote/);
    expect(ask({ name: 'City Council' }).description).toContain('Try /quote speaker:The City Council');
  });

  it('hide answers only to the asker', () => {
    expect(ask({ name: 'Jane Hollis' }).ephemeral).toBeUndefined();
    expect(ask({ name: 'Jane Hollis', hide: true }).ephemeral).toBe(true);
  });

  it('autocompletes every name and alias, fuzzily, with the role to tell namesakes apart', () => {
    expect(who.autocomplete?.(app, 'name', 'holl')).toEqual([
      { name: 'Jane Hollis — the mayor', value: 'Jane Hollis' },
      { name: 'Tom Hollis — councillor', value: 'Tom Hollis' },
    ]);
    expect(who.autocomplete?.(app, 'name', 'councillor')).toEqual([
      { name: 'Tom Hollis (“Councillor Tom Hollis”) — councillor', value: 'Tom Hollis' },
    ]);
    expect(who.autocomplete?.(app, 'name', 'prya nair').map((c) => c.value)).toEqual(['Priya Nair']);
    expect(who.autocomplete?.(app, 'name', '').map((c) => c.value)).toEqual([
      'Jane Hollis',
      'Tom Hollis',
      'Priya Nair',
    ]);
    expect(who.autocomplete?.(app, 'other', 'x')).toEqual([]);
  });

  it('fits a large profile in one Discord message without dropping a section', () => {
    const many = whoKb();
    const base = many.documents[0]!;
    const jane = many.people[0]!;
    for (let i = 0; i < 40; i++) {
      const id = `extra${i}`;
      const d = {
        ...base,
        id,
        title: `A long headline about the bridge and the budget, number ${i} of many`,
        url: `https://example.org/news/2021/03/a-long-path-for-article-${i}`,
      };
      many.documents.push(d);
      many.documentsById.set(id, d);
      jane.documentIds.push(id);
      jane.roles.push({
        text: `a role described at length in article ${i}, with many words to make it long `.repeat(3),
        documentId: id,
      });
      many.events.push({
        ...many.events[0]!,
        id: `${id}:e`,
        documentId: id,
        summary: 'A long summary of an event '.repeat(12),
        peopleIds: [jane.id],
        clusterId: null,
        date: `2019-01-${String((i % 28) + 1).padStart(2, '0')}`,
      });
    }
    const big = who.run(createAppFromKnowledgeBase(many), { options: { name: 'Jane Hollis' }, page: 1 });
    expect(renderText(big)).toContain('…and 36 more (see /sources)');
    const msg = toDiscordMessage(big);
    expect(msg.embeds).toHaveLength(6);
    const size = msg.embeds.reduce(
      (n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0),
      0,
    );
    expect(size).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(msg.embeds.every((e) => (e.description?.length ?? 0) <= LIMITS.embedDescription)).toBe(true);
  });
});

describe('/who with a shared surname (issue 14)', () => {
  const d1 = doc('s1', 'Ann Smith spoke.', { outlet: 'Wire', published: '2021-01-01' });
  const d2 = doc('s2', 'John Smith spoke.', { outlet: 'Blog', published: '2021-01-02' });
  const d3 = doc('s3', 'Smith spoke.', { outlet: 'Paper', published: '2021-01-03' });
  const people = [
    person('ann', 'Ann Smith', [], 'the mayor', ['s1']),
    person('john', 'John Smith', [], undefined, ['s2']),
  ];
  const ask = (ps: typeof people, name: string) =>
    who.run(createAppFromKnowledgeBase(kbOf([d1, d2, d3], [], ps)), { options: { name }, page: 1 });

  it('a bare surname with its own record lists it and both full-name Smiths', () => {
    const v = ask([...people, person('smith', 'Smith', [], undefined, ['s3'])], 'Smith');
    expect(v.title).toBe('“Smith” could mean 3 people');
    expect(v.items.map((i) => i.title)).toEqual(['Ann Smith', 'John Smith', 'Smith']);
  });

  it('a surname shared by a dozen people names the count and describes the first nine', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      person(`p${i}`, `${String.fromCharCode(65 + i)}da Smith`, [], undefined, ['s1']),
    );
    const v = ask(many, 'Smith');
    expect(v.title).toBe('“Smith” could mean 12 people');
    expect(v.description).toContain('the first 9 are');
    expect(v.items.map((i) => i.title)).toEqual(many.slice(0, 9).map((p) => p.name));
  });

  it('a bare surname left unattached (no record) lists Ann Smith and John Smith', () => {
    const v = ask(people, 'Smith');
    expect(v.items.map((i) => i.title)).toEqual(['Ann Smith', 'John Smith']);
  });

  it('dated events are those the person is the subject of, not those naming them after a preposition', () => {
    const kb = kbOf([d1, d2, d3], [], people);
    const ev = (id: string, date: string, text: string) => ({
      id,
      documentId: 's2',
      date,
      qualifier: null,
      dateText: date,
      text,
      summary: text,
      peopleIds: ['john'],
      clusterId: null,
      span: { start: 0, end: 1 },
    });
    kb.events.push(
      ev('s2:e1', '2016', 'A judge retired in 2016 under President John Smith.'),
      ev('s2:e2', '2018', 'John Smith resigned in 2018.'),
    );
    const a = new ProfileService(kb, new PeopleLookup(kb.people)).find('John Smith');
    expect(a.kind === 'profile' ? a.profile.events.map((e) => e.event.id) : a.kind).toEqual(['s2:e2']);
  });

  it('a full name still answers with that one person', () => {
    expect(ask([...people, person('smith', 'Smith', [], undefined, ['s3'])], 'John Smith').title).toBe('John Smith');
  });
});

describe('preparing the services', () => {
  it('in the background builds what prepare() builds, giving the event loop back between steps', async () => {
    const fresh = createAppFromKnowledgeBase(whoKb());
    const built = (): boolean[] => {
      const lookup = fresh.people as unknown as Record<'names_' | 'orders_' | 'allNames_', unknown>;
      const profiles = fresh.profiles as unknown as { tables_: unknown; others: unknown };
      return [lookup.names_, lookup.orders_, lookup.allNames_, profiles.tables_, profiles.others].map(
        (x) => x !== null,
      );
    };
    expect(built()).toEqual([false, false, false, false, false]);
    let turns = 0;
    let running = true;
    const tick = (): void => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await fresh.prepareInBackground();
    running = false;
    expect(built()).toEqual([true, true, true, true, true]);
    // other callbacks ran between the steps (each step waits for a turn of its own)
    expect(turns).toBeGreaterThanOrEqual(8);
  });
});
