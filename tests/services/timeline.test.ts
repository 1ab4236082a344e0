import { describe, expect, it } from 'vitest';
import { timeline } from '../../commands/timeline.ts';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import type { EventRecord } from '../../src/kb/types.ts';
import { namesActor } from '../../src/services/timeline.ts';
import { renderText } from '../../src/views/text.ts';
import { doc, kbOf, person } from '../support/kb-fixture.ts';

const a = doc('a', 'x', { outlet: 'Wire', url: 'https://wire.example/a', published: '2020-07-08' });
const b = doc('b', 'x', { outlet: 'Blog', url: 'https://blog.example/b', published: '2020-07-10' });
const ev = (
  id: string,
  documentId: string,
  date: string,
  qualifier: string | null,
  summary: string,
  extra: Partial<EventRecord> = {},
): EventRecord => ({
  id,
  documentId,
  date,
  qualifier,
  dateText: date,
  text: summary,
  summary,
  peopleIds: [],
  clusterId: null,
  span: { start: 0, end: 1 },
  ...extra,
});
const kb = kbOf([a, b], [], [person('p-ross', 'Dana Ross', ['Ross'], 'the minister', ['a'])]);
kb.events.push(
  ev('a:e1', 'a', '2017', 'late', 'The talks began in late 2017.', { clusterId: 'k1' }),
  ev('b:e1', 'b', '2017', 'late', 'Talks began in late 2017.', { clusterId: 'k1' }),
  ev('a:e2', 'a', '2018-09-01', null, 'The minister resigned on Sept. 1, 2018.', { peopleIds: ['p-ross'] }),
  ev('a:e3', 'a', '2017', null, 'The budget was cut in 2017.'),
  ev('b:e2', 'b', '2019', 'mid', 'Ferries stopped running in mid-2019.'),
);
const app = createAppFromKnowledgeBase(kb);
const run = (options: Record<string, string>, page = 1) => timeline.run(app, { options, page });

describe('/timeline', () => {
  it('with no option, summarises every dated event in order, grouped by year, one entry per cluster', () => {
    const v = run({});
    expect(v.items.map((i) => i.title)).toEqual(['2017', '2018', '2019']);
    const y2017 = v.items[0]?.lines ?? [];
    expect(y2017.map((l) => l.text)).toEqual([
      '2017: The budget was cut in 2017.',
      'late 2017: The talks began in late 2017.',
    ]);
    expect(y2017[1]?.links.map((l) => l.label)).toEqual(['Wire', 'Blog']);
    expect(v.items[1]?.lines?.[0]?.text).toBe('1 Sep 2018: The minister resigned on Sept. 1, 2018.');
    expect(v.items[2]?.lines?.[0]?.text).toBe('mid-2019: Ferries stopped running in mid-2019.');
  });

  it('filters by topic (typos allowed), person and dates', () => {
    expect(
      run({ topic: 'ferris' })
        .items.flatMap((i) => i.lines ?? [])
        .map((l) => l.text),
    ).toEqual(['mid-2019: Ferries stopped running in mid-2019.']);
    expect(
      run({ person: 'Ross' })
        .items.flatMap((i) => i.lines ?? [])
        .map((l) => l.text),
    ).toEqual(['1 Sep 2018: The minister resigned on Sept. 1, 2018.']);
    expect(run({ from: '2018', to: '2018-12' }).items.map((i) => i.title)).toEqual(['2018']);
  });

  it('explains what it cannot do', () => {
    expect(run({ person: 'Nobody Known' }).kind).toBe('error');
    expect(run({ from: 'banana' }).kind).toBe('error');
    expect(run({ topic: 'volcano eruption' }).kind).toBe('info');
  });

  it('renders as text with outlets and links', () => {
    const t = renderText(run({}));
    expect(t).toContain(
      '• late 2017: The talks began in late 2017. — Wire <https://wire.example/a>; Blog <https://blog.example/b>',
    );
  });
});

describe('/timeline (issue 14)', () => {
  const c = doc('c', 'x', { outlet: 'Post', published: '2020-07-20' });
  const kb2 = kbOf(
    [c],
    [],
    [
      person('p-lee', 'Kim Lee', ['Lee'], 'the senator', ['c']),
      person('p-obama', 'Barack Obama', ['Obama'], 'the president', ['c']),
    ],
  );
  kb2.events.push(
    ev('c:e1', 'c', '2017', null, 'Kim Lee retired in 2017.', { peopleIds: ['p-lee'] }),
    ev('c:e2', 'c', '2016', null, 'A judge retired in 2016 under President Obama.', { peopleIds: ['p-obama'] }),
    ev('c:e3', 'c', '2015', null, 'The agency was reorganised in 2015 by Obama.', { peopleIds: ['p-obama'] }),
    ev('c:e4', 'c', '2014', null, 'Obama, the president, signed the bill in 2014.', { peopleIds: ['p-obama'] }),
    ev('c:e5', 'c', '2013', null, 'Lee praised Obama in 2013.', { peopleIds: ['p-lee', 'p-obama'] }),
    ev('c:e6', 'c', '2020-07', null, 'The bridge closed in July 2020.'),
    ev('c:e7', 'c', '2020-07-08', null, 'The bridge reopened on July 8, 2020.'),
  );
  const app2 = createAppFromKnowledgeBase(kb2);
  const lines = (options: Record<string, string>) =>
    timeline
      .run(app2, { options, page: 1 })
      .items.flatMap((i) => i.lines ?? [])
      .map((l) => l.text);

  it('a person’s events are those they are the subject or agent of, not those naming them in an object or a prepositional phrase', () => {
    expect(lines({ person: 'Obama' })).toEqual([
      '2014: Obama, the president, signed the bill in 2014.',
      '2015: The agency was reorganised in 2015 by Obama.',
    ]);
    expect(lines({ person: 'Lee' })).toEqual(['2013: Lee praised Obama in 2013.', '2017: Kim Lee retired in 2017.']);
  });

  it('an event dated only to a month, within a day range, says so', () => {
    expect(lines({ from: '2020-07-07', to: '2020-07-09' })).toEqual([
      'Jul 2020: The bridge closed in July 2020. (dated only to Jul 2020)',
      '8 Jul 2020: The bridge reopened on July 8, 2020.',
    ]);
    expect(lines({ from: '2020-07' })).toEqual([
      'Jul 2020: The bridge closed in July 2020.',
      '8 Jul 2020: The bridge reopened on July 8, 2020.',
    ]);
  });
});

describe('namesActor', () => {
  it('finds the subject and the agent of a clause, and nobody in a preposition or a possessive', () => {
    expect(namesActor('Ross resigned on Sept. 1, 2018.', ['Dana Ross', 'Ross'])).toBe(true);
    expect(namesActor('In 2017, Dana Ross and Lee met.', ['Lee'])).toBe(true);
    expect(namesActor('Ross and Lee met in 2017.', ['Lee'])).toBe(true);
    expect(namesActor('The law was passed by Sen. Ross in 2017.', ['Ross'])).toBe(true);
    expect(namesActor('A judge retired in 2017 under President Ross.', ['Ross'])).toBe(false);
    expect(namesActor('Under Ross, the budget was cut in 2017.', ['Ross'])).toBe(false);
    expect(namesActor("Ross's aide quit in 2017.", ['Ross'])).toBe(false);
    expect(namesActor('Lee praised Ross in 2017.', ['Ross'])).toBe(false);
    expect(namesActor('The minister resigned in 2018.', ['Ross'])).toBe(null);
  });
});
