/** The bench's check of exact /quote queries' first results, over a stand-in for the quote service. Invented data only. */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app/app.ts';
import { exactFirstCheck } from '../../src/bench/quality.ts';

/** An app whose /quote answers each query with the given quote texts, in order. */
function appAnswering(answers: Record<string, string[]>): App {
  const find = ({ query }: { query?: string }) => ({
    kind: 'results' as const,
    results: (answers[query ?? ''] ?? []).map((text) => ({ quote: { text } })),
  });
  return { quotes: { find } } as unknown as App;
}

describe('exactFirstCheck', () => {
  it('counts first results lacking a content word of the query as a whole word, folding both', () => {
    const app = appAnswering({
      'the lighthouse keeper': ['The LIGHTHOUSE keeper waved.'],
      'keeper of the lamps': ['The keepers of the lamps slept.', 'The keeper of the lamps'],
      'ferry crews': [],
      'cafe owners said': ['Café owners said no.'],
      // a possessive holds the word, as the index reads it; a word glued into another does not
      'the harbour master': ["the harbour master's boat"],
      'harbour masters': ['the harbourmasters met'],
    });
    expect(
      exactFirstCheck(app, [
        'the lighthouse keeper',
        'keeper of the lamps',
        'ferry crews',
        'cafe owners said',
        'the harbour master',
        'harbour masters',
      ]),
    ).toEqual({ lacking: 2, noResult: 1, queries: 6 });
  });
});
