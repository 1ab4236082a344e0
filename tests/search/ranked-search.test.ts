/** RankedSearch answers what MiniSearch's own search answers, scoring only the survivors. */
import { describe, expect, it } from 'vitest';
import MiniSearch, { type Options } from 'minisearch';
import { RankedSearch, type PackedJSON, type TermSpec } from '../../src/search/ranked-search.ts';

interface Doc {
  id: string;
  text: string;
  who: string;
}

const WORDS = [
  'bridge',
  'bridges',
  'budget',
  'budgets',
  'border',
  'harbor',
  'harbour',
  'council',
  'counsel',
  'tax',
  'taxes',
  'vote',
  'voted',
  'voters',
  'river',
  'rivers',
  'plan',
  'planned',
  'planning',
  'town',
  'the',
  'a',
  'of',
];
const NAMES = ['Ann Vale', 'Bo Reyes', 'Cy Moreau', 'Di Okafor'];

// a seeded generator: the same documents every run
function docs(n: number): Doc[] {
  let s = 7;
  const r = (k: number): number => ((s = (s * 1103515245 + 12345) % 2147483648), s % k);
  return Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    text: Array.from({ length: 3 + r(12) }, () => WORDS[r(WORDS.length)]).join(' '),
    who: NAMES[r(NAMES.length)]!,
  }));
}

const OPTIONS: Options<Doc> = { fields: ['text', 'who'], storeFields: [] };
const BOOST = { text: 3, who: 2 };
const all = docs(400);
const ours = new RankedSearch<Doc>(OPTIONS);
ours.addAll(all);
ours.freeze();
const theirs = new MiniSearch<Doc>(OPTIONS);
theirs.addAll(all);

/**
 * MiniSearch's answer for the same words, as id → score. MiniSearch multiplies a document's
 * score by the number of query words it matched; RankedSearch by that number
 * in OR and not at all in AND (where it is the same for every document), so AND compares the
 * sums.
 */
function reference(specs: TermSpec[], combine: 'AND' | 'OR', keep?: (id: string) => boolean): Map<string, number> {
  const query = {
    combineWith: combine,
    queries: specs.map((s) => ({ queries: [s.term], prefix: s.prefix, fuzzy: s.fuzzy })),
  };
  const r = theirs.search(query, { boost: BOOST, ...(keep ? { filter: (x) => keep(x.id as string) } : {}) });
  return new Map(r.map((x) => [x.id as string, combine === 'AND' ? x.score / x.queryTerms.length : x.score]));
}

function expectSame(
  specs: TermSpec[],
  combine: 'AND' | 'OR',
  keep?: (id: string) => boolean,
  index: RankedSearch<Doc> = ours,
): void {
  const want = reference(specs, combine, keep);
  const got = index.searchRanked(specs, { boost: BOOST, combine, limit: 10_000, ...(keep ? { keep } : {}) }).results;
  expect(want.size).toBeGreaterThan(0);
  expect(got.map((g) => g.id).sort()).toEqual([...want.keys()].sort());
  for (const g of got) expect(g.score).toBeCloseTo(want.get(g.id)!, 9);
  // best first
  for (let i = 1; i < got.length; i++) expect(got[i - 1]!.score).toBeGreaterThanOrEqual(got[i]!.score);
}

const exact = (term: string): TermSpec => ({ term, prefix: false, fuzzy: false });

