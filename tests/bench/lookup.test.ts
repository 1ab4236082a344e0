/** The benchmark's lookup mode: which claims find their words first, or in the first three. Invented text only. */
import { describe, expect, it } from 'vitest';
import { isTarget, scoreLookups, summariseLookups } from '../../src/bench/lookup.ts';
import { appOfArticle } from '../support/article-app.ts';

const LEE = 'The harbor will flood this winter unless the wall is built';
const KIM = 'The harbor could flood, but not soon';

const app = appOfArticle(
  `Ann Lee, the harbor commissioner, spoke on Monday. “${LEE},” Lee said. Bo Kim, the mayor, disagreed. “${KIM},” Kim said.`,
);

describe('lookup scoring', () => {
  it('takes a record carrying 60% of the target’s content words as the target', () => {
    expect(isTarget(LEE, 'the harbor will flood this winter unless the wall is built')).toBe(true);
    expect(isTarget(LEE, 'the harbor could flood')).toBe(false);
  });

  it('ranks each claim in Find sources and /quote and sums hit@1 and hit@3 per kind', () => {
    const scored = scoreLookups(app, [
      { query: 'Kim said the harbor could flood but not soon', kind: 'said-that', target: KIM },
      { query: 'harbor flood winter wall', kind: 'fragment', target: LEE },
      { query: 'ferries run late today', kind: 'paraphrase', target: LEE },
    ]);
    expect(scored.map((s) => [s.search, s.kind, s.rank])).toEqual([
      ['find sources', 'said-that', 1],
      ['quote', 'said-that', 1],
      ['find sources', 'fragment', 1],
      ['quote', 'fragment', 1],
      ['find sources', 'paraphrase', null],
      ['quote', 'paraphrase', null],
    ]);
    const all = summariseLookups(scored).find((r) => r.search === 'find sources' && r.kind === 'all');
    expect(all && [all.n, all.hit1, all.hit3]).toEqual([3, 2 / 3, 2 / 3]);
  });
});
