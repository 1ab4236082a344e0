/**
 * Quote clusters (issue 14): a member belongs to a cluster because its own words are those of the
 * cluster's longest wording, never because it shares a stock phrase with another member. All the
 * articles here are invented.
 */
import { describe, expect, it } from 'vitest';
import { clusterQuotes, TrigramIds, type ClusterInput } from '../../../src/analysis/quotes/cluster.ts';
import { ProfileService } from '../../../src/services/profile.ts';
import { PeopleLookup } from '../../../src/services/people-lookup.ts';
import { doc, kbOf, person, quoteIn } from '../../support/kb-fixture.ts';

const q = (id: string, documentId: string, text: string): ClusterInput => ({ id, documentId, text });

function groups(quotes: ClusterInput[]): string[][] {
  const c = clusterQuotes(quotes);
  const by = new Map<string, string[]>();
  for (const x of quotes) {
    const id = c.get(x.id);
    if (id) by.set(id, [...(by.get(id) ?? []), x.id]);
  }
  return [...by.values()];
}

const TAXES = 'We are going to lower taxes for families';
const BRIDGE = 'We are going to build the new bridge';
const TEACHERS = 'We are going to hire more teachers';
/** holds the stock phrase and, scattered, the other words of all three */
const SPEECH =
  'We are going to tell you the truth: families need lower bills, the city must build more, and the teachers we hire deserve taxes that are fair, with a new bridge to the north.';

describe('clusterQuotes', () => {
  it('keeps apart quotes that only share a stock phrase, even with a long quote holding all their words', () => {
    const quotes = [
      q('a1', 'd1', TAXES),
      q('a2', 'd2', `${TAXES}.`),
      q('b1', 'd3', BRIDGE),
      q('b2', 'd4', `${BRIDGE},`),
      q('c1', 'd5', TEACHERS),
      q('c2', 'd6', TEACHERS),
      q('s', 'd7', SPEECH),
    ];
    expect(groups(quotes)).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
      ['c1', 'c2'],
    ]);
  });

  const CLINICS =
    'The county will open three new clinics before the end of next year, and every one of them will be free.';

  it('joins a quote with its bracketed, elided, misspelt and cut variants in other documents', () => {
    const quotes = [
      q('o', 'd1', CLINICS),
      q(
        'bracket',
        'd2',
        'The county will open three new clinics before the end of [2027], and every one of them will be free.',
      ),
      q('ellipsis', 'd3', 'The county will open three new clinics … and every one of them will be free.'),
      q(
        'typo',
        'd4',
        'The county will open three new clincs before the end of next yaer, and every one of them will be free.',
      ),
      q('fragment', 'd5', 'three new clinics before the end of next year'),
      q('other', 'd6', 'The county will close three old offices before the end of next year.'),
    ];
    expect(groups(quotes)).toEqual([['o', 'bracket', 'ellipsis', 'typo', 'fragment']]);
    expect(clusterQuotes(quotes).get('o')).toBe('c-o');
  });

  it('does not take words scattered over a long quote for a cut of it', () => {
    const quotes = [q('long', 'd1', SPEECH), q('short', 'd2', 'families need lower bills and the teachers deserve')];
    expect(groups(quotes)).toEqual([]);
  });
});