describe('RankedSearch', () => {
  it('gives MiniSearch’s documents and scores for exact words, AND and OR', () => {
    expectSame([exact('bridge'), exact('budget')], 'AND');
    expectSame([exact('the'), exact('river'), exact('vale')], 'AND');
    expectSame([exact('bridge'), exact('budget'), exact('voters')], 'OR');
  });
  it('expands a prefix and a typo as MiniSearch does', () => {
    expectSame([exact('river'), { term: 'plan', prefix: true, fuzzy: false }], 'AND');
    expectSame([{ term: 'harbr', prefix: false, fuzzy: 0.25 }, exact('tax')], 'AND');
    expectSame([{ term: 'brid', prefix: true, fuzzy: 0.25 }], 'AND');
    expectSame(
      [
        { term: 'councl', prefix: false, fuzzy: 0.25 },
        { term: 'vote', prefix: true, fuzzy: false },
      ],
      'AND',
    );
    expectSame([exact('council'), exact('voted'), exact('harbour')], 'OR');
    expectSame(
      [
        { term: 'councl', prefix: false, fuzzy: 0.25 },
        { term: 'vote', prefix: true, fuzzy: false },
      ],
      'OR',
    );
  });
  it('applies the filter, and a word nobody has leaves nothing for AND', () => {
    const keep = (id: string): boolean => Number(id.slice(1)) % 3 === 0;
    expectSame([exact('town'), exact('plan')], 'AND', keep);
    expect(ours.searchRanked([exact('town'), exact('zeppelin')], { boost: BOOST, combine: 'AND', limit: 10 })).toEqual({
      results: [],
      more: false,
    });
  });
  it('keeps the best `limit` results, in order, and says there were more', () => {
    const full = ours.searchRanked([exact('the')], { boost: BOOST, combine: 'AND', limit: 10_000 });
    expect(full.results.length).toBeGreaterThan(40);
    expect(full.more).toBe(false);
    const top = ours.searchRanked([exact('the')], { boost: BOOST, combine: 'AND', limit: 7 });
    expect(top.results.map((t) => t.score)).toEqual(full.results.slice(0, 7).map((t) => t.score));
    expect(top.more).toBe(true);
    // with a filter, only kept documents count
    const keep = (id: string): boolean => id === full.results[3]!.id;
    expect(ours.searchRanked([exact('the')], { boost: BOOST, combine: 'AND', limit: 1, keep })).toEqual({
      results: [full.results[3]],
      more: false,
    });
  });
  it('scores a lone prefix over its closest words only, and says so', () => {
    const every = ours.searchRanked([{ term: 'vot', prefix: true, fuzzy: false }], {
      boost: BOOST,
      combine: 'AND',
      limit: 10_000,
    });
    const few = ours.searchRanked([{ term: 'vot', prefix: true, fuzzy: false }], {
      boost: BOOST,
      combine: 'AND',
      limit: 2,
    });
    expect(every.more).toBe(false);
    expect(few.more).toBe(true);
    // "vote" (one letter more) is closer than "voted" and "voters", and has enough quotes for the page
    const text = new Map(all.map((d) => [d.id, d.text.split(' ')]));
    expect(few.results).toHaveLength(2);
    for (const r of few.results) expect(text.get(r.id)).toContain('vote');
  });
  it('built directly, answers as built by MiniSearch and frozen', () => {
    const direct = RankedSearch.build(all, OPTIONS);
    expect(direct.documentCount).toBe(ours.documentCount);
    for (const t of [...WORDS, 'ann', 'vale', 'reyes', 'zeppelin']) expect(direct.postings(t)).toBe(ours.postings(t));
    const specs: TermSpec[][] = [
      [exact('bridge'), exact('budget')],
      [{ term: 'plan', prefix: true, fuzzy: false }, exact('river')],
      [{ term: 'harbr', prefix: false, fuzzy: 0.25 }],
      [exact('town'), exact('vale')],
    ];
    for (const q of specs)
      for (const combine of ['AND', 'OR'] as const) {
        const a = direct.searchRanked(q, { boost: BOOST, combine, limit: 10_000 }).results;
        const b = ours.searchRanked(q, { boost: BOOST, combine, limit: 10_000 }).results;
        expect(a.length).toBeGreaterThan(0);
        // the same documents and scores (sums of the same terms, perhaps in another order)
        const want = new Map(b.map((r) => [r.id, r.score]));
        expect(a.map((r) => r.id).sort()).toEqual([...want.keys()].sort());
        for (const r of a) expect(r.score).toBeCloseTo(want.get(r.id)!, 9);
      }
  });
  it('answers the same after a save and load', () => {
    const loaded = RankedSearch.unpack<Doc>(JSON.parse(JSON.stringify(ours.pack())) as PackedJSON, OPTIONS);
    expect(loaded).toBeInstanceOf(RankedSearch);
    expectSame([exact('river'), { term: 'plan', prefix: true, fuzzy: false }], 'AND', undefined, loaded);
    expect(loaded.postings('bridge')).toBe(ours.postings('bridge'));
    expect(ours.postings('brid')).toBe(0);
    expect(() => RankedSearch.unpack<Doc>({ ...ours.pack(), ids: '' }, OPTIONS)).toThrow(/does not fit/);
  });
});
