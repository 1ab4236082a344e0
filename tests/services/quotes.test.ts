import { describe, expect, it } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { quote } from '../../commands/quote.ts';
import { MAX_ALSO_REPORTED } from '../../src/services/quotes.ts';
import { renderText } from '../../src/views/text.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

const a = doc(
  'wire',
  'Mayor Jane Hollis said: “The bridge will reopen in the spring, whatever the cost.” Critics called it “a vanity project.”',
  {
    outlet: 'Example Wire',
    url: 'https://wire.example/bridge',
    published: '2021-03-02',
  },
);
const b = doc(
  'blog',
  'The mayor repeated it: “The bridge will reopen in spring, whatever the cost.” Councillor Tom Hollis disagreed: “We cannot afford it.”',
  {
    outlet: 'Town Blog',
    url: 'https://blog.example/bridge',
    published: '2021-03-05',
  },
);
const c = doc('paper', 'A spokesman for the agency said in a statement that “no decision has been made.”', {
  outlet: 'Daily Paper',
  published: '2021-04-10',
});
const jane = person('jane-hollis', 'Jane Hollis', ['Hollis', 'Mayor Hollis'], 'the mayor', ['wire', 'blog']);
const tom = person('tom-hollis', 'Tom Hollis', ['Hollis'], 'a councillor', ['blog']);
const kb = kbOf(
  [a, b, c],
  [
    quoteIn(a, 1, 'The bridge will reopen in the spring, whatever the cost.', {
      speaker: 'Jane Hollis',
      speakerId: 'jane-hollis',
      clusterId: 'c1',
    }),
    quoteIn(a, 2, 'a vanity project.', {
      kind: 'term',
      attribution: 'none',
      context: 'Critics called it “a vanity project.”',
    }),
    quoteIn(b, 1, 'The bridge will reopen in spring, whatever the cost.', {
      speaker: 'Jane Hollis',
      speakerId: 'jane-hollis',
      clusterId: 'c1',
    }),
    quoteIn(b, 2, 'We cannot afford it.', { speaker: 'Tom Hollis', speakerId: 'tom-hollis' }),
    quoteIn(c, 1, 'no decision has been made.', {
      kind: 'partial',
      speakerType: 'anonymous',
      description: 'a spokesman for the agency',
      context: 'A spokesman for the agency said in a statement that “no decision has been made.”',
    }),
  ],
  [jane, tom],
);
const app = createAppFromKnowledgeBase(kb);
const ask = (options: Record<string, string | boolean>, page = 1) => quote.run(app, { options, page });

describe('/quote', () => {
  it('finds a quote by words in any order, showing it from its earliest outlet with the others listed', () => {
    const v = ask({ query: 'cost bridge reopen' });
    expect(v.kind).toBe('result');
    expect(v.items[0]?.text).toBe('“The bridge will reopen in the spring, whatever the cost.”');
    expect(v.items[0]?.title).toBe('Jane Hollis, the mayor');
    expect(v.items[0]?.url).toBe('https://wire.example/bridge');
    expect(v.items[0]?.fields?.find((f) => f.name === 'Also reported by')?.value).toBe('Town Blog (5 Mar 2021)');
  });

  it('tolerates typos and half-typed words', () => {
    expect(ask({ query: 'bridgee reopn' }).items[0]?.text).toContain('The bridge will reopen');
    expect(ask({ query: 'affor' }).items[0]?.text).toBe('“We cannot afford it.”');
  });

  it('requires every word of a multi-word query, and names the word that matched nothing when it offers the looser answer', () => {
    const all = ask({ query: 'bridge cost' });
    expect(all.description).toBeUndefined();
    expect(all.items.map((i) => i.text)).toEqual(['“The bridge will reopen in the spring, whatever the cost.”']);
    // "afford" alone would also find Tom's quote: with both words, only the quote that has both
    expect(ask({ query: 'cannot afford' }).items.map((i) => i.text)).toEqual(['“We cannot afford it.”']);
    const v = ask({ query: 'bridge zeppelin' });
    expect(v.kind).toBe('result');
    expect(v.title).toMatch(/some of the words/);
    expect(v.description).toBe(
      'No quote has all of “bridge zeppelin”; “zeppelin” matched nothing. Showing quotes with some of the words:',
    );
    expect(v.items[0]?.text).toContain('The bridge will reopen');
    expect(renderText(v)).toContain('“zeppelin” matched nothing');
  });

  it('keeps typo tolerance when every word is required', () => {
    const v = ask({ query: 'bridgee costt' });
    expect(v.description).toBeUndefined();
    expect(v.items.map((i) => i.text)).toEqual(['“The bridge will reopen in the spring, whatever the cost.”']);
  });

  it('ranks an exact phrase first', () => {
    const v = ask({ query: 'a vanity project' });
    expect(v.items[0]?.text?.startsWith('“a vanity project.”')).toBe(true);
    expect(v.items[0]?.fields?.find((f) => f.name === 'Kind')?.value).toMatch(/quoted term/);
    expect(v.items[0]?.text).toContain('…in: Critics called it');
  });

  it('filters by speaker, and refuses to guess between two people with one surname', () => {
    const v = ask({ speaker: 'Tom Hollis' });
    expect(v.items.map((i) => i.text)).toEqual(['“We cannot afford it.”']);
    const amb = ask({ speaker: 'Hollis' });
    expect(amb.kind).toBe('error');
    expect(amb.items.map((i) => i.title).sort()).toEqual(['Jane Hollis', 'Tom Hollis']);
  });

  it('filters by outlet and dates', () => {
    expect(
      ask({ query: 'bridge', outlet: 'town blog' }).items[0]?.fields?.find((f) => f.name === 'Outlet')?.value,
    ).toBe('Town Blog');
    expect(ask({ query: 'decision', from: '2021-04' }).items).toHaveLength(1);
    expect(ask({ query: 'decision', to: 'March 2021' }).kind).toBe('info');
  });

  it('keeps an anonymous source anonymous and says a link is unknown', () => {
    const v = ask({ query: 'decision made' });
    expect(v.items[0]?.title).toBe('a spokesman for the agency (not named)');
    expect(v.items[0]?.fields?.find((f) => f.name === 'Link')?.value).toBe('unknown');
  });

  it('answers bad requests with a helpful error', () => {
    expect(ask({}).kind).toBe('error');
    expect(ask({ query: 'bridge', from: 'someday' }).description).toMatch(/2020-07-08/);
    expect(ask({ query: 'bridge', from: '2022', to: '2021' }).title).toMatch(/wrong way round/);
    expect(ask({ speaker: 'Nobody Atall' }).title).toMatch(/No quotes from/);
  });

  it('pages through results', () => {
    const v = ask({ query: 'the' }, 1);
    expect(v.page?.index).toBe(1);
    expect(renderText(v)).toContain('Quotes:');
  });

  it('autocompletes speakers by any alias, and outlets', () => {
    expect(quote.autocomplete?.(app, 'speaker', 'mayor').map((c) => c.value)).toEqual(['Jane Hollis']);
    expect(quote.autocomplete?.(app, 'speaker', '').length).toBe(2);
    expect(quote.autocomplete?.(app, 'outlet', 'wire').map((c) => c.value)).toEqual(['Example Wire']);
  });
});