describe('/who most-cited', () => {
  const LONG =
    'The harbour will stay open all winter for the fishing fleet, and the ferry will run twice a day until the spring storms are over.';
  const FIRST = 'The harbour will stay open all winter for the fishing fleet';
  const SECOND = 'the ferry will run twice a day until the spring storms are over';
  const d1 = doc('d1', `Mayor Ada Quist said: “${FIRST}.”`, { outlet: 'One', published: '2024-01-01' });
  const d2 = doc('d2', `Ada Quist repeated: “${LONG}”`, { outlet: 'Two', published: '2024-01-02' });
  const d3 = doc('d3', `Quist added that “${SECOND}.”`, { outlet: 'Three', published: '2024-01-03' });
  const d4 = doc('d4', `“${FIRST},” Quist said.`, { outlet: 'Four', published: '2024-01-04' });
  const d5 = doc('d5', `Quist: “We are going to keep the harbour open for everyone who needs it.”`, {
    outlet: 'Five',
    published: '2024-01-05',
  });
  const d6 = doc('d6', `Quist, again: “We are going to keep the harbour open for everyone who needs it.”`, {
    outlet: 'Six',
    published: '2024-01-06',
  });
  const d7 = doc('d7', `A rival said: “We are going to keep the bridge open for the trucks, and the harbour too.”`, {
    outlet: 'Seven',
    published: '2024-01-07',
  });
  const ada = person('ada', 'Ada Quist', ['Quist'], 'mayor', ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
  const said = { speaker: 'Ada Quist', speakerId: 'ada', speakerType: 'person' as const };
  const quotes = [
    quoteIn(d1, 1, FIRST, said),
    quoteIn(d2, 1, LONG, said),
    quoteIn(d3, 1, SECOND, said),
    quoteIn(d4, 1, FIRST, said),
    quoteIn(d5, 1, 'We are going to keep the harbour open for everyone who needs it.', said),
    quoteIn(d6, 1, 'We are going to keep the harbour open for everyone who needs it.', said),
    quoteIn(d7, 1, 'We are going to keep the bridge open for the trucks, and the harbour too.', { speaker: 'A rival' }),
  ];
  const clusters = clusterQuotes(quotes);
  for (const x of quotes) x.clusterId = clusters.get(x.id) ?? null;
  const kb = kbOf([d1, d2, d3, d4, d5, d6, d7], quotes, [ada]);

  it('counts only the documents that carry the words shown', () => {
    const a = new ProfileService(kb, new PeopleLookup(kb.people)).find('Ada Quist');
    if (a.kind !== 'profile') throw new Error(a.kind);
    expect(a.profile.topQuotes.map((c) => [c.quote.text, c.documents.map((d) => d.id)])).toEqual([
      // the first half, said in d1 and d4 and part of the whole in d2; not d3, which has only the
      // second half of the whole (one entry per cluster: the second half is not listed again)
      [FIRST, ['d1', 'd2', 'd4']],
      // a rival's words sharing its stock phrase are not counted
      ['We are going to keep the harbour open for everyone who needs it.', ['d5', 'd6']],
    ]);
  });
});

describe('TrigramIds', () => {
  it('numbers trigrams densely in order of first sight, the same trigram always alike, through growth', () => {
    const t = new TrigramIds();
    const seen = new Map<string, number>();
    const wrong: string[] = [];
    // enough trigrams to double the table several times, with orderings of the same three ids
    for (let i = 0; i < 200_000; i++) {
      const a = i % 997;
      const b = (i * 7) % 1009;
      const c = i % 3 === 0 ? a : (i * 13) % 1013;
      for (const [x, y, z] of [
        [a, b, c],
        [c, b, a],
      ] as const) {
        const key = `${x} ${y} ${z}`;
        const expected = seen.get(key) ?? seen.size;
        if (!seen.has(key)) seen.set(key, expected);
        const got = t.idOf(x, y, z);
        if (got !== expected) wrong.push(`${key}: ${got}, not ${expected}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(t.size).toBe(seen.size);
    expect(seen.size).toBeGreaterThan(1 << 16);
  });
});

describe('a typo never decides that two wordings are the same words', () => {
  it('keeps a fragment apart from a quote it matches only through one-letter differences', () => {
    const c = clusterQuotes([q('a', 'd1', 'must be able to bear'), q('b', 'd2', 'most likely to be able to beat')]);
    expect(c.get('a') ?? 'none').not.toBe(c.get('b') ?? 'other');
  });

  it('still joins a long quote reported with a typo', () => {
    const c = clusterQuotes([
      q('a', 'd1', 'The harbor wall will be finished before the winter storms arrive in the bay'),
      q('b', 'd2', 'The harbor wall will be finshed before the winter storms arrive in the bay'),
    ]);
    expect(c.get('a')).toBeDefined();
    expect(c.get('a')).toBe(c.get('b'));
  });
});