describe('/quote date filter over a month-precision date (issue 14)', () => {
  const m = doc('monthly', 'Ann Lee said: “The ferry is late again.”', { outlet: 'Monthly', published: '2020-07' });
  const lee = person('ann-lee', 'Ann Lee', ['Lee'], 'a commuter', ['monthly']);
  const app2 = createAppFromKnowledgeBase(
    kbOf([m], [quoteIn(m, 1, 'The ferry is late again.', { speaker: 'Ann Lee', speakerId: 'ann-lee' })], [lee]),
  );
  const dateOf = (options: Record<string, string>) =>
    quote.run(app2, { options, page: 1 }).items[0]?.fields?.find((f) => f.name === 'Date')?.value;

  it('says the date is known only to the month when a day range lets it through', () => {
    expect(dateOf({ query: 'ferry', from: '2020-07-09' })).toBe('Jul 2020 (dated only to Jul 2020)');
    expect(dateOf({ query: 'ferry', to: '2020-07-07' })).toBe('Jul 2020 (dated only to Jul 2020)');
    expect(dateOf({ query: 'ferry', from: '2020-07' })).toBe('Jul 2020');
    expect(dateOf({ query: 'ferry' })).toBe('Jul 2020');
  });
});

describe('/quote on quotes many outlets carried', () => {
  // one statement carried by 40 outlets, the earliest in other words
  const outlets = Array.from({ length: 40 }, (_, i) => i);
  const early = doc('early', 'The governor said: “We will rebuild the dam before winter comes.”', {
    outlet: 'First Gazette',
    published: '2022-01-01',
  });
  const copies = outlets.map((i) =>
    doc(`copy${i}`, `The governor said: “We will rebuild the old dam before the winter comes.” Outlet number ${i}.`, {
      outlet: `Outlet ${String(i).padStart(2, '0')}`,
      published: `2022-01-${String(2 + (i % 27)).padStart(2, '0')}`,
    }),
  );
  const gov = person('gov', 'Ada Quist', ['Quist'], 'the governor', ['early', ...copies.map((d) => d.id)]);
  const many = kbOf(
    [early, ...copies],
    [
      quoteIn(early, 1, 'We will rebuild the dam before winter comes.', {
        speaker: 'Ada Quist',
        speakerId: 'gov',
        clusterId: 'dam',
      }),
      ...copies.map((d) =>
        quoteIn(d, 1, 'We will rebuild the old dam before the winter comes.', {
          speaker: 'Ada Quist',
          speakerId: 'gov',
          clusterId: 'dam',
        }),
      ),
    ],
    [gov],
  );
  const bigApp = createAppFromKnowledgeBase(many);

  it('lists the first few other reports, earliest first, and counts the rest', () => {
    const answer = bigApp.quotes.find({ query: 'rebuild dam' });
    expect(answer.kind).toBe('results');
    const r = answer.kind === 'results' ? answer.results : [];
    expect(r).toHaveLength(1);
    expect(r[0]!.document.id).toBe('early');
    expect(r[0]!.alsoReportedCount).toBe(40);
    expect(r[0]!.alsoReportedBy).toHaveLength(MAX_ALSO_REPORTED);
    const dates = r[0]!.alsoReportedBy.map((d) => d.published ?? '');
    expect(dates).toEqual([...dates].sort());
    const field = quote
      .run(bigApp, { options: { query: 'rebuild dam' }, page: 1 })
      .items[0]?.fields?.find((f) => f.name === 'Also reported by')?.value;
    expect(field).toMatch(/; and 30 more$/);
  });

  it('shows the quote in the words searched for, from the earliest outlet that printed them', () => {
    const v = quote.run(bigApp, { options: { query: 'old dam' }, page: 1 });
    expect(v.items[0]?.text).toBe('“We will rebuild the old dam before the winter comes.”');
    expect(v.items[0]?.fields?.find((f) => f.name === 'Outlet')?.value).toBe('Outlet 00');
    // the earlier wording is still among the other reports
    expect(v.items[0]?.fields?.find((f) => f.name === 'Also reported by')?.value).toMatch(/^First Gazette/);
  });
});
